/**
 * The portal's calendar (`/calendar.ics`, issue 20 item 5): every target deadline and every plan
 * period or 有效期 end, each an all-day event linking to the clause (or the line of the original)
 * that states it. Read from the model once per build; absolute URLs, so only with `SITE_URL`.
 */
import type { Site } from '../model/index.ts';
import { statusWording } from '../model/status.ts';
import { absoluteUrl, planUrl } from '../model/urls.ts';
import { targetsOf, targetValueLabel, YEAR_SOURCE_LABEL } from '../targets/index.ts';
import { validityOf } from '../validity/index.ts';
import { SITE_NAME } from '../model/site-meta.ts';
import type { AllDayEvent, Calendar } from './ics.ts';

/** A quotation inside “”: its own double quotes become ‘’ (GB/T 15834 nesting). */
const quote = (text: string): string => `“${text.replace(/“/gu, '‘').replace(/”/gu, '’')}”`;

/**
 * A target's deadline is a year (`到2025年`): the texts never give a day. The event goes on the
 * year's last day, 12-31, because “到2025年” is read as “by the end of 2025”; the description says so.
 */
const yearEnd = (year: number): string => `${year}-12-31`;

/** The host part of UIDs: the public origin's, so UIDs are globally unique (RFC 5545 §3.8.4.7). */
const uidHost = (site: URL): string => site.hostname;

function targetEvents(site: Site, origin: URL): AllDayEvent[] {
  const perClause = new Map<string, number>();
  return targetsOf(site).flatMap((t) => {
    const key = `${t.plan}/${t.clause}`;
    // Numbered within its clause in text order: stable while the clause's text is.
    const n = (perClause.get(key) ?? 0) + 1;
    perClause.set(key, n);
    if (t.year === null) return [];
    const plan = site.plan(t.plan);
    return [
      {
        uid: `target-${t.plan}-${t.clause}-${n}@${uidHost(origin)}`,
        date: yearEnd(t.year),
        summary: `目标期限：${t.metric}${targetValueLabel(t)}（${plan.shortTitle}）`,
        description: [
          `${plan.fullTitle} ${t.path}：${quote(t.text)}`,
          `期限：${t.year}年（${YEAR_SOURCE_LABEL[t.yearSource]}）。文本只写明年份，未写明日期，本日历按该年12月31日列出。`,
          `规划状态：${statusWording(plan.status)}。本站不判断目标是否完成。`,
        ].join('\n'),
        url: absoluteUrl(t.url, origin),
        categories: ['目标期限', plan.district ?? '全市'],
      },
    ];
  });
}

function periodEvents(site: Site, origin: URL): AllDayEvent[] {
  const validity = validityOf(site);
  return site.plans.flatMap((plan) => {
    const { period, validity: stated } = plan.frontmatter;
    const end = stated?.to
      ? { date: stated.to, kind: '有效期届满', how: '文件载明的有效期最后一天' }
      : period
        ? { date: yearEnd(period.end), kind: '规划期届满', how: `规划期至${period.end}年，文本未写明日期，按该年12月31日计` }
        : undefined;
    if (!end) return [];
    const source = validity.get(plan.slug)?.source;
    const line = source ? `原文第${source.line}行：${quote(source.text)}` : (stated?.text ?? period?.text ?? '');
    return [
      {
        uid: `period-end-${plan.slug}@${uidHost(origin)}`,
        date: end.date,
        summary: `${end.kind}：${plan.shortTitle}`,
        description: [
          `${plan.fullTitle}${plan.frontmatter.docNumber ? `（${plan.frontmatter.docNumber}）` : ''}`,
          line,
          `${end.how}。`,
          `截至本日历生成日：${statusWording(plan.status)}。`,
        ].join('\n'),
        url: absoluteUrl(source?.url ?? planUrl(plan.slug), origin),
        categories: [end.kind, plan.district ?? '全市'],
      },
    ];
  });
}

/** The calendar of a site at a public origin (`new URL(pageUrl('/'), SITE_URL)`). */
export function siteCalendar(site: Site, origin: URL): Calendar {
  const events = [...periodEvents(site, origin), ...targetEvents(site, origin)].sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
  return { productId: '-//shanghai-synbio-plans//calendar//ZH', name: `${SITE_NAME}：目标期限与规划期`, stamp: site.today, events };
}
