/**
 * Scores what the rules read (`extract.ts`) against a hand-checked list (`corpus.ts`). Each
 * figure counts items: how many the list has, how many the rules found, how many agree.
 * Comparisons ignore white space and bracket width only; everything else must be equal.
 */
import { titleKey } from '../lineage/extract.ts';
import type { CorpusCase } from './corpus.ts';
import type { Extracted } from './extract.ts';

export interface Tally {
  /** Items in the hand-checked list. */
  expected: number;
  /** Items the rules found. */
  found: number;
  /** Items found that agree with the list. */
  correct: number;
}

export const METRICS = ['text', 'headings', 'metadata', 'targets', 'measures', 'types', 'amounts', 'citations', 'agencies'] as const;
export type Metric = (typeof METRICS)[number];
export type Scores = Record<Metric, Tally>;

/** Comparable form: no white space, full-width brackets, `．` as `.`. */
export const norm = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFKC')
    .replace(/\s+|''/gu, '')
    .replace(/\(/gu, '（')
    .replace(/\)/gu, '）')
    .replace(/．/gu, '.');

const unitKey = (unit: string) => norm(unit).replace(/^%$/u, '%');

/** Matches two lists by key, each item at most once (a repeated heading appears twice). */
function matched<T, U>(expected: T[], found: U[], keyOfExpected: (t: T) => string, keyOfFound: (u: U) => string): Array<[T, U]> {
  const pool = new Map<string, U[]>();
  for (const u of found) pool.set(keyOfFound(u), [...(pool.get(keyOfFound(u)) ?? []), u]);
  const pairs: Array<[T, U]> = [];
  for (const t of expected) {
    const candidates = pool.get(keyOfExpected(t));
    const u = candidates?.shift();
    if (u !== undefined) pairs.push([t, u]);
  }
  return pairs;
}

const tally = (expected: number, found: number, correct: number): Tally => ({ expected, found, correct });

/** The headings found that the list is compared with: an item inside an article (第六条（一）) is a heading only when the list counts such items. */
export function scoredHeadings(e: CorpusCase['expected'], x: Extracted): string[] {
  const listsItems = e.headings.some((h) => /第[一二三四五六七八九十百零]+条[（\d]/u.test(norm(h)));
  return x.headings.filter((h) => listsItems || !x.articleItems.has(h));
}

export function score(c: CorpusCase, x: Extracted, text: Tally): Scores {
  const e = c.expected;
  const headings = scoredHeadings(e, x);
  const headingPairs = matched(e.headings, headings, norm, norm);

  const fields: Array<[string, string | null]> = [
    ['title', e.title],
    ['titleMarks', e.titleMarks.join('')],
    ['noticeTitle', e.noticeTitle],
    ['docNumber', e.docNumber],
    ['issuer', e.issuer],
    ['date', e.date],
    ['validity.from', e.validity?.from ?? null],
    ['validity.to', e.validity?.to ?? null],
    ['status', e.status],
  ];
  const metadataFields = Object.entries(e.metadata);
  const fieldsCorrect = fields.filter(([k, v]) => norm(x.fields[k]) === norm(v)).length;
  const metaCorrect = metadataFields.filter(([k, v]) => norm(x.metadata[k]) === norm(v)).length;
  const metadata = tally(fields.length + metadataFields.length, fields.length + Object.keys(x.metadata).length, fieldsCorrect + metaCorrect);

  const targetKey = (t: { clause: string; value: number; unit: string }) => `${norm(t.clause)}|${t.value}|${unitKey(t.unit)}`;
  const targetPairs = matched(e.targets, x.targets, targetKey, targetKey).filter(([a, b]) => a.year === b.year);

  const measurePairs = matched(
    e.support,
    x.support,
    (m) => norm(m.clause),
    (m) => norm(m.clause),
  );
  const sameTypes = measurePairs.filter(([a, b]) => [...a.types].sort().join() === [...b.types].sort().join()).length;
  const amountsExpected = measurePairs.reduce((n, [a]) => n + a.amounts.length, 0);
  const amountKey = (a: { value: number; unit: string }) => `${a.value}|${unitKey(a.unit)}`;
  const amountsFound = measurePairs.reduce((n, [a, b]) => n + matched(a.amounts, b.amounts, amountKey, amountKey).length, 0);
  const amountsListed = measurePairs.reduce((n, [, b]) => n + b.amounts.length, 0);

  // A document is cited once however often the text names it; a cited notice (关于印发〈X〉的通知)
  // may be listed by its own title or by X's.
  const citedKeys = new Map<string, string>();
  for (const c of x.citations) for (const key of [titleKey(c.title), titleKey(c.quoted)]) citedKeys.set(key, titleKey(c.title));
  const cited = [...new Set(x.citations.map((c) => titleKey(c.title)))];
  const wanted = [...new Set(e.citations.map((t) => citedKeys.get(titleKey(t.title)) ?? titleKey(t.title)))];
  const citationPairs = matched(wanted, cited, String, String);
  const agencyKey = (a: { clause: string; agencies: string[] }) => `${norm(a.clause)}|${a.agencies.map(norm).join('、')}`;
  const agencyPairs = matched(e.agencies, x.agencies, agencyKey, agencyKey);

  return {
    text,
    headings: tally(e.headings.length, headings.length, headingPairs.length),
    metadata,
    targets: tally(e.targets.length, x.targets.length, targetPairs.length),
    measures: tally(e.support.length, x.support.length, measurePairs.length),
    types: tally(measurePairs.length, measurePairs.length, sameTypes),
    amounts: tally(amountsExpected, amountsListed, amountsFound),
    citations: tally(wanted.length, cited.length, citationPairs.length),
    agencies: tally(e.agencies.length, x.agencies.length, agencyPairs.length),
  };
}

/** Sums tallies metric by metric. */
export function total(all: Scores[]): Scores {
  const sum = {} as Scores;
  for (const metric of METRICS)
    sum[metric] = all.reduce((t, s) => tally(t.expected + s[metric].expected, t.found + s[metric].found, t.correct + s[metric].correct), tally(0, 0, 0));
  return sum;
}

/** Recall (correct of expected) and precision (correct of found), as fractions; 1 when there is nothing to find. */
export const recall = (t: Tally): number => (t.expected === 0 ? 1 : t.correct / t.expected);
export const precision = (t: Tally): number => (t.found === 0 ? (t.expected === 0 ? 1 : 0) : t.correct / t.found);
