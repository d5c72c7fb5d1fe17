/**
 * Feeds besides /feed.xml (issue 20 item 5): one per agency (the clauses its 责任单位 lists give
 * it) and one per support type (the measures of that type), each item a clause with a link to
 * its anchor. RSS needs absolute links, so like feed.xml these are written only with `SITE_URL`;
 * pages link them (`<link rel="alternate">`) only then.
 */
import { agenciesOf, agencyLabel } from '../agencies/index.ts';
import type { Site } from '../model/index.ts';
import { once } from '../model/once.ts';
import { SITE_NAME } from '../model/site-meta.ts';
import { statusWording } from '../model/status.ts';
import { pageUrl } from '../model/urls.ts';
import { supportOf } from '../support/index.ts';
import { SUPPORT_TYPES, supportTypeLabels, type SupportType } from '../support/types.ts';

export interface FeedItem {
  title: string;
  /** Site path of the clause anchor (`/plans/<slug>/#<id>`); RSS makes it absolute. */
  link: string;
  description: string;
  pubDate: Date | undefined;
  categories: string[];
}

export interface Feed {
  /** The route parameter: an agency id (`宝山区-区经委`) or a support type key (`funding`). */
  key: string;
  title: string;
  description: string;
  /** Where the feed is served (base-path aware, percent-encoded). */
  href: string;
  items: FeedItem[];
}

export const agencyFeedUrl = (id: string): string => pageUrl(`/feeds/agency/${encodeURIComponent(id)}.xml`);
export const typeFeedUrl = (type: SupportType): string => pageUrl(`/feeds/type/${type}.xml`);

/** The plan's date as a feed date (China time, the texts' own): /feed.xml's and these feeds'. */
export const planDay = (date: string | undefined): Date | undefined => (date ? new Date(`${date}T00:00:00+08:00`) : undefined);

/** One feed per agency named in a 责任单位 list, its clauses in plan order. */
export function agencyFeeds(site: Site): Feed[] {
  return once(site, 'agency-feeds', (s) =>
    agenciesOf(s).agencies.map((agency) => {
      const label = agencyLabel(agency);
      return {
        key: agency.id,
        title: `${SITE_NAME}：${label}负责的条款`,
        description: `${label}在规划（责任单位：…）名单中的条款，每条链接到原条款。`,
        href: agencyFeedUrl(agency.id),
        items: agency.clauses.map((c) => {
          const plan = s.plan(c.plan);
          return {
            title: `${plan.shortTitle} ${c.path}${c.heading}`,
            link: c.url,
            description: [`${c.lead ? '名单首位' : '名单其余位置'} · ${statusWording(plan.status)}`, s.clause(c.plan, c.clause)?.text ?? ''].join('\n'),
            pubDate: planDay(plan.date),
            categories: [plan.district ?? '全市'],
          };
        }),
      };
    }),
  );
}

/** One feed per support type that has measures, the measures in plan order. */
export function typeFeeds(site: Site): Feed[] {
  return once(site, 'type-feeds', (s) => {
    const measures = supportOf(s).measures;
    return SUPPORT_TYPES.flatMap((type) => {
      const ofType = measures.filter((m) => m.types.includes(type));
      if (ofType.length === 0) return [];
      return [
        {
          key: type,
          title: `${SITE_NAME}：支持措施·${supportTypeLabels[type]}`,
          description: `规划中面向企业的“${supportTypeLabels[type]}”类支持措施，每条链接到原条款。`,
          href: typeFeedUrl(type),
          items: ofType.map((m) => ({
            title: `${m.planTitle} ${m.path}${m.title}`,
            link: m.url,
            description: [m.statusNote, m.summary, m.text].filter(Boolean).join('\n'),
            pubDate: planDay(s.plan(m.plan).date),
            categories: [supportTypeLabels[type], ...m.agencies.map((a) => a.label)],
          })),
        },
      ];
    });
  });
}
