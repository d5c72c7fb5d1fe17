/**
 * The search engine on top of Pagefind. Pagefind ANDs the word segments of a query, so for
 * 宝山高新区 it also returns clauses with 宝山 and 高新区 apart. We therefore:
 *   1. ask Pagefind for the quoted phrase (positions must be adjacent);
 *   2. where the phrase may be cut across words (物产业园 inside 生物产业园 is segmented
 *      differently from the text), ask again with an edge word trimmed;
 *   3. keep only candidates whose text really contains the phrase (on a canonical form) —
 *      these whole-phrase hits come first, clauses before the notice/preamble/closing and
 *      summaries;
 *   4. unless the reader wants exact phrases only, add Pagefind's ordinary hits after them,
 *      loaded only when shown.
 */
import { containsPhrase, parseQuery, type ParsedQuery, type T2S } from './normalize.ts';

/** The part of Pagefind's API that we use (its `pagefind.js` module). */
export interface PagefindLike {
  search(term: string, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  /** Counts per filter value among the results, with and without the filters applied. */
  filters?: Record<string, Record<string, number>>;
  totalFilters?: Record<string, Record<string, number>>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface Hit {
  id: string;
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** True when the text contains the whole phrase. */
  exact: boolean;
}

export interface SearchOutcome {
  query: ParsedQuery;
  exactOnly: boolean;
  /** Whole-phrase hits, checked against their text, matching the reader's filters. */
  exact: Hit[];
  /** Further Pagefind hits (segments present, phrase not whole), loaded when shown. */
  partial: PagefindResult[];
  /** Number of hits before and after the reader's filters. */
  total: number;
  shown: number;
  /** Facet counts over all hits, ignoring the reader's filters (so choices stay visible). */
  facets: Record<string, Record<string, number>>;
}

const KIND_ORDER: Record<string, number> = { 条款: 0, 文件: 1, 摘要: 2 };
/** How many candidates are checked at most (a broad query has many; the reader refines). */
const MAX_CANDIDATES = 120;

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
  found === 0 || (() => {
    const words = segments(phrase);
    return words.length >= 2 && ([...words[0]!].length === 1 || [...words.at(-1)!].length === 1);
  })();

/** The reader's filters in Pagefind's form: any of the chosen values, for every key. */
export function pagefindFilters(filters: Record<string, string[]>): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0).map(([k, v]) => [k, { any: v }]));
}

export async function search(
  pagefind: PagefindLike,
  input: string,
  options: { exactOnly?: boolean; filters?: Record<string, string[]>; t2s?: T2S } = {},
): Promise<SearchOutcome> {
  const t2s = options.t2s ?? {};
  const filters = options.filters ?? {};
  const query = parseQuery(input, t2s);
  const exactOnly = options.exactOnly === true || query.quoted;
  const empty = { query, exactOnly, exact: [], partial: [], total: 0, shown: 0, facets: {} };
  if (query.canonical === '') return empty;

  // 1. Whole-phrase candidates: Pagefind's quoted search, plus edge-trimmed variants if needed.
  const candidates = new Map<string, PagefindResult>();
  const add = (results: PagefindResult[] | undefined) => {
    for (const r of results ?? []) if (!candidates.has(r.id) && candidates.size < MAX_CANDIDATES) candidates.set(r.id, r);
  };
  add((await pagefind.search(`"${query.pagefind}"`))?.results);
  if (needsVariants(query.pagefind, candidates.size)) {
    for (const variant of phraseVariants(query.pagefind)) add((await pagefind.search(`"${variant}"`))?.results);
  }
  const loaded = await Promise.all([...candidates.values()].map(async (r) => toHit(r.id, await r.data(), true)));
  const allExact = loaded.filter((h) => containsPhrase(h.content, query.canonical, t2s)).sort(compareHits);
  const facets = countFacets(allExact);
  const exact = applyFilters(allExact, filters);
  if (exactOnly) return { query, exactOnly, exact, partial: [], total: allExact.length, shown: exact.length, facets };

  // 2. Pagefind's ordinary hits (every segment somewhere in the clause), after the whole ones.
  const exactIds = new Set(allExact.map((h) => h.id));
  const loose = await pagefind.search(query.pagefind, { filters: pagefindFilters(filters) });
  const partial = (loose?.results ?? []).filter((r) => !exactIds.has(r.id));
  // Facets: Pagefind's unfiltered counts over its hits, less the whole-phrase hits among them
  // (counted above from their own data), plus those whole-phrase hits.
  const looseAll = Object.keys(pagefindFilters(filters)).length > 0 ? await pagefind.search(query.pagefind) : loose;
  const looseIds = new Set((looseAll?.results ?? []).map((r) => r.id));
  const inBoth = countFacets(allExact.filter((h) => looseIds.has(h.id)));
  for (const [key, counts] of Object.entries(looseAll?.totalFilters ?? looseAll?.filters ?? {})) {
    for (const [value, n] of Object.entries(counts)) {
      const extra = n - (inBoth[key]?.[value] ?? 0);
      if (extra > 0) ((facets[key] ??= {})[value] = (facets[key]?.[value] ?? 0) + extra);
    }
  }
  const totalLoose = (looseAll?.results ?? []).filter((r) => !exactIds.has(r.id)).length;
  return { query, exactOnly, exact, partial, total: allExact.length + totalLoose, shown: exact.length + partial.length, facets };
}

/** Loads a partial hit for display and checks it (a variant spelling may still hold the phrase). */
export async function loadPartial(result: PagefindResult, query: ParsedQuery, t2s: T2S = {}): Promise<Hit> {
  const data = await result.data();
  return toHit(result.id, data, containsPhrase(data.content, query.canonical, t2s));
}

function toHit(id: string, data: PagefindData, exact: boolean): Hit {
  return { id, url: data.url, content: data.content, meta: data.meta, filters: data.filters, exact };
}

/** Clauses before the document frame, then summaries (the sort is stable: Pagefind's order stays). */
function compareHits(a: Hit, b: Hit): number {
  return (KIND_ORDER[a.meta.kind ?? ''] ?? 9) - (KIND_ORDER[b.meta.kind ?? ''] ?? 9);
}

export function countFacets(hits: Hit[]): Record<string, Record<string, number>> {
  const facets: Record<string, Record<string, number>> = {};
  for (const hit of hits) {
    for (const [key, values] of Object.entries(hit.filters)) {
      const counts = (facets[key] ??= {});
      for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
    }
  }
  return facets;
}

/** Keeps hits that match every filter key (any of the values chosen for that key). */
export function applyFilters(hits: Hit[], filters: Record<string, string[]>): Hit[] {
  const active = Object.entries(filters).filter(([, values]) => values.length > 0);
  return hits.filter((hit) => active.every(([key, values]) => (hit.filters[key] ?? []).some((v) => values.includes(v))));
}

