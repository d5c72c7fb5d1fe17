/**
 * Quantitative targets read from a plan's own text: the numbers it commits to reach (see
 * `candidates.ts` for what counts and what is a term of support instead), each with its deadline
 * year — the one its own phrase states (`到2025年底建成…`), else the year a sentence of the clause
 * opens on (`到2026年，实现如下目标：`), else the end of the plan's period — and the target-year
 * columns of tables written as lines (`table-targets.ts`).
 *
 * Pure function over the converter's `PlanDocument`, so it can be tested against hand-checked
 * lists without building the site.
 */
import type { Block, Clause, PlanDocument } from '../model/document.ts';
import { candidatesIn, isConditionSentence, isOfferSentence, isPastSentence } from './candidates.ts';
import { tableTargets } from './table-targets.ts';

/** Where a target's deadline year was read. */
export type YearSource =
  /** `到2026年` in the very sentence. */
  | 'sentence'
  /** An earlier `到2025年` in the same clause that governs what follows (`到2026年，实现如下目标：`). */
  | 'clause'
  /** The target-year column of a table (`2027年（目标）`). */
  | 'table'
  /** No year in the clause: the end of the plan's period. */
  | 'period'
  /** Neither: the plan names no period and the clause no year. */
  | 'none';

export interface Target {
  plan: string;
  /** Anchor id of the clause the sentence sits in (`s1-2`). */
  clause: string;
  /** What is counted, as the text words it, with the number and its qualifiers taken out. */
  metric: string;
  /** The number, or the lower bound of a range (`1—2家` → 1). */
  value: number;
  /** Upper bound of a range (`30—50名` → 50, `3至5家` → 5); `null` for a single value. */
  max: number | null;
  /** Qualifiers as written, in text order, joined by `、` (`力争、不少于`); '' when none. */
  qualifier: string;
  /** Unit as written (`家`, `亿元`, `万方`). */
  unit: string;
  /** Deadline year, or `null` when neither the text nor the period gives one. */
  year: number | null;
  yearSource: YearSource;
  /** The sentence the target was read from, as on the page. */
  text: string;
}

/** Words right before the number that bound it. */
const BEFORE = ['不少于', '超过', '突破', '超'];
/** Words anywhere earlier in the segment that qualify the whole commitment. */
const INTENT = ['力争', '累计'];
const YEAR = /(?:到|至|展望)(\d{4})年/u;
/** A sentence that opens on its deadline (`到2026年，…`, `展望2030年，…`) sets the year for what follows in its clause. */
const OPENING_YEAR = /^(?:——)?(?:[^，。；]{0,12}[。：:])?\s*(?:力争)?(?:到|至|展望)(\d{4})年/u;

function blockOwnText(block: Block): string {
  return block.inlines
    .filter((inline) => inline.kind !== 'duty')
    .map((inline) => inline.text)
    .join('');
}

const trimMetric = (s: string) =>
  s
    .replace(/^[、，：\s]+|[、，：。；\s]+$/gu, '')
    .replace(/(?:达到|达)$/u, '')
    .trim();

/** Splits a sentence into comma-level segments, keeping their offsets. */
function segmentsOf(sentence: string): string[] {
  return sentence.split(/[，,：:]/u).filter((s) => s.length > 0);
}

type SentenceTarget = Omit<Target, 'plan' | 'clause' | 'year' | 'yearSource' | 'text'> & { ownYear: number | null };

function targetsInSentence(sentence: string): SentenceTarget[] {
  const out: SentenceTarget[] = [];
  let inherited: string[] = [];
  const segments = segmentsOf(sentence);
  const offer = isOfferSentence(sentence) || isConditionSentence(sentence) || isPastSentence(sentence);
  // A year stated with a target of its own applies to that phrase (`其中到2025年底建成…20万平方米`);
  // a year standing alone (`到2026年，打造…`) governs the rest of the sentence.
  const opening = OPENING_YEAR.exec(sentence);
  let governing = opening ? Number(opening[1]) : null;
  segments.forEach((raw, index) => {
    const stated = YEAR.exec(raw);
    const segment = raw.replace(/^(?:到|至|展望)\d{4}年/u, '');
    const candidates = candidatesIn(segment, offer);
    if (stated && candidates.length === 0) governing = Number(stated[1]);
    const ownYear = stated ? Number(stated[1]) : governing;
    // A segment that opens on the number (`50家“专精特新”企业`) continues the previous one's verb and intent.
    const continues = /^\s*\d/u.test(segment);
    const intents = continues ? inherited : INTENT.filter((w) => segment.slice(0, candidates[0]?.start ?? 0).includes(w));
    // Text between two numbers belongs to the first up to the last `、`, to the second after it.
    const cuts = candidates.map((c, i) => {
      const next = candidates[i + 1];
      if (!next) return segment.length;
      const between = segment.slice(c.end, next.start);
      const mark = between.lastIndexOf('、');
      return mark < 0 ? next.start : c.end + mark;
    });
    candidates.forEach((c, i) => {
      const from = i === 0 ? 0 : cuts[i - 1]!;
      let before = segment.slice(from, c.start);
      const bound = BEFORE.find((w) => before.endsWith(w));
      if (bound) before = before.slice(0, -bound.length);
      for (const w of INTENT) before = before.replace(w, '');
      let after = segment.slice(c.end, cuts[i]);
      // `发表学术论文30篇、承担…若干项`: a number that closes its phrase takes nothing after it.
      if (after.startsWith('、')) after = '';
      // `5—10个国内领先的，具有较强…的项目和企业`: the object runs on past the comma.
      const following = segments[index + 1];
      if (after.endsWith('的') && following !== undefined && candidatesIn(following).length === 0) after += `，${following}`;
      const qualifier = [...(i === 0 ? intents : []), ...(bound ? [bound] : []), ...(c.after ? [c.after] : [])];
      out.push({
        metric: trimMetric(`${trimMetric(before)}${after}`),
        value: c.value,
        max: c.max,
        qualifier: qualifier.join('、'),
        unit: c.unit,
        ownYear,
      });
    });
    if (!continues) inherited = intents;
  });
  return out;
}

