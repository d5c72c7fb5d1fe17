/**
 * 引文核验: is a pasted quotation in the plans' original texts (the seeds, as served at
 * /plans/<slug>/original.txt), word for word, or only once writing differences are set aside?
 * Both sides are folded one character at a time — Traditional → Simplified (the site's T2S
 * table), width (NFKC), letter case, and punctuation variants (quotes, brackets, dashes, 。/.) —
 * and white space, line breaks included, is ignored: a seed is wrapped as its PDF was, so a
 * sentence runs across lines. Each character that differs is reported with its kind, and a match
 * gives the original's lines (the numbering of the original page, `#L<n>`). A quotation with an
 * ellipsis (……) is found when its parts are, in order and close together, and the match says what
 * each ellipsis leaves out.
 *
 * Pure and dependency-free; runs in the browser once the reader checks a quotation.
 */
import type { T2S } from './normalize.ts';

/** A seed as the search page knows it before loading it (written by the build, `lookup-table.ts`). */
export interface QuoteSource {
  /** The plan's short name. */
  label: string;
  title: string;
  /** The seed's text file (original.txt). */
  text: string;
  /** The original page, whose lines are anchored #L<n>. */
  original: string;
  sha256: string;
}

export type DifferenceKind = '繁简' | '全角半角' | '大小写' | '标点';

export interface Difference {
  kind: DifferenceKind;
  /** As the quotation writes it. */
  quote: string;
  /** As the original writes it. */
  original: string;
  /** How often this pair occurs in the match. */
  count: number;
}

export interface QuoteMatch {
  source: QuoteSource;
  /** First and last line of the original the quotation spans (1-based, as on the original page). */
  startLine: number;
  endLine: number;
  /** The original's text of the match, wrapped lines joined. */
  original: string;
  differences: Difference[];
  /**
   * For a quotation with an ellipsis (…… or ...), the original's text each ellipsis leaves out,
   * in order — so a reader sees what the quotation skips. Empty for a quotation without one.
   */
  omitted: string[];
}

export type QuoteReport =
  | { kind: 'too-short'; minimum: number }
  | { kind: 'found'; verbatim: boolean; matches: QuoteMatch[] }
  | {
      kind: 'not-found';
      /** The longest beginning of the quotation the originals hold, and where it stops agreeing. */
      closest?: { source: QuoteSource; line: number; agreed: string; quoteNext: string; originalNext: string };
    };

/** Shorter quotations match too much to say anything. */
export const MIN_QUOTE_CHARS = 4;
/** Matches listed at most. */
const MAX_MATCHES = 20;
/**
 * An ellipsis in a quotation (……, …, ⋯, ...) stands for words left out; the parts on either side
 * must then occur in this order in one original, at most this many characters apart (about a
 * paragraph: a quotation does not splice one clause onto another pages away).
 */
const MAX_OMITTED_CHARS = 300;
const ELLIPSIS = /…+|⋯+|\.{3,}|。{3,}/u;

