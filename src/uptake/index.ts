/**
 * 城市 → 区 落实: for each task and 保障措施 of the city plan, the district and park clauses that
 * take it up — the related-clause links (src/related/) from a city clause to a clause of a
 * district-level plan — and, as plainly, the city measures no district plan in the portal takes
 * up. A district goal (目标) is not a measure taken up: it states an outcome, so it is left out.
 * Computed once per build.
 */
import type { Site, SiteClause, SitePlan } from '../model/index.ts';
import { once } from '../model/once.ts';
import { relatedLinksOf } from '../related/index.ts';

/** Parts of a city plan whose clauses are measures to take up. */
const CITY_MEASURE_PARTS = new Set(['任务', '保障措施']);
/**
 * A take-up needs a firmer link than “see also” under a clause: checked against the hand-written
 * list in test/uptake/expected.yaml (0.4, the related-clause threshold, let in clauses that only
 * share one broad instrument with the city measure).
 */
export const UPTAKE_MIN_SCORE = 0.45;
/** Parts of a district plan that can take a measure up (all but 总体 and 目标). */
const UPTAKE_PARTS = new Set(['任务', '保障措施', '布局', '重点领域']);

export interface UptakeClause {
  plan: string;
  planTitle: string;
  district: string | null;
  clause: string;
  path: string;
  heading: string;
  url: string;
  /** The related-clause score (0–1). */
  score: number;
}

export interface UptakeRow {
  /** The city measure. */
  clause: SiteClause;
  /** District and park clauses taking it up, by plan (city order of plans), best first within a plan. */
  uptake: UptakeClause[];
}

export interface UptakeSection {
  /** The city plan's top-level section (`三、重点任务`). */
  section: SiteClause;
  rows: UptakeRow[];
}

export interface CityUptake {
  city: SitePlan;
  districtPlans: SitePlan[];
  sections: UptakeSection[];
}

/** The city plans of the site, each with its uptake; [] when the portal holds no city plan. */
export function cityUptake(site: Site): CityUptake[] {
  return once(site, 'uptake', buildUptake);
}

function buildUptake(site: Site): CityUptake[] {
  const links = relatedLinksOf(site);
  const districtPlans = site.plans.filter((p) => p.level !== '市级');
  const order = new Map(districtPlans.map((p, i) => [p.slug, i]));
  return site.plans
    .filter((p) => p.level === '市级')
    .map((city) => {
      const measures = city.clauses.filter((c) => CITY_MEASURE_PARTS.has(c.part) && c.clause.blocks.length > 0);
      const sections = city.clauses
        .filter((c) => !c.id.includes('-') && measures.some((m) => m.id.startsWith(`${c.id}-`)))
        .map((section) => ({
          section,
          rows: measures
            .filter((m) => m.id.startsWith(`${section.id}-`))
            .map((clause) => ({
              clause,
              uptake: (links.get(`${city.slug}#${clause.id}`) ?? [])
                .flatMap((link): UptakeClause[] => {
                  const plan = districtPlans.find((p) => p.slug === link.plan);
                  const target = plan && site.clause(link.plan, link.id);
                  if (!plan || !target || !UPTAKE_PARTS.has(target.part) || link.score < UPTAKE_MIN_SCORE) return [];
                  const { path, heading, url } = target;
                  return [
                    { plan: plan.slug, planTitle: plan.shortTitle, district: plan.district ?? null, clause: target.id, path, heading, url, score: link.score },
                  ];
                })
                .sort((a, b) => order.get(a.plan)! - order.get(b.plan)! || b.score - a.score),
            })),
        }));
      return { city, districtPlans, sections };
    });
}

/** The city measures of `uptake` no district plan in the portal takes up. */
export function notTakenUp(uptake: CityUptake): UptakeRow[] {
  return uptake.sections.flatMap((s) => s.rows.filter((r) => r.uptake.length === 0));
}
