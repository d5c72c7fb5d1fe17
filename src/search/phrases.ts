/** Phrases as Pagefind's ICU segmentation sees them: segments, variants cut across words, every-word hits. */
import { parseQuery, type ParsedQuery, type T2S } from './normalize.ts';
import type { Counts, PagefindResult, PagefindSearch } from './types.ts';

/** Word segments of a phrase, as ICU (which Pagefind also uses) cuts it. */
export function segments(phrase: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(phrase)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * Quoted phrases to ask Pagefind for when the phrase may be cut across words: the phrase with
 * an edge word trimmed. Needed when an edge word is a single character (物产业园 → 物 | 产业园:
 * in the text 物 belongs to 生物) or when the whole phrase finds nothing.
 */
export function phraseVariants(phrase: string): string[] {
  const words = segments(phrase);
  const variants: string[] = [];
  if (words.length >= 2) variants.push(words.slice(1).join(''), words.slice(0, -1).join(''));
  if (words.length >= 3) variants.push(words.slice(1, -1).join(''));
  return [...new Set(variants.filter((v) => v.trim() !== '' && v !== phrase))];
}

const needsVariants = (phrase: string, found: number) =>
  found === 0 ||
  (() => {
    const words = segments(phrase);
    return words.length >= 2 && ([...words[0]!].length === 1 || [...words.at(-1)!].length === 1);
  })();

/** The variants to ask for once the whole phrase found `found` records: none unless it may be cut across words. */
export function variantsToAsk(phrase: string, found: number): string[] {
  return needsVariants(phrase, found) ? phraseVariants(phrase) : [];
}

/** The query and the extra phrases searched with it, each once (by canonical form), none empty. */
export function searchedPhrases(query: ParsedQuery, extraPhrases: readonly string[] = [], t2s: T2S = {}): ParsedQuery[] {
  return [query, ...extraPhrases.map((p) => parseQuery(p, t2s))].filter(
    (p, i, all) => p.canonical !== '' && all.findIndex((q) => q.canonical === p.canonical) === i,
  );
}

/**
 * Pagefind's ordinary hits for a term that hold every word of it. Pagefind leaves out a word its
 * index lacks (人才 龘龘 finds every 人才) — with several bundles, a word one bundle lacks — so
 * each word is also searched alone and a hit must be among every word's hits. `complete`: no hit
 * was dropped, so Pagefind's counts are the hits' counts.
 */
export async function holdingEveryWord(
  term: string,
  ask: (term: string) => Promise<PagefindSearch | null>,
): Promise<{ results: PagefindResult[]; counts: Counts; complete: boolean }> {
  const found = await ask(term);
  const all = found?.results ?? [];
  const words = segments(term);
  if (words.length < 2) return { results: all, counts: found?.filters ?? {}, complete: true };
  const holders = await Promise.all(words.map(async (w) => new Set(((await ask(w))?.results ?? []).map((r) => r.id))));
  const results = all.filter((r) => holders.every((ids) => ids.has(r.id)));
  return { results, counts: found?.filters ?? {}, complete: results.length === all.length };
}

/**
 * Whether partial matches of a query can mean anything: not for a query of two characters or
 * fewer (宝科 would list every clause with 宝 and 科 somewhere), nor when every word of it is
 * a single character.
 */
export function partialMatchesMeaningful(query: ParsedQuery): boolean {
  return [...query.canonical].length > 2 && segments(query.pagefind).some((w) => [...w].length >= 2);
}
