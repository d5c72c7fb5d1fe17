/**
 * Targets of every plan, computed once per build, with each one's deep link and where its
 * deadline stands against the build date (期限已过 / 期限未到: the texts state deadlines, not
 * whether a target was met).
 */
import type { Site } from '../model/index.ts';
import { once } from '../model/once.ts';
import { clauseUrl, pageUrl } from '../model/urls.ts';
import { deadlineState, extractTargets, type DeadlineState, type Target } from './extract.ts';

export interface SiteTarget extends Target {
  /** Deep link to the clause: `/plans/<slug>/#<id>`. */
  url: string;
  /** Number path of the clause, `一、（二）`. */
  path: string;
  planTitle: string;
  deadline: DeadlineState;
}

export function targetsOf(site: Site): SiteTarget[] {
  return once(site, 'targets', (s) =>
    s.plans.flatMap((plan) =>
      extractTargets(plan.doc).map((t) => ({
        ...t,
        url: clauseUrl(t.plan, t.clause),
        path: s.clause(t.plan, t.clause)?.path ?? '',
        planTitle: plan.shortTitle,
        deadline: deadlineState(t.year, s.today),
      })),
    ),
  );
}

/** `1—2家`, `不少于20项`, `50家左右`, `力争超200万方`: the target as a reader says it. */
export function targetValueLabel(t: Pick<Target, 'value' | 'max' | 'qualifier' | 'unit'>): string {
  const quals = t.qualifier ? t.qualifier.split('、') : [];
  const after: string[] = quals.filter((q) => q === '以上' || q === '左右');
  const before = quals.filter((q) => !after.includes(q));
  const number = t.max === null ? `${t.value}` : `${t.value}—${t.max}`;
  return `${before.join('')}${number}${t.unit}${after.join('')}`;
}

export const YEAR_SOURCE_LABEL: Record<Target['yearSource'], string> = {
  sentence: '句中写明',
  clause: '同条前文写明',
  table: '表中目标年份',
  period: '按规划期末',
  none: '未定',
};

/** Up to this many plans /targets/ holds every target (chart and table); beyond, per-plan pages only. */
export const TARGETS_PAGE_CAP = 30;

/** `/targets/<slug>/`: one plan's targets. */
export const targetsPageUrl = (slug: string): string => pageUrl(`/targets/${slug}/`);

/** Targets grouped by plan, once per build (per-plan pages read their group, not the whole list). */
export function targetsByPlan(site: Site): Map<string, SiteTarget[]> {
  return once(site, 'targets-by-plan', (s) => {
    const groups = new Map<string, SiteTarget[]>(s.plans.map((p) => [p.slug, []]));
    for (const t of targetsOf(s)) groups.get(t.plan)!.push(t);
    return groups;
  });
}
