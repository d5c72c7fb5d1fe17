/**
 * Loading plans and summaries for pages, with the derived facts every page shows.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildToday, planStatus, type PlanStatus } from './status.ts';

export type PlanEntry = CollectionEntry<'plans'>;
export type SummaryEntry = CollectionEntry<'summaries'>;

export interface PlanView {
  entry: PlanEntry;
  summary: SummaryEntry['data'] | undefined;
  status: PlanStatus;
  /** Short name for cards (editorial, falls back to the title). */
  shortTitle: string;
  /** Who issued it, for cards: the notice's office, or the drafting agency. */
  issuerLabel: string;
  periodLabel: string;
}

export function periodLabel(data: PlanEntry['data']): string {
  return data.period ? data.period.text : '未载明规划期';
}

export async function loadPlans(today: Date = buildToday()): Promise<PlanView[]> {
  const [plans, summaries] = await Promise.all([getCollection('plans'), getCollection('summaries')]);
  const bySlug = new Map(summaries.map((s) => [s.data.plan, s.data]));
  return plans
    .map((entry) => {
      const summary = bySlug.get(entry.data.slug);
      return {
        entry,
        summary,
        status: planStatus(entry.data, today),
        shortTitle: summary?.shortTitle ?? entry.data.title,
        issuerLabel: entry.data.issuer ?? entry.data.drafter?.agency ?? '未署名',
        periodLabel: periodLabel(entry.data),
      };
    })
    .sort((a, b) => listingKey(a.entry.data).localeCompare(listingKey(b.entry.data)));
}

/** Lists show the city plan first, then district plans by date (signing date, else the drafter's, else the period's first year). */
function listingKey(data: PlanEntry['data']): string {
  return `${data.level === '市级' ? 0 : 1} ${data.dateSigned ?? data.drafter?.date ?? data.period?.start ?? ''} ${data.slug}`;
}

/** `2023-12-26` → `2023年12月26日`. */
export function chineseDate(iso: string | undefined): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** `getStaticPaths` for every per-plan route: one page per plan, the plan as its prop. */
export async function planStaticPaths(): Promise<Array<{ params: { slug: string }; props: { plan: PlanView } }>> {
  return (await loadPlans()).map((plan) => ({ params: { slug: plan.entry.data.slug }, props: { plan } }));
}
