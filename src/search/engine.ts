/**
 * The search engine on top of Pagefind. Pagefind ANDs the word segments of a query, so for
 * 宝山高新区 it also returns clauses with 宝山 and 高新区 apart. We therefore:
 *   1. ask Pagefind for the quoted phrase (positions must be adjacent);
 *   2. where the phrase may be cut across words (物产业园 inside 生物产业园 is segmented
 *      differently from the text), ask again with an edge word trimmed;
 *   3. keep only those variant candidates whose text really contains the phrase (on a
 *      canonical form); whole-phrase hits come first, clauses before the notice/preamble/
 *      closing and summaries;
 *   4. unless the reader wants exact phrases only, add Pagefind's ordinary hits after them.
 * Texts (Pagefind fragments) load only for the hits shown, so a query costs little.
 */
import { containsPhrase, canonical, parseQuery, type ParsedQuery, type T2S } from './normalize.ts';
import { planWordCandidates } from './enterprise-search.ts';
import { expandEnterpriseQuery, type EnterpriseExpansion, type EnterpriseWords } from './enterprise-words.ts';

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
  /** For a hit found through enterprise words: the plan words its text holds. */
  via?: string[];
}

export interface SearchOutcome {
  query: ParsedQuery;
  exactOnly: boolean;
  /**
   * Hits in display order: whole-phrase hits first (clauses, then the document frame and
   * summaries), then partial ones. Each loads its text when shown.
   */
  hits: LazyHit[];
  /** Number of whole-phrase hits at the head of `hits`. */
  exactCount: number;
  /** Number of hits before the reader's filters. */
  total: number;
  /** Facet counts over all hits, ignoring the reader's filters (so choices stay visible). */
  facets: Record<string, Record<string, number>>;
  /** When the query holds enterprise words (房租): the plan words also searched. */
  expansion?: EnterpriseExpansion;
}