/** Sentences of a block: split after 。；！？, each kept with its closing mark. */
export function sentencesOf(text: string): string[] {
  return (
    text
      .match(/[^。；！？]+[。；！？]?/gu)
      ?.map((s) => s.trim())
      .filter(Boolean) ?? []
  );
}

const NOTE = /^\s*(?:注|备注|说明)\s*\d*\s*[:：]/u;

function clauseTargets(plan: PlanDocument, clause: Clause): Target[] {
  const out: Target[] = [];
  let contextYear: number | null = null;
  const fallback = (): [number | null, YearSource] =>
    contextYear !== null ? [contextYear, 'clause'] : plan.period ? [plan.period.end, 'period'] : [null, 'none'];
  for (const block of clause.blocks) {
    if (block.kind === 'table') {
      for (const t of tableTargets(block, plan.period?.start)) out.push({ plan: plan.slug, clause: clause.id, ...t, yearSource: 'table' });
      continue;
    }
    const text = blockOwnText(block);
    // A note under a table (`注：…`) defines its terms (规模以上企业为年主营业务收入2000万元及以上的企业);
    // it commits to nothing.
    if (NOTE.test(text)) continue;
    for (const sentence of sentencesOf(text)) {
      for (const { ownYear, ...t } of targetsInSentence(sentence)) {
        const [year, yearSource]: [number | null, YearSource] = ownYear !== null ? [ownYear, 'sentence'] : fallback();
        out.push({ plan: plan.slug, clause: clause.id, ...t, year, yearSource, text: sentence });
      }
      const opening = OPENING_YEAR.exec(sentence);
      if (opening) contextYear = Number(opening[1]);
    }
  }
  return out;
}

/**
 * A call for applications (申报指南, …项目申报工作的通知) sets what funded projects must reach
 * (考核指标, 申报条件): figures asked of applicants, never the government's own commitments.
 */
const CALL_FOR_APPLICATIONS = /申报指南|项目指南|申报(?:工作)?的通知|申报通知|征集.{0,12}的通知/u;

export function isCallForApplications(plan: Pick<PlanDocument, 'title' | 'notice'>): boolean {
  return CALL_FOR_APPLICATIONS.test(plan.title) || (plan.notice !== undefined && CALL_FOR_APPLICATIONS.test(plan.notice.title));
}

/**
 * A clause that sets who qualifies — titled so (第二章 支持对象和条件, 申报条件), or opening a list of
 * conditions (`第四条 申报单位应当同时符合下列条件：`) — and everything under it: its numbers
 * (上年度营业收入超过3000万元) are asked of applicants, not promised by the plan.
 */
const CONDITIONS_TITLE = /条件|资格|支持对象|申报对象|适用对象|适用范围/u;
const CONDITIONS_LIST = /(?:条件|要求|情形)[^。；]*[：:]\s*$/u;

function setsConditions(clause: Clause): boolean {
  return CONDITIONS_TITLE.test(clause.title) || clause.blocks.some((block) => CONDITIONS_LIST.test(blockOwnText(block)));
}

/** Every quantitative target of a plan, in document order; a call for applications states none. */
export function extractTargets(plan: PlanDocument): Target[] {
  if (isCallForApplications(plan)) return [];
  const walk = (clauses: Clause[]): Target[] =>
    clauses.flatMap((clause) => (setsConditions(clause) ? [] : [...clauseTargets(plan, clause), ...walk(clause.children)]));
  return walk(plan.clauses);
}

/** `期限已过` once the whole deadline year is behind `today`; the texts never say whether a target was met. */
export type DeadlineState = '期限已过' | '期限未到' | '未定期限';

export function deadlineState(year: number | null, today: Date): DeadlineState {
  if (year === null) return '未定期限';
  return today.getTime() >= Date.UTC(year + 1, 0, 1) ? '期限已过' : '期限未到';
}
