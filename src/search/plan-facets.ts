/**
 * The plan-level facets (层级, 区域, 状态) are properties of a plan, not of a record: the search
 * page embeds a small table plan → values and derives them in the browser, instead of Pagefind
 * filters. A Pagefind filter whose values cover every record costs a posting list of every record
 * (≈65 KB at 1,000 plans, each), downloaded before the first search; the table costs a few bytes
 * a plan. Choosing a plan-level value narrows the `plan` filter (still a Pagefind filter, since
 * it groups the hits) to the plans having it; its counts are the sums of the plans' counts.
 */
import type { SitePlan } from '../model/index.ts';

/** The plan-level facet keys, in the order of a row of the table. */
export const PLAN_KEYS = ['level', 'district', 'status'] as const;

/** Plan short title (its `plan` filter value) → its [level, district, status]. */
export type PlanFacetTable = Record<string, [level: string, district: string, status: string]>;

type Counts = Record<string, Record<string, number>>;
type Filters = Record<string, string[]>;

/** A `plan` value no plan has: what the `plan` filter asks for when no plan fits the choice. */
export const NO_PLAN = '\u0000';

/** The table of the site's plans (a district-less plan is 全市, as on its page). */
export function planFacetTable(plans: readonly SitePlan[]): PlanFacetTable {
  return Object.fromEntries(plans.map((p) => [p.shortTitle, [p.frontmatter.level, p.frontmatter.district ?? '全市', p.status]]));
}

/**
 * The filters with the plan-level choices turned into a `plan` choice: the plans having a chosen
 * value of every plan-level key (and among the chosen plans, if any).
 */
export function narrowToPlans(filters: Filters, table: PlanFacetTable): Filters {
  const planLevel = PLAN_KEYS.map((key, i) => [i, filters[key] ?? []] as const).filter(([, values]) => values.length > 0);
  const rest = Object.fromEntries(Object.entries(filters).filter(([key]) => !(PLAN_KEYS as readonly string[]).includes(key)));
  if (planLevel.length === 0) return rest;
  const chosenPlans = filters.plan ?? [];
  const plans = Object.entries(table)
    .filter(([plan, row]) => (chosenPlans.length === 0 || chosenPlans.includes(plan)) && planLevel.every(([i, values]) => values.includes(row[i]!)))
    .map(([plan]) => plan);
  return { ...rest, plan: plans.length > 0 ? plans : [NO_PLAN] };
}

/** The counts with the plan-level keys added: each plan's count goes to its level, district and status. */
export function withPlanCounts(counts: Counts, table: PlanFacetTable): Counts {
  const derived: Counts = {};
  for (const [plan, n] of Object.entries(counts.plan ?? {})) {
    const row = table[plan];
    if (!row || n <= 0) continue;
    PLAN_KEYS.forEach((key, i) => {
      const values = (derived[key] ??= {});
      const value = row[i]!;
      values[value] = (values[value] ?? 0) + n;
    });
  }
  return { ...counts, ...derived };
}
