/**
 * Quantitative targets read from a plan's own text: every Arabic numeral with a unit of count,
 * money or floor area (`不少于20项`, `1—2家`, `超200万方`, `3个左右`), outside quotation marks
 * (`“科创30条”` is a policy's name, not a target). Numbers written in Chinese (`百万级`,
 * `两大`) are not read: the plans state every counted target in Arabic numerals.
 *
 * Pure function over the converter's `PlanDocument`, so it can be tested against hand-checked
 * lists without building the site.
 */
import { flattenClauses } from '../converter/recognise-structure.ts';
import type { Block, Clause, PlanDocument } from '../converter/types.ts';

/** Where a target's deadline year was read. */
export type YearSource =
  /** `到2026年` in the very sentence. */
  | 'sentence'
  /** An earlier `到2025年` in the same clause that governs what follows (`到2026年，实现如下目标：`). */
  | 'clause'
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

/** Longest first, so `亿元` wins over `亿`. */
const UNITS = ['亿元', '万元', '万方', '亿', '个', '家', '项', '篇', '名', '条', '件', '所', '人'];
const NUMBER = String.raw`\d+(?:\.\d+)?`;
const RANGE = String.raw`\s*(?:—|－|-|~|～|至)\s*`;
const CANDIDATE = new RegExp(`(${NUMBER})(?:${RANGE}(${NUMBER}))?(${UNITS.join('|')})(以上|左右)?`, 'gu');
/** Words right before the number that bound it. */
const BEFORE = ['不少于', '超过', '突破', '超'];
/** Words anywhere earlier in the segment that qualify the whole commitment. */
const INTENT = ['力争', '累计'];
const YEAR = /到(\d{4})年/u;
const YEAR_ALL = /到(\d{4})年/gu;
/** A number followed by these describes the object (`超过10亿元的优势企业`), when another number is the count. */
const MODIFIER_FOLLOWERS = ['的', '企业'];

interface Candidate {
  start: number;
  end: number;
  value: number;
  max: number | null;
  unit: string;
  after: string;
}

function blockOwnText(block: Block): string {
  return block.inlines
    .filter((inline) => inline.kind !== 'duty')
    .map((inline) => inline.text)
    .join('');
}

/** Character ranges inside “…” quotation marks. */
function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(/“[^”]*”/gu)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

function candidatesIn(segment: string): Candidate[] {
  const quoted = quotedRanges(segment);
  const found: Candidate[] = [];
  for (const m of segment.matchAll(CANDIDATE)) {
    const start = m.index;
    if (quoted.some(([a, b]) => start >= a && start < b)) continue;
    // Part of a longer number or a year (`2025年` never matches a unit, `12025` must not match `2025`).
    if (start > 0 && /[\d.]/u.test(segment[start - 1]!)) continue;
    found.push({
      start,
      end: start + m[0].length,
      value: Number(m[1]),
      max: m[2] === undefined ? null : Number(m[2]),
      unit: m[3]!,
      after: m[4] ?? '',
    });
  }
  if (found.length > 1) {
    const counts = found.filter((c) => !MODIFIER_FOLLOWERS.some((w) => segment.startsWith(w, c.end)));
    if (counts.length > 0) return counts;
  }
  return found;
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

function targetsInSentence(sentence: string): Array<Omit<Target, 'plan' | 'clause' | 'year' | 'yearSource' | 'text'>> {
  const out: Array<Omit<Target, 'plan' | 'clause' | 'year' | 'yearSource' | 'text'>> = [];
  let inherited: string[] = [];
  const segments = segmentsOf(sentence);
  segments.forEach((raw, index) => {
    const segment = raw.replace(/^到\d{4}年/u, '');
    const candidates = candidatesIn(segment);
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

function clauseTargets(plan: PlanDocument, clause: Clause): Target[] {
  const out: Target[] = [];
  let contextYear: number | null = null;
  for (const block of clause.blocks) {
    for (const sentence of sentencesOf(blockOwnText(block))) {
      const own = YEAR.exec(sentence);
      const found = targetsInSentence(sentence);
      for (const t of found) {
        const [year, yearSource]: [number | null, YearSource] = own
          ? [Number(own[1]), 'sentence']
          : contextYear !== null
            ? [contextYear, 'clause']
            : plan.period
              ? [plan.period.end, 'period']
              : [null, 'none'];
        out.push({ plan: plan.slug, clause: clause.id, ...t, year, yearSource, text: sentence });
      }
      const years = [...sentence.matchAll(YEAR_ALL)];
      if (years.length > 0) contextYear = Number(years[years.length - 1]![1]);
    }
  }
  return out;
}

/** Every quantitative target of a plan, in document order. */
export function extractTargets(plan: PlanDocument): Target[] {
  return flattenClauses(plan.clauses).flatMap((clause) => clauseTargets(plan, clause));
}

/** `期限已过` once the whole deadline year is behind `today`; the texts never say whether a target was met. */
export type DeadlineState = '期限已过' | '期限未到' | '未定期限';

export function deadlineState(year: number | null, today: Date): DeadlineState {
  if (year === null) return '未定期限';
  return today.getTime() >= Date.UTC(year + 1, 0, 1) ? '期限已过' : '期限未到';
}
