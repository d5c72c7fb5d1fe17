/**
 * Query and text normalisation for Chinese search. Pagefind matches words; we then check the
 * phrase itself on a canonical form of both sides, so that a reader's variant spelling finds
 * the official text:
 *   - width: full-width and half-width forms are one (NFKC): `1,3-丙二醇` = `1，3-丙二醇`;
 *   - dashes: `-` `‐` `–` `—` `－` are one: `CAR-T` = `CAR—T`;
 *   - document-number brackets: `[]` `【】` `〔〕` `［］` are one: `沪府办发[2023]18号`;
 *   - white space is ignored: `科创30条` = `科创 30条`;
 *   - Traditional characters are read as Simplified (table built from OpenCC at build time).
 * Runs in the browser and in Node; no dependencies.
 */

/** Traditional → Simplified, one character each way (see `t2s-table.ts`). */
export type T2S = Readonly<Record<string, string>>;

const DASHES = /[\u2010-\u2015\u2212\uff0d\ufe58\ufe63-]/gu;
const OPEN_BRACKETS = /[[\u3014\u3010\uff3b\u3016]/gu;
const CLOSE_BRACKETS = /[\]\u3015\u3011\uff3d\u3017]/gu;
const SPACE = /\s+/gu;

/** Characters mapped one to one; the basis of `canonical` and of the position map. */
function canonicalChar(ch: string, t2s: T2S): string {
  const simplified = t2s[ch] ?? ch;
  return simplified.normalize('NFKC').replace(DASHES, '-').replace(OPEN_BRACKETS, '〔').replace(CLOSE_BRACKETS, '〕').toLowerCase();
}

/** The canonical form used to compare a query with a text. */
export function canonical(text: string, t2s: T2S = {}): string {
  return canonicalWithMap(text, t2s).text;
}

/**
 * Canonical form plus, for each canonical character, the index of the source character it
 * came from, so that a match can be highlighted in the original text.
 */
export function canonicalWithMap(text: string, t2s: T2S = {}): { text: string; sourceIndex: number[] } {
  let out = '';
  const sourceIndex: number[] = [];
  let i = 0;
  for (const ch of text) {
    if (!SPACE.test(ch)) {
      const c = canonicalChar(ch, t2s);
      for (let k = 0; k < c.length; k++) sourceIndex.push(i);
      out += c;
    }
    SPACE.lastIndex = 0;
    i += ch.length;
  }
  return { text: out, sourceIndex };
}

/** Longest phrase searched, in characters: a longer query is cut (and the page says so). */
export const MAX_QUERY_CHARS = 100;

export interface ParsedQuery {
  /** What the reader typed, trimmed (uncut). */
  raw: string;
  /** The phrase without surrounding quotes, cut to `MAX_QUERY_CHARS` characters. */
  phrase: string;
  /** True when the query was quoted (“…”, "…", 「…」). */
  quoted: boolean;
  /** True when the phrase was longer than `MAX_QUERY_CHARS` and was cut. */
  cut: boolean;
  /** Length of the uncut phrase, in characters. */
  length: number;
  /** The phrase in canonical form, for verification. */
  canonical: string;
  /** The phrase for Pagefind: Simplified, brackets and dashes unified, spaces kept. */
  pagefind: string;
}

const OPENING_QUOTES = '"“”„「『\'';
const CLOSING_QUOTES = '"“”」』\'';

/**
 * Reads a query. Quotes are recognised before the phrase is cut, so a long quoted query stays
 * quoted; the work is linear in the input (a 10,000-character paste must not stall the page).
 */
export function parseQuery(input: string, t2s: T2S = {}): ParsedQuery {
  const raw = input.trim();
  const quoted = raw.length >= 2 && OPENING_QUOTES.includes(raw[0]!) && CLOSING_QUOTES.includes(raw.at(-1)!);
  const inner = (quoted ? raw.slice(1, -1) : raw).trim();
  const chars = Array.from(inner);
  const cut = chars.length > MAX_QUERY_CHARS;
  const phrase = cut ? chars.slice(0, MAX_QUERY_CHARS).join('').trim() : inner;
  const pagefind = [...phrase]
    .map((ch) => (/\s/u.test(ch) ? ' ' : canonicalChar(ch, t2s)))
    .join('')
    .replace(/ +/gu, ' ')
    .trim();
  return { raw, phrase, quoted, cut, length: chars.length, canonical: canonical(phrase, t2s), pagefind };
}

/** The phrase as a status line quotes it: at most `max` characters, then “…”. */
export function shortened(phrase: string, max = 24): string {
  const chars = Array.from(phrase.replace(/\s+/gu, ' '));
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

/** Where the phrase occurs in `text`, as ranges of the original text. */
export function findPhrase(text: string, phraseCanonical: string, t2s: T2S = {}): Array<[number, number]> {
  if (phraseCanonical === '') return [];
  const { text: canon, sourceIndex } = canonicalWithMap(text, t2s);
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (;;) {
    const at = canon.indexOf(phraseCanonical, from);
    if (at < 0) break;
    const start = sourceIndex[at]!;
    const lastSource = sourceIndex[at + phraseCanonical.length - 1]!;
    const end = lastSource + (text.codePointAt(lastSource)! > 0xffff ? 2 : 1);
    ranges.push([start, end]);
    from = at + phraseCanonical.length;
  }
  return ranges;
}

export function containsPhrase(text: string, phraseCanonical: string, t2s: T2S = {}): boolean {
  return canonical(text, t2s).includes(phraseCanonical);
}