/** A hit whose text is fetched on demand; `load` also checks whether it holds the phrase. */
export interface LazyHit {
  id: string;
  load(): Promise<Hit>;
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

const FRAME_KINDS = ['文件', '摘要'];

export async function search(
  pagefind: PagefindLike,
  input: string,
  options: { exactOnly?: boolean; filters?: Record<string, string[]>; t2s?: T2S; enterpriseWords?: EnterpriseWords } = {},
): Promise<SearchOutcome> {
  const t2s = options.t2s ?? {};
  const chosen = pagefindFilters(options.filters ?? {});
  const query = parseQuery(input, t2s);
  const exactOnly = options.exactOnly === true || query.quoted;
  if (query.canonical === '') return { query, exactOnly, hits: [], exactCount: 0, total: 0, facets: {} };
  const quoted = `"${query.pagefind}"`;
  const lazy = (r: PagefindResult): LazyHit => {
    let loading: Promise<Hit> | undefined;
    return { id: r.id, load: () => (loading ??= r.data().then((d) => toHit(r.id, d, containsPhrase(d.content, query.canonical, t2s)))) };
  };

  // 1. Whole phrases: Pagefind's quoted search checks that the words are adjacent. Clauses
  //    first, then the document frame and summaries; texts load only when shown.
  const all = await pagefind.search(quoted);
  const clauses = await pagefind.search(quoted, { filters: { ...chosen, kind: { any: ['条款'] } } });
  const frames = await pagefind.search(quoted, { filters: { ...chosen, kind: { any: FRAME_KINDS } } });
  const exact: LazyHit[] = [...(clauses?.results ?? []), ...(frames?.results ?? [])].map(lazy);
  const exactIds = new Set(exact.map((h) => h.id));
  const facets: Record<string, Record<string, number>> = {};
  addCounts(facets, all?.totalFilters);
  let total = all?.results.length ?? 0;

  // 2. A phrase cut across words (物产业园 in 生物产业园) is segmented differently from the
  //    text: ask with an edge word trimmed and keep the candidates that hold the phrase.
  if (needsVariants(query.pagefind, exact.length)) {
    const extra = new Map<string, LazyHit>();
    for (const variant of phraseVariants(query.pagefind)) {
      for (const r of (await pagefind.search(`"${variant}"`))?.results ?? []) {
        if (!exactIds.has(r.id) && !extra.has(r.id) && extra.size < MAX_CANDIDATES) extra.set(r.id, lazy(r));
      }
    }
    const checked = (await Promise.all([...extra.values()].map(async (candidate) => ({ candidate, hit: await candidate.load() }))))
      .filter(({ hit }) => hit.exact)
      .sort((a, b) => compareHits(a.hit, b.hit));
    addCounts(facets, countFacets(checked.map(({ hit }) => hit)));
    total += checked.length;
    for (const { candidate, hit } of checked) {
      if (!matchesFilters(hit, options.filters ?? {})) continue;
      exact.push(candidate);
      exactIds.add(hit.id);
    }
  }
  if (exactOnly) return { query, exactOnly, hits: exact, exactCount: exact.length, total, facets };

  // 2b. Enterprise words (房租 → 厂房, 载体…): clauses holding the plan words come next, and
  //     replace the one-character partial matches (房, 租) that would follow otherwise.
  const expansion = expandEnterpriseQuery(query.pagefind, options.enterpriseWords ?? []);
  if (expansion) {
    const related = await planWordHits(pagefind, expansion, exactIds, t2s);
    if (related.length > 0) {
      addCounts(facets, countFacets(related.map(({ hit }) => hit)));
      const shown = related.filter(({ hit }) => matchesFilters(hit, options.filters ?? {})).map(({ candidate }) => candidate);
      return { query, exactOnly, hits: [...exact, ...shown], exactCount: exact.length, total: total + related.length, facets, expansion };
    }
  }

  // 3. Pagefind's ordinary hits (every word somewhere in the text), after the whole phrases.
  const loose = await pagefind.search(query.pagefind, { filters: chosen });
  const partial = (loose?.results ?? []).filter((r) => !exactIds.has(r.id)).map(lazy);
  const looseAll = Object.keys(chosen).length > 0 ? await pagefind.search(query.pagefind) : loose;
  const looseOnly = (looseAll?.results ?? []).filter((r) => !exactIds.has(r.id)).length;
  if (looseOnly > 0) {
    // Pagefind counts every loose hit; the whole-phrase ones among them are counted already.
    const looseCounts = looseAll?.totalFilters ?? {};
    const minus = all?.totalFilters ?? {};
    for (const [key, counts] of Object.entries(looseCounts)) {
      for (const [value, n] of Object.entries(counts)) {
        const extra = n - (minus[key]?.[value] ?? 0);
        if (extra > 0) (facets[key] ??= {})[value] = (facets[key]?.[value] ?? 0) + extra;
      }
    }
  }
  return { query, exactOnly, hits: [...exact, ...partial], exactCount: exact.length, total: total + looseOnly, facets };
}

/** Clauses holding the expansion's plan words (checked on their text), best first. */
async function planWordHits(pagefind: PagefindLike, expansion: EnterpriseExpansion, exclude: ReadonlySet<string>, t2s: T2S): Promise<Array<{ candidate: LazyHit; hit: Hit }>> {
  const words = expansion.planWords.map((word) => ({ word, canon: canonical(word, t2s) }));
  const results = await planWordCandidates(pagefind, expansion.planWords, exclude, MAX_CANDIDATES);
  const loaded = await Promise.all(
    results.map(async (r) => {
      const hit: Hit = { ...toHit(r.id, await r.data(), false) };
      hit.via = words.filter(({ canon }) => containsPhrase(hit.content, canon, t2s)).map(({ word }) => word);
      return { candidate: { id: r.id, load: () => Promise.resolve(hit) }, hit };
    }),
  );
  return loaded.filter(({ hit }) => hit.via!.length > 0);
}

function addCounts(into: Record<string, Record<string, number>>, ...sources: Array<Record<string, Record<string, number>> | undefined>): void {
  for (const source of sources) {
    for (const [key, counts] of Object.entries(source ?? {})) {
      for (const [value, n] of Object.entries(counts)) {
        if (n > 0) (into[key] ??= {})[value] = (into[key]?.[value] ?? 0) + n;
      }
    }
  }
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
  return hits.filter((hit) => matchesFilters(hit, filters));
}

/** Whether a hit has, for every key with chosen values, at least one of them. */
export function matchesFilters(hit: Hit, filters: Record<string, string[]>): boolean {
  return Object.entries(filters).every(([key, values]) => values.length === 0 || (hit.filters[key] ?? []).some((v) => values.includes(v)));
}

