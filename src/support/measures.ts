/**
 * Support measures: every clause the classifier (plus the reviewed corrections in
 * `content/support/`) finds offering enterprises something, with what a reader needs to act on
 * it. Computed once per build over all plans, linear in their clauses: editorial data is looked
 * up by plan slug and clause id, and a plan without any simply gets classifier output.
 */
import type { PlanDocument, Validity } from '../model/document.ts';
import { chineseDate } from '../model/labels.ts';
import { inForceStatus, statusWording, type PlanStatus } from '../model/status.ts';
import type { AgencyRef, AgencyResolver } from './agency-ref.ts';
import { candidateReason, classifyClause, weakOnly, type Classification, type ClauseInput, type TypeEvidence } from './classify.ts';
import { clauseInput, clausesWithSection, withTablesWhole } from './clause-input.ts';
import type { SupportEditorial } from './editorial-schema.ts';
import { beneficiaryTerm, FIELD_TERMS, FIELDS, firstTerm, STAGE_TERMS, STAGES, type Field, type Stage } from './fit-terms.ts';
import { followUps } from './follow-up.ts';
import { grantsMoney, offerTerms, type OfferTerms } from './offer-terms.ts';
import type { SupportType } from './types.ts';
import { type PlanLevel } from '../contracts/levels.ts';

export type SupportPlanStatus = PlanStatus;

/** What the finder needs to know about a plan (an adapter fills it from the site model). */
export interface SupportPlan {
  slug: string;
  doc: PlanDocument;
  status: SupportPlanStatus;
  shortTitle: string;
  level: PlanLevel;
  district: string | undefined;
  /** Deep link to a clause of this plan. */
  clauseUrl: (id: string) => string;
}

export interface PlaceRef {
  id: string;
  name: string;
  /** `/map/#place-<id>`. */
  url: string;
  /** The district(s) the gazetteer puts it in. */
  districts: string[];
}

export interface SupportMeasure {
  plan: string;
  clause: string;
  /** Stable key: `<plan>/<clause>`. */
  key: string;
  url: string;
  /** Numbering path as printed (四、（一）2.). */
  path: string;
  title: string;
  /** The clause's own text (heading and own paragraphs, with its 责任单位). */
  text: string;
  /** The editorial one-line description, or null when the plan has none for this clause. */
  summary: string | null;
  types: SupportType[];
  /** The terms each type was found by (empty when the types are a reviewed correction). */
  evidence: TypeEvidence[];
  /** Why the reviewed types differ from the classifier's, when they do. */
  reviewed: string | null;
  agencies: AgencyRef[];
  places: PlaceRef[];
  followUp: string[];
  planStatus: SupportPlanStatus;
  /** 规划期已满（2025年） / 送审稿（文本未载明是否印发） / null when in force. */
  statusNote: string | null;
  planTitle: string;
  level: PlanLevel;
  district: string | null;
  /** Fields whose term the clause contains, with the first such term. */
  fields: Array<{ field: Field; term: string }>;
  stages: Array<{ stage: Stage; term: string }>;
  /** What the clause itself states: sums and ratios granted, durations, who qualifies ([] each when it states none). */
  terms: OfferTerms;
  /** The document's stated validity (施行, 有效期), or null when it states none. */
  validity: { from: string | null; to: string | null; text: string; line: number } | null;
}

export function statusNote(status: SupportPlanStatus, periodEnd: number | undefined, validity?: Validity): string | null {
  if (status === '送审稿') return statusWording(status);
  if (status === '征求意见稿') return '征求意见稿，非正式文件';
  if (status === '已期满') return `规划期已满（${periodEnd}年）`;
  if (status === '未开始') return '规划期尚未开始';
  if (status === '尚未施行') return validity?.from ? `尚未施行（${chineseDate(validity.from)}起施行）` : '尚未施行';
  if (status === '已失效') return validity?.to ? `已失效（有效期至${chineseDate(validity.to)}）` : '已失效';
  return null;
}

export const inForce = inForceStatus;

/**
 * A reward for a designation (`对首次入选专精特新“小巨人”的企业，给予50万元奖励`) offers money: the
 * designation says who qualifies. Such conditions are left out of the text the types are read
 * from when the clause grants a sum or a ratio.
 */
