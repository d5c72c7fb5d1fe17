/**
 * What the support pages show, derived from the measures once per build: groups per type (with
 * the per-type limit that keeps `/support/` small however many plans there are), filter options,
 * the heatmap counts and the checklist's compact records.
 */
import type { Site } from '../model/index.ts';
import { once } from '../model/once.ts';
import { pageUrl } from '../model/urls.ts';
import { FIELDS, fieldLabels, STAGES, WHERES, type Field, type Stage, type Where } from './fit-terms.ts';
import { supportOf } from './index.ts';
import { inForce, type SupportMeasure, type SupportPlan } from './measures.ts';
import { rankMeasures, type Answers, type FitRecord, type Ranked } from './rank.ts';
import { SUPPORT_TYPES, supportTypeLabels, type SupportType } from './types.ts';

/**
 * At most this many measures per type on `/support/` (measures of plans in force first). With the
 * five plans every list is complete (the longest has 30); with thousands of plans the page stays
 * under 1 MB and each plan's page (`/support/plans/<slug>/`) has all of its measures.
 */
export const LIST_LIMIT = 60;
/** At most this many results on a no-JavaScript checklist page. */
export const FIT_LIMIT = 40;
/** At most this many plans as heatmap columns (city plan first, then by date). */
export const HEATMAP_PLANS = 12;
/** Up to this many plans, `/support/` lists them inline; beyond, it links to `/support/plans/`. */
export const INLINE_PLAN_LIST = 30;

export const supportPath = () => pageUrl('/support/');
export const planSupportPath = (slug: string) => pageUrl(`/support/plans/${slug}/`);
export const plansIndexPath = () => pageUrl('/support/plans/');
export const fitPath = (question?: string, answer?: string) => pageUrl(question ? `/support/fit/${question}/${answer}/` : '/support/fit/');
export const fitDataPath = () => pageUrl('/support/fit.json');

export interface TypeGroup {
  type: SupportType;
  label: string;
  total: number;
  shown: SupportMeasure[];
}

export interface SupportView {
  measures: SupportMeasure[];
  plans: SupportPlan[];
  byKey: Map<string, SupportMeasure>;
  groups: TypeGroup[];
  truncated: boolean;
  /** Plans with at least one measure, in site order. */
  plansWithMeasures: SupportPlan[];
  /** Plans with a measure listed on `/support/` (the plan filter offers only these). */
  plansOnPage: SupportPlan[];
  byPlan: Map<string, SupportMeasure[]>;
  agencies: string[];
  districts: string[];
  records: FitRecord[];
}

export function supportView(site: Site): SupportView {
  return once(site, 'support-view', (s) => viewOf(supportOf(s)));
}

function inForceFirst(measures: SupportMeasure[]): SupportMeasure[] {
  return [...measures.filter((m) => inForce(m.planStatus)), ...measures.filter((m) => !inForce(m.planStatus))];
}

/** The view of any set of measures (pure: the scale test runs it on thousands of plans). */
export function viewOf({ measures, plans }: { measures: SupportMeasure[]; plans: SupportPlan[] }): SupportView {
  const groups = SUPPORT_TYPES.map((type) => {
    const all = measures.filter((m) => m.types.includes(type));
    return { type, label: supportTypeLabels[type], total: all.length, shown: inForceFirst(all).slice(0, LIST_LIMIT) };
  });
  const byPlan = Map.groupBy(measures, (m) => m.plan);
  const onPage = new Set(groups.flatMap((group) => group.shown.map((m) => m.plan)));
  return {
    measures,
    plans,
    byKey: new Map(measures.map((m) => [m.key, m])),
    groups,
    truncated: groups.some((group) => group.total > group.shown.length),
    plansWithMeasures: plans.filter((plan) => byPlan.has(plan.slug)),
    plansOnPage: plans.filter((plan) => onPage.has(plan.slug)),
    byPlan,
    agencies: [...new Set(groups.flatMap((g) => g.shown.flatMap((m) => m.agencies.map((a) => a.label))))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    districts: [...new Set(groups.flatMap((g) => g.shown.flatMap((m) => (m.district ? [m.district] : []))))],
    records: measures.map(fitRecord),
  };
}

export function fitRecord(m: SupportMeasure): FitRecord {
  return {
    key: m.key,
    types: m.types,
    fields: Object.fromEntries(m.fields.map(({ field, term }) => [field, term])),
    stages: Object.fromEntries(m.stages.map(({ stage, term }) => [stage, term])),
    level: m.level,
    district: m.district,
    placeDistricts: [...new Set(m.places.flatMap((p) => p.districts))],
    inForce: inForce(m.planStatus),
    statusNote: m.statusNote,
  };
}

/** Heatmap count: measures of `plan` whose clause names `field`. */
export function fieldCount(view: SupportView, field: Field, plan: string): number {
  return (view.byPlan.get(plan) ?? []).filter((m) => m.fields.some((f) => f.field === field)).length;
}

export const FIT_QUESTIONS = [
  { id: 'stage', label: '企业处在哪个阶段？', answers: STAGES },
  { id: 'need', label: '需要哪类支持？', answers: SUPPORT_TYPES },
  { id: 'field', label: '所在领域？', answers: FIELDS },
  { id: 'where', label: '在哪里落地？', answers: WHERES },
] as const;

export function answerSet(question: string, answer: string): Answers {
  return { [question]: answer } as Answers;
}

export function rankFor(view: SupportView, answers: Answers): Ranked[] {
  return rankMeasures(view.records, answers);
}

export { fieldLabels, type Field, type Stage, type Where };
