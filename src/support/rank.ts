/**
 * 适合我吗: ranks measures for one set of answers and says why each matched. Pure and free of
 * Node imports: the build uses it for the no-JavaScript answer pages and the browser for any
 * combination of answers, so both give the same list for the same URL.
 *
 * A need (type) keeps only measures of that type. A place keeps measures of that district's
 * plans (3 points) and city plans, which apply everywhere (2 when the clause names a place in the
 * district, else 1); another district's plan is dropped.
 * A field keeps measures whose clause names it (3, the term is the reason) and those naming no
 * field at all (1); a measure about other fields only is dropped. A stage works the same way
 * (2 / 1). Measures of plans in force come first, then by points; expired or draft ones follow,
 * marked as such.
 */
import { whereDistricts, fieldLabels, stageLabels, whereLabels, type Field, type Stage, type Where } from './fit-terms.ts';
import { supportTypeLabels, type SupportType } from './types.ts';
import { type PlanLevel } from '../contracts/levels.ts';

export interface FitRecord {
  key: string;
  types: SupportType[];
  /** Field → the clause's term for it. */
  fields: Partial<Record<Field, string>>;
  stages: Partial<Record<Stage, string>>;
  level: PlanLevel;
  district: string | null;
  /** Districts of the places the clause names. */
  placeDistricts: string[];
  inForce: boolean;
  /** 规划期已满（2025年） / 送审稿（文本未载明是否印发）, when not in force. */
  statusNote: string | null;
}

export interface Answers {
  stage?: Stage | undefined;
  need?: SupportType | undefined;
  field?: Field | undefined;
  where?: Where | undefined;
}

export interface Ranked {
  key: string;
  score: number;
  reasons: string[];
}

type Step = (record: FitRecord, answers: Answers) => { points: number; reason: string } | null | undefined;

/** One step per question; undefined = question not asked, null = the measure does not fit. */
const steps: Step[] = [
  (record, { need }) => {
    if (!need) return undefined;
    return record.types.includes(need) ? { points: 3, reason: `类型：${supportTypeLabels[need]}` } : null;
  },
  (record, { where }) => {
    if (!where) return undefined;
    const district = whereDistricts[where];
    if (!district) return record.level === '市级' ? { points: 3, reason: '市级方案，全市适用' } : null;
    if (record.district === district) return { points: 3, reason: `${district}的方案` };
    // Another district's plan never answers for this one, whatever place it names.
    if (record.level !== '市级') return null;
    if (record.placeDistricts.includes(district)) return { points: 2, reason: `市级方案，条文点名${whereLabels[where]}的地点` };
    return { points: 1, reason: '市级方案，全市适用' };
  },
  (record, { field }) => {
    if (!field) return undefined;
    const term = record.fields[field];
    if (term) return { points: 3, reason: `条文提到“${term}”（${fieldLabels[field]}）` };
    const named = Object.keys(record.fields);
    if (named.length === 0) return { points: 1, reason: '条文不限领域' };
    // 生物制造 alone names the industry, not a product field: open to every field, saying so.
    if (named.length === 1 && record.fields.biomanufacturing) return { points: 1, reason: `条文提到“${record.fields.biomanufacturing}”，未限具体领域` };
    return null;
  },
  (record, { stage }) => {
    if (!stage) return undefined;
    const term = record.stages[stage];
    if (term) return { points: 2, reason: `条文提到“${term}”（${stageLabels[stage]}）` };
    return Object.keys(record.stages).length === 0 ? { points: 1, reason: '条文不限企业阶段' } : null;
  },
  (record) => (record.inForce ? { points: 2, reason: '方案在实施中' } : { points: 0, reason: record.statusNote ?? '方案不在实施期内' }),
];

export function rankMeasures(records: readonly FitRecord[], answers: Answers): Ranked[] {
  const ranked: Array<Ranked & { order: number; inForce: boolean }> = [];
  records.forEach((record, order) => {
    let score = 0;
    const reasons: string[] = [];
    for (const step of steps) {
      const result = step(record, answers);
      if (result === undefined) continue;
      if (result === null) return;
      score += result.points;
      reasons.push(result.reason);
    }
    ranked.push({ key: record.key, score, reasons, order, inForce: record.inForce });
  });
  // In force first, as the page says; then strength of match; then plan order.
  ranked.sort((a, b) => Number(b.inForce) - Number(a.inForce) || b.score - a.score || a.order - b.order);
  return ranked.map(({ key, score, reasons }) => ({ key, score, reasons }));
}

/** Reads answers from URL parameters, ignoring unknown values (a shared URL never breaks the page). */
export function answersFromParams(
  params: URLSearchParams,
  known: { stages: readonly string[]; needs: readonly string[]; fields: readonly string[]; wheres: readonly string[] },
): Answers {
  const pick = <T extends string>(name: string, values: readonly string[]) => {
    const value = params.get(name);
    return value && values.includes(value) ? (value as T) : undefined;
  };
  return {
    stage: pick<Stage>('stage', known.stages),
    need: pick<SupportType>('need', known.needs),
    field: pick<Field>('field', known.fields),
    where: pick<Where>('where', known.wheres),
  };
}
