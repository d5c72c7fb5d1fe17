/**
 * Decides, from a clause's own text alone, whether it is a support measure and of which types.
 * Pure: no files, no model; the same input always gives the same answer and the reasons for it.
 *
 * The rule, in words: a clause is a candidate when it sits in the tasks or safeguards chapter of
 * a plan, has text of its own, has no sub-clauses (an
 * introduction to sub-clauses offers nothing the sub-clauses do not) and its heading is not one
 * of `NON_MEASURE_HEADINGS`. Each type scores one point per distinct term of `TYPE_TERMS` in the
 * body and two per term in the heading (an untitled item whose text has none: its parent's heading).
 * A candidate with no point is not a measure; otherwise it
 * gets its best-scoring type(s) and every other type that scores at least `SECOND_TYPE_SCORE`;
 * a type found only by `WEAK_TERMS` counts only when no other type is found.
 */
import { CORE_TERMS, MEASURE_PARTS, NON_MEASURE_HEADINGS, TYPE_FALSE_FRIENDS, TYPE_TERMS, WEAK_TERMS } from './terms.ts';
import { SUPPORT_TYPES, type SupportType } from './types.ts';

/** A type other than the best one needs this score: one passing word is not an offer. */
export const SECOND_TYPE_SCORE = 2;

export interface ClauseInput {
  /** Clause heading without its number. */
  heading: string;
  /** The title of the nearest titled clause above it: what an untitled item (1. 对…) is an item of. */
  context?: string;
  /** The clause's own text (heading and own paragraphs, not sub-clauses). */
  text: string;
  /** Part of the plan of the clause's top-level heading (任务, 保障措施, …): a numbered item keeps its chapter's part. */
  section: string;
  hasChildren: boolean;
  /** Whether the clause has paragraphs of its own beyond the heading. */
  hasBody: boolean;
}

export interface TypeEvidence {
  type: SupportType;
  score: number;
  /** The terms found, in table order. */
  terms: string[];
}

export interface Classification {
  /** Why the clause is or is not a candidate (shown in tests and debugging). */
  reason: string;
  types: SupportType[];
  evidence: TypeEvidence[];
}

/**
 * A sentence that limits what the other measures give (`同一企业…获得本办法各项支持的总额不超过3000万元`,
 * `…已获得…支持的，不重复支持`) offers nothing of its own.
 */
const LIMIT =
  /(?:各项|本(?:办法|措施|细则|政策))[^。]*?(?:总额|累计)[^。]*?不(?:超过|高于)|不(?:重复|叠加)(?:支持|享受|给予|资助|奖励)|(?:从高|就高)不重复|不重复原则|差额补足|差额补齐/u;

function onlyLimits(text: string): boolean {
  const sentences = text.split(/(?<=。)/u).filter((s) => s.trim() !== '');
  return sentences.length > 0 && sentences.every((s) => LIMIT.test(s));
}

/** Why a clause cannot be a measure, or undefined when it can. */
export function candidateReason(input: ClauseInput): string | undefined {
  if (!input.hasBody) return '只有标题，没有自己的正文';
  if (input.hasChildren) return '有下级条款（措施在下级条款中）';
  if (!MEASURE_PARTS.includes(input.section)) return `属于“${input.section}”部分`;
  const heading = NON_MEASURE_HEADINGS.find((term) => input.heading.includes(term));
  if (heading) return `标题含“${heading}”`;
  if (onlyLimits(input.text)) return '只规定支持的总额上限或不重复享受';
  const context = input.heading === '' ? NON_MEASURE_HEADINGS.find((term) => input.context?.includes(term)) : undefined;
  if (context) return `所属条款标题含“${context}”`;
  return undefined;
}

function strip(text: string, phrases: readonly string[] | undefined): string {
  return phrases ? phrases.reduce((rest, phrase) => rest.split(phrase).join('　'), text) : text;
}

/** Whether a type was found by `WEAK_TERMS` alone. */
export const weakOnly = (item: TypeEvidence): boolean => item.terms.every((term) => WEAK_TERMS[item.type]?.includes(term));

/** Scores every type against the text; types without any term are left out. */
export function typeEvidence(heading: string, text: string): TypeEvidence[] {
  const evidence: TypeEvidence[] = [];
  for (const type of SUPPORT_TYPES) {
    const body = strip(text, TYPE_FALSE_FRIENDS[type]);
    const title = strip(heading, TYPE_FALSE_FRIENDS[type]);
    const terms = TYPE_TERMS[type].filter((term) => body.includes(term));
    if (terms.length === 0) continue;
    const core = CORE_TERMS[type] ?? [];
    const weight = (term: string) => (core.includes(term) ? 2 : 1) + (title.includes(term) ? 1 : 0);
    const score = terms.reduce((sum, term) => sum + weight(term), 0);
    evidence.push({ type, score, terms });
  }
  // A type found by weak words alone gives way to any type found by words of its own.
  return evidence.some((item) => !weakOnly(item)) ? evidence.filter((item) => !weakOnly(item)) : evidence;
}

export function classifyClause(input: ClauseInput): Classification {
  const notCandidate = candidateReason(input);
  if (notCandidate) return { reason: notCandidate, types: [], evidence: [] };
  let evidence = typeEvidence(input.heading, input.text);
  // An untitled item whose own words name no kind of support offers what its heading says
  // (1. 对列入清单的产品，实行专人对接… under 优化审评审批服务).
  if (evidence.length === 0 && input.heading === '' && input.context) evidence = typeEvidence('', input.context);
  if (evidence.length === 0) return { reason: '正文中没有任何支持类型的词', types: [], evidence };
  const best = Math.max(...evidence.map((item) => item.score));
  const types = evidence.filter((item) => item.score === best || item.score >= SECOND_TYPE_SCORE).map((item) => item.type);
  return { reason: '候选条款且含支持类型的词', types, evidence };
}