const PUNCTUATION: Array<[RegExp, string]> = [
  [/[\u2010-\u2015\u2212\ufe58\ufe63-]/u, '-'],
  [/["'“”‘’„「」『』〝〞]/u, '"'],
  [/[([〔【〖{（［]/u, '('],
  [/[)\]〕】〗}）］]/u, ')'],
  [/[。．｡]/u, '.'],
  [/[、､]/u, ','],
];

/** One character as compared: Simplified, NFKC, lower case, punctuation folded. */
function fold(ch: string, t2s: T2S): string {
  const simple = (t2s[ch] ?? ch).normalize('NFKC').toLowerCase();
  if ([...simple].length !== 1) return simple;
  for (const [pattern, to] of PUNCTUATION) if (pattern.test(simple)) return to;
  return simple;
}

function kindOf(quote: string, original: string, t2s: T2S): DifferenceKind {
  if (t2s[quote] === original || (t2s[quote] ?? quote) === (t2s[original] ?? original)) return '繁简';
  const q = quote.normalize('NFKC');
  const o = original.normalize('NFKC');
  if (q === o) return '全角半角';
  if (q.toLowerCase() === o.toLowerCase()) return '大小写';
  return '标点';
}

interface Folded {
  text: string;
  /** For each folded character, the index of its source character. */
  from: number[];
}

function folded(text: string, t2s: T2S): Folded {
  let out = '';
  const from: number[] = [];
  let i = 0;
  for (const ch of text) {
    if (!/\s/u.test(ch)) {
      const f = fold(ch, t2s);
      for (let k = 0; k < f.length; k++) from.push(i);
      out += f;
    }
    i += ch.length;
  }
  return { text: out, from };
}

/** A seed's text ready to search (folded once, however many quotations are checked). */
export interface PreparedText {
  source: QuoteSource;
  text: string;
  folded: Folded;
  /** Index of each line's first character. */
  lineStarts: number[];
}

export function prepareText(source: QuoteSource, text: string, t2s: T2S): PreparedText {
  const lineStarts = [0];
  for (const m of text.matchAll(/\r\n|\n|\r/gu)) lineStarts.push(m.index + m[0].length);
  return { source, text, folded: folded(text, t2s), lineStarts };
}

function lineOf(prepared: PreparedText, index: number): number {
  let lo = 0;
  let hi = prepared.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (prepared.lineStarts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Source character at a folded position (a whole code point). */
function charAt(text: string, index: number): string {
  return String.fromCodePoint(text.codePointAt(index)!);
}

/** Pairs of differing characters along a match, counted. */
function differencesOf(quote: string, q: Folded, at: number, prepared: PreparedText, t2s: T2S): Difference[] {
  const seen = new Map<string, Difference>();
  let last = '';
  for (let k = 0; k < q.text.length; k++) {
    const qi = q.from[k]!;
    const oi = prepared.folded.from[at + k]!;
    const pair = `${qi}:${oi}`;
    if (pair === last) continue;
    last = pair;
    const qc = charAt(quote, qi);
    const oc = charAt(prepared.text, oi);
    if (qc === oc) continue;
    const key = `${qc}\u0000${oc}`;
    const known = seen.get(key);
    if (known) known.count += 1;
    else seen.set(key, { kind: kindOf(qc, oc, t2s), quote: qc, original: oc, count: 1 });
  }
  return [...seen.values()];
}

/** The quotation without the quotation marks it was pasted with. */
export function stripQuotes(quote: string): string {
  return quote
    .trim()
    .replace(/^["“「『‘']+|["”」』’']+$/gu, '')
    .trim();
}

function closestOf(quote: string, q: Folded, texts: PreparedText[]): QuoteReport & { kind: 'not-found' } {
  // A longer beginning found means every shorter one is: the longest is found by halving.
  const foundAt = (n: number) => {
    const prefix = q.text.slice(0, n);
    for (const t of texts) {
      const at = t.folded.text.indexOf(prefix);
      if (at >= 0) return { t, at };
    }
    return undefined;
  };
  let lo = 0;
  let hi = q.text.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (foundAt(mid)) lo = mid;
    else hi = mid - 1;
  }
  const hit = lo >= MIN_QUOTE_CHARS ? foundAt(lo) : undefined;
  if (!hit) return { kind: 'not-found' };
  const { t, at } = hit;
  const stopQuote = q.from[lo]!;
  const stopOriginal = t.folded.from[at + lo];
  const next = (text: string, from: number | undefined) => (from === undefined ? '' : [...text.slice(from).replace(/\s+/gu, '')].slice(0, 8).join(''));
  return {
    kind: 'not-found',
    closest: {
      source: t.source,
      line: lineOf(t, t.folded.from[at]!),
      agreed: quote.slice(0, stopQuote).trim(),
      quoteNext: next(quote, stopQuote),
      originalNext: next(t.text, stopOriginal),
    },
  };
}

/** Where a quotation occurs in the originals, and how it differs from each occurrence. */
export function checkQuote(pasted: string, texts: PreparedText[], t2s: T2S = {}): QuoteReport {
  const quote = stripQuotes(pasted);
  const q = folded(quote, t2s);
  if (q.text.length < MIN_QUOTE_CHARS) return { kind: 'too-short', minimum: MIN_QUOTE_CHARS };
  const matches: QuoteMatch[] = [];
  for (const t of texts) {
    for (let at = t.folded.text.indexOf(q.text); at >= 0 && matches.length < MAX_MATCHES; at = t.folded.text.indexOf(q.text, at + q.text.length)) {
      const start = t.folded.from[at]!;
      const last = t.folded.from[at + q.text.length - 1]!;
      const end = last + charAt(t.text, last).length;
      matches.push({
        source: t.source,
        startLine: lineOf(t, start),
        endLine: lineOf(t, last),
        original: t.text.slice(start, end).replace(/\s*(?:\r\n|\n|\r)\s*/gu, ''),
        differences: differencesOf(quote, q, at, t, t2s),
        omitted: [],
      });
    }
  }
  if (matches.length === 0) {
    const elided = checkElided(quote, texts, t2s);
    if (elided) return elided;
    return closestOf(quote, q, texts);
  }
  return { kind: 'found', verbatim: matches.some((m) => m.differences.length === 0), matches };
}

/** One part of an elided quotation, found: where it starts and ends in the folded original. */
interface PartHit {
  at: number;
  end: number;
}

/** The parts of `parts` found in order in `t` from `from` on, each within the gap of the one before. */
function partsInOrder(parts: Folded[], t: PreparedText, first: number): PartHit[] | undefined {
  const hits: PartHit[] = [{ at: first, end: first + parts[0]!.text.length }];
  for (const part of parts.slice(1)) {
    const previous = hits[hits.length - 1]!;
    const at = t.folded.text.indexOf(part.text, previous.end);
    if (at < 0 || at - previous.end > MAX_OMITTED_CHARS) return undefined;
    hits.push({ at, end: at + part.text.length });
  }
  return hits;
}

/** Source text between two folded positions (line breaks joined, as a match's original is). */
function sourceSpan(t: PreparedText, from: number, to: number): string {
  if (to <= from) return '';
  const start = t.folded.from[from]!;
  const last = t.folded.from[to - 1]!;
  return t.text.slice(start, last + charAt(t.text, last).length).replace(/\s*(?:\r\n|\n|\r)\s*/gu, '');
}

/**
 * A quotation with an ellipsis: each part on either side found, in order, close together — the
 * match spans them all and lists what each ellipsis leaves out. Undefined when the quotation has
 * no ellipsis or its parts are not so found.
 */
function checkElided(quote: string, texts: PreparedText[], t2s: T2S): QuoteReport | undefined {
  const pieces = quote.split(ELLIPSIS).map((p) => p.trim());
  if (pieces.length < 2) return undefined;
  const parts = pieces.map((p) => ({ piece: p, folded: folded(p, t2s) })).filter((p) => p.folded.text.length > 0);
  if (parts.length < 2 || parts.some((p) => p.folded.text.length < 2)) return undefined;
  const matches: QuoteMatch[] = [];
  for (const t of texts) {
    const head = parts[0]!.folded.text;
    for (let at = t.folded.text.indexOf(head); at >= 0 && matches.length < MAX_MATCHES; at = t.folded.text.indexOf(head, at + head.length)) {
      const hits = partsInOrder(
        parts.map((p) => p.folded),
        t,
        at,
      );
      if (!hits) continue;
      const first = hits[0]!;
      const last = hits[hits.length - 1]!;
      const differences = new Map<string, Difference>();
      parts.forEach((p, i) => {
        for (const d of differencesOf(p.piece, p.folded, hits[i]!.at, t, t2s)) {
          const key = `${d.quote}\u0000${d.original}`;
          const known = differences.get(key);
          if (known) known.count += d.count;
          else differences.set(key, { ...d });
        }
      });
      matches.push({
        source: t.source,
        startLine: lineOf(t, t.folded.from[first.at]!),
        endLine: lineOf(t, t.folded.from[last.end - 1]!),
        original: sourceSpan(t, first.at, last.end),
        differences: [...differences.values()],
        omitted: hits.slice(1).map((hit, i) => sourceSpan(t, hits[i]!.end, hit.at)),
      });
    }
  }
  if (matches.length === 0) return undefined;
  return { kind: 'found', verbatim: matches.some((m) => m.differences.length === 0), matches };
}