function withoutDesignations(input: ClauseInput, terms: OfferTerms): ClauseInput {
  if (!grantsMoney(terms)) return input;
  const designations = terms.conditions.filter((c) => /入选|认定为|获评|评为|首次通过|首次获得|获批|认证|注册/u.test(c));
  return designations.length === 0 ? input : { ...input, text: designations.reduce((rest, c) => rest.split(c).join('　'), input.text) };
}

/**
 * The classifier's types, with funding added when the clause grants a sum or a ratio; a type found
 * by weak words alone then gives way (a grant for 关键技术攻关 funds a project, it builds no platform).
 */
function withInstrument(classified: Classification, terms: OfferTerms): SupportType[] {
  if (!grantsMoney(terms) || classified.types.includes('funding')) return classified.types;
  const strong = classified.types.filter((type) => !classified.evidence.some((item) => item.type === type && weakOnly(item)));
  return [...strong, 'funding'];
}

/** The amounts that made a clause funding, as its evidence (the page shows the words that decided). */
function instrumentEvidence(types: SupportType[], terms: OfferTerms): TypeEvidence[] {
  return grantsMoney(terms) && !types.includes('funding') ? [{ type: 'funding', score: 0, terms: terms.amounts.map((a) => a.text) }] : [];
}

export interface MeasureInputs {
  plans: SupportPlan[];
  editorial: Map<string, SupportEditorial>;
  /** Places named by a clause (from the gazetteer mentions). */
  placesOf: (plan: string, clause: string) => PlaceRef[];
  /** Agency references for the names a plan writes (the agencies registry). */
  agencyOf: AgencyResolver;
}

export function computeMeasures({ plans, editorial, placesOf, agencyOf }: MeasureInputs): SupportMeasure[] {
  const measures: SupportMeasure[] = [];
  for (const plan of plans) {
    const notes = editorial.get(plan.slug);
    for (const { clause, section, path, context, inArticle } of clausesWithSection(plan.doc.clauses)) {
      if (inArticle) continue;
      const input = clauseInput(clause, section, context);
      const terms = offerTerms(input.text);
      const classified = classifyClause(withoutDesignations(input, terms));
      const note = notes?.measures[clause.id];
      const excluded = notes?.excluded[clause.id];
      const forced = notes?.included.includes(clause.id) ?? false;
      const text = input.text;
      // The instrument decides: a clause granting a sum or a ratio offers funding.
      const ruled = candidateReason(input) === undefined ? withInstrument(classified, terms) : classified.types;
      if (excluded || (ruled.length === 0 && !forced)) continue;
      const types = note?.types ?? ruled;
      const ownText = withTablesWhole(
        clause,
        [text, ...clause.blocks.flatMap((block) => block.inlines.filter((inline) => inline.kind === 'duty').map((inline) => inline.text))].join(''),
      );
      measures.push({
        plan: plan.slug,
        clause: clause.id,
        key: `${plan.slug}/${clause.id}`,
        url: plan.clauseUrl(clause.id),
        path,
        title: clause.title,
        text: ownText,
        summary: note?.summary ?? null,
        types,
        evidence: note?.types ? [] : [...classified.evidence.filter((item) => types.includes(item.type)), ...instrumentEvidence(classified.types, terms)],
        reviewed: note?.types ? (note.reason ?? null) : null,
        agencies: clause.agencies.map((name) => agencyOf(plan.slug, name)),
        places: placesOf(plan.slug, clause.id),
        followUp: followUps(text),
        planStatus: plan.status,
        statusNote: statusNote(plan.status, plan.doc.period?.end, plan.doc.validity),
        planTitle: plan.shortTitle,
        level: plan.level,
        district: plan.district ?? null,
        fields: FIELDS.flatMap((field) => {
          const term = firstTerm(text, FIELD_TERMS[field]);
          return term ? [{ field, term }] : [];
        }),
        stages: STAGES.flatMap((stage) => {
          const term = beneficiaryTerm(text, STAGE_TERMS[stage]);
          return term ? [{ stage, term }] : [];
        }),
        terms,
        validity: plan.doc.validity
          ? { from: plan.doc.validity.from ?? null, to: plan.doc.validity.to ?? null, text: plan.doc.validity.text, line: plan.doc.validity.line }
          : null,
      });
    }
  }
  return measures;
}
