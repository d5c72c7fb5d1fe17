/**
 * The search engine on top of Pagefind. Pagefind ANDs the word segments of a query, so for
 * 宝山高新区 it also returns clauses with 宝山 and 高新区 apart. We therefore:
 *   1. ask Pagefind for the quoted phrase (positions must be adjacent);
 *   2. where the phrase may be cut across words (物产业园 inside 生物产业园 is segmented
 *      differently from the text), ask again with an edge word trimmed; and since the quoted
 *      search misses a few records, take Pagefind's best ordinary hits too; keep only those
 *      candidates whose text really contains the phrase (on a canonical form);
 *   3. group the whole-phrase hits by plan: every plan whose own text (clauses, notice,
 *      preamble, closing) holds the phrase, with its count, most hits first. A group's hits
 *      are asked for only when the group is shown, and texts load only when a hit is shown;
 *   4. list whole-phrase hits in the editorial summaries apart: a summary is our wording, not
 *      the plan's, so it does not make a plan "mention" a term and is not counted;
 *   5. unless the reader wants exact phrases only, add Pagefind's ordinary hits (partial
 *      matches) after them — but not for a query too short for a part of it to mean anything.
 * Facet counts are the counts a reader gets by ticking a value: for a key with values chosen,
 * counted with the other keys' filters only (so the other values stay visible). When the phrase
 * occurs whole, facets count the whole-phrase hits of the plans' text, exactly what the groups
 * count; otherwise the partial matches. The plan-level facets (层级, 区域, 状态) are not Pagefind
 * filters but come from a table of the plans (see plan-facets.ts): a choice among them narrows
 * the `plan` filter, and their counts add up the plans' counts.
 *
 * Extra phrases (`extraPhrases`, e.g. the plans' words for an enterprise word: 房租 → 先租后让,
 * 厂房, 载体) are searched like the query, their hits merged (a record holding two phrases counts
 * once) and their use reported. In a group, the query's hits come first, then each extra
 * phrase's in the order given (most specific first); a hit found only through extra phrases
 * names them (`Hit.via`).
 */
import { containsPhrase, parseQuery, type ParsedQuery, type T2S } from './normalize.ts';
import { NO_PLAN, narrowToPlans, withPlanCounts, type PlanFacetTable } from './plan-facets.ts';

/** The part of Pagefind's API that we use (its `pagefind.js` module). */
export interface PagefindLike {
  search(term: string, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  /** Counts per filter value among the results (the reader's filters applied). */
  filters?: Record<string, Record<string, number>>;
}
export interface PagefindResult {
  id: string;
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
  /** True when the text contains the whole phrase (or one of the extra phrases). */
  exact: boolean;
  /** The extra phrases the text holds when it does not hold the query itself (how it was found). */
  via?: string[];
}

/** A hit whose text is fetched on demand; `load` also checks whether it holds the phrase. */
export interface LazyHit {
  id: string;
  load(): Promise<Hit>;
}

/** The plans' own text; what a group counts and what the facets offer. */
export const TEXT_KINDS = ['条款', '文件'];
/** Editorial summaries: listed apart, never counted as a plan's mention of a term. */
export const SUMMARY_KIND = '摘要';
/**
 * The kind of a record without a `kind` filter. Clauses are nearly all records, so only the others
 * carry the filter: its file then lists a few records a plan, not every record (≈60 KB of a first
 * search at 1,000 plans). A choice with 条款 asks for none of the other kinds not chosen.
 */
export const CLAUSE_KIND = '条款';
/** The kinds a record carries as its `kind` filter. */
export const OTHER_KINDS = ['文件', SUMMARY_KIND];
/** A filter value no record has. */
const NO_VALUE = '\u0000';

/** One plan whose own text holds the phrase. */
export interface PlanGroup {
  /** The plan's short title (its `plan` filter value). */
  plan: string;
  /** How many records of the plan's text (clauses, notice, preamble, closing) hold the phrase. */
  count: number;
  /** All of them, in Pagefind's order; asked for on the first call. */
  hits(): Promise<LazyHit[]>;
}

/** How many records of the plans' text hold one searched phrase. */
export interface PhraseUse {
  phrase: string;
  count: number;
}

export interface SearchOutcome {
  query: ParsedQuery;
  exactOnly: boolean;
  /** Plans whose text holds the phrase, most hits first (then by name). */
  groups: PlanGroup[];
  /** Whole-phrase hits in the plans' text: the sum of the groups' counts. */
  exactCount: number;
  /** Whole-phrase hits in editorial summaries (not counted in the groups). */
  summaries: LazyHit[];
  /** Partial matches (every word somewhere in the record), after the whole phrases. */
  partial: LazyHit[];
  /** True when partial matches were not looked for because the query is too short (两字词). */
  partialWithheld: boolean;
  /** Counts per filter key and value; see the module comment. */
  facets: Record<string, Record<string, number>>;
  /** The query and each extra phrase, with the number of records of plan text holding it. */
  phrases: PhraseUse[];
}

export interface SearchOptions {
  /** Only whole-phrase hits (also implied by a quoted query). */
  exactOnly?: boolean;
  /** The reader's filters: for every key, any of the values. */
  filters?: Record<string, string[]>;
  /** Traditional → Simplified table. */
  t2s?: T2S;
  /** Further phrases searched whole alongside the query; reported in `phrases`. */
  extraPhrases?: string[];
  /** Plan → its level, district and status: the plan-level facets (none offered without it). */
  planFacets?: PlanFacetTable;
}

type Counts = Record<string, Record<string, number>>;
type Filters = Record<string, string[]>;

/** How many cut-across-word candidates are checked at most (a broad query has many; the reader refines). */
const MAX_CANDIDATES = 120;
/** How many of Pagefind's ordinary (non-phrase) hits are checked for the phrase at most. */
const MAX_LOOSE_CHECKED = 40;
/** How many partial matches are loaded at most to count their facets when Pagefind's counts cannot be used. */
const MAX_COUNTED = 200;

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

/** The reader's filters in Pagefind's form: any of the chosen values, for every key. */
export function pagefindFilters(filters: Filters): Record<string, { any: string[] } | { none: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v.length > 0)
      .map(([k, v]) => [k, k === 'kind' ? kindFilter(v) : { any: v }]),
  );
}

/** Clauses carry no `kind`: kinds with 条款 are "none of the other kinds not chosen". */
function kindFilter(kinds: string[]): { any: string[] } | { none: string[] } {
  if (!kinds.includes(CLAUSE_KIND)) return { any: kinds };
  const excluded = OTHER_KINDS.filter((k) => !kinds.includes(k));
  return { none: excluded.length > 0 ? excluded : [NO_VALUE] };
}

/** A record's filters as the facets know them: a record without a kind is a clause. */
export function withRecordKind(filters: Filters): Filters {
  return filters.kind ? filters : { ...filters, kind: [CLAUSE_KIND] };
}

/** Pagefind counts the kinds records carry; the clauses are the rest of the results. */
function withClauseCount(found: PagefindSearch | null): PagefindSearch | null {
  const kinds = found?.filters?.kind;
  if (!found || !kinds) return found;
  const others = OTHER_KINDS.reduce((n, k) => n + (kinds[k] ?? 0), 0);
  return { ...found, filters: { ...found.filters, kind: { ...kinds, [CLAUSE_KIND]: found.results.length - others } } };
}

/** The filters of a view restricted to some kinds of record (kinds chosen by the reader kept if allowed). */
function withKinds(filters: Filters, kinds: string[]): Filters {
  const chosen = (filters.kind ?? []).filter((k) => kinds.includes(k));
  return { ...filters, kind: chosen.length > 0 ? chosen : kinds };
}

export async function search(pagefind: PagefindLike, input: string, options: SearchOptions = {}): Promise<SearchOutcome> {
  const t2s = options.t2s ?? {};
  const planTable = options.planFacets ?? {};
  /** The reader's filters as Pagefind and the records know them (plan-level choices as plans). */
  const narrow = (filters: Filters) => narrowToPlans(filters, planTable);
  const matches = (hit: Hit, filters: Filters) => matchesFilters(hit, narrow(filters));
  const planCounts = (counts: Counts) => withPlanCounts(counts, planTable);
  const query = parseQuery(input, t2s);
  const exactOnly = options.exactOnly === true || query.quoted;
  const chosen: Filters = Object.fromEntries(Object.entries(options.filters ?? {}).filter(([, v]) => v.length > 0));
  const empty: SearchOutcome = { query, exactOnly, groups: [], exactCount: 0, summaries: [], partial: [], partialWithheld: false, facets: {}, phrases: [] };
  if (query.canonical === '') return empty;

  const phrases = searchedPhrases(query, options.extraPhrases, t2s);
  const extras = phrases.slice(1);
  /** Whether a text holds the query or, failing that, which extra phrases it holds. */
  const judge = (content: string): Pick<Hit, 'exact' | 'via'> => {
    if (containsPhrase(content, query.canonical, t2s)) return { exact: true };
    const via = extras.filter((p) => containsPhrase(content, p.canonical, t2s)).map((p) => p.phrase);
    return via.length > 0 ? { exact: true, via } : { exact: false };
  };

  // One lazy hit per record, so that a text loads at most once whatever finds it.
  const lazyHits = new Map<string, LazyHit>();
  const lazy = (r: PagefindResult): LazyHit => {
    let hit = lazyHits.get(r.id);
    if (!hit) {
      let loading: Promise<Hit> | undefined;
      hit = { id: r.id, load: () => (loading ??= r.data().then((d) => toHit(r.id, d, judge(d.content)))) };
      lazyHits.set(r.id, hit);
    }
    return hit;
  };
  // Each distinct search runs once: with many plans a Pagefind search is the costly step.
  const searches = new Map<string, Promise<PagefindSearch | null>>();
  // The filter keys Pagefind counts: those whose file it has loaded (the ones a search names, or all
  // once the reader opens 部分/责任单位). Hits checked here add to these keys only, or a key's
  // facet would show the few checked hits' counts as if they were all (部分: 任务 1 for 生物医药).
  const counted = new Set<string>();
  const countedOnly = (counts: Counts): Counts => Object.fromEntries(Object.entries(counts).filter(([key]) => counted.has(key)));
  const ask = (term: string, filters: Filters = {}) => {
    // Pagefind loads a filter's file (and counts its values) only when a search names the filter:
    // name `plan` always, matching every record, since the groups are its counts.
    const options = { filters: { plan: { none: [NO_PLAN] }, ...pagefindFilters(narrow(filters)) } };
    const key = JSON.stringify([term, options]);
    let found = searches.get(key);
    if (!found) {
      found = pagefind.search(term, options).then(withClauseCount);
      found.then((f) => Object.keys(f?.filters ?? {}).forEach((k) => counted.add(k))).catch(() => undefined);
      searches.set(key, found);
    }
    return found;
  };
  const quoted = (p: ParsedQuery, filters: Filters) => ask(`"${p.pagefind}"`, filters);

  // Records that hold a phrase only across Pagefind's word boundaries, loaded and verified.
  const crossWord: Array<{ lazy: LazyHit; hit: Hit }> = [];
  for (const p of phrases) {
    const direct = new Set((await quoted(p, {}))?.results.map((r) => r.id) ?? []);
    const candidates = new Map<string, LazyHit>();
    for (const variant of variantsToAsk(p.pagefind, direct.size)) {
      for (const r of (await ask(`"${variant}"`))?.results ?? []) {
        if (!direct.has(r.id) && candidates.size < MAX_CANDIDATES) candidates.set(r.id, lazy(r));
      }
    }
    // Pagefind's phrase search misses some records that hold the phrase (金山 s6-2 for 生物医药,
    // whose words 生物 and 医药 it finds): check its best ordinary hits as well.
    // The cap counts texts loaded (hits not already found whole), not ranks: with several bundles
    // the ranks differ from one bundle's, and a cap on ranks checked other records.
    const loose = (await ask(p.pagefind))?.results.filter((r) => !direct.has(r.id)) ?? [];
    for (const r of loose.slice(0, MAX_LOOSE_CHECKED)) candidates.set(r.id, lazy(r));
    const loaded = await Promise.all([...candidates.values()].map(async (c) => ({ lazy: c, hit: await c.load() })));
    for (const found of loaded) {
      if (containsPhrase(found.hit.content, p.canonical, t2s) && !crossWord.some((x) => x.hit.id === found.hit.id)) crossWord.push(found);
    }
  }

  /** Whole-phrase records under some filters: their ids and facet counts, each record once. */
  const wholePhrase = async (filters: Filters): Promise<{ ids: Set<string>; counts: Counts; perPhrase: number[] }> => {
    const ids = new Set<string>();
    const counts: Counts = {};
    const repeated: LazyHit[] = [];
    const perPhrase: number[] = [];
    for (const p of phrases) {
      const found = await quoted(p, filters);
      let mine = 0;
      for (const r of found?.results ?? []) {
        mine++;
        if (ids.has(r.id)) repeated.push(lazy(r));
        ids.add(r.id);
      }
      addCounts(counts, found?.filters, 1);
      for (const { hit } of crossWord) {
        if (matches(hit, filters) && containsPhrase(hit.content, p.canonical, t2s)) {
          mine++;
          if (ids.has(hit.id)) continue;
          ids.add(hit.id);
          addCounts(counts, countedOnly(countFacets([hit])), 1);
        }
      }
      perPhrase.push(mine);
    }
    // A record holding two of the phrases was counted by each search: count it once.
    addCounts(counts, countedOnly(countFacets(await Promise.all(repeated.map((h) => h.load())))), -1);
    return { ids, counts: planCounts(counts), perPhrase };
  };

  // The base view (every chosen filter) and, for each key with values chosen, the view without it.
  const textView = withKinds(chosen, TEXT_KINDS);
  const base = await wholePhrase(textView);
  const facets = await disjunctive(base.counts, chosen, (filters) => wholePhrase(withKinds(filters, TEXT_KINDS)).then((v) => v.counts));
  delete facets.kind?.[SUMMARY_KIND];

  // One search per plan shown (in Pagefind's order), then the records found by checking texts.
  const groupHits = (plan: string) => async (): Promise<LazyHit[]> => {
    const list = new Map<string, LazyHit>();
    const filters = { ...textView, plan: [plan] };
    for (const p of phrases) for (const r of (await quoted(p, filters))?.results ?? []) if (!list.has(r.id)) list.set(r.id, lazy(r));
    for (const { lazy: l, hit } of crossWord) if (matches(hit, filters) && !list.has(l.id)) list.set(l.id, l);
    return [...list.values()];
  };
  const groups: PlanGroup[] = Object.entries(base.counts.plan ?? {})
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'))
    .map(([plan, count]) => {
      let hits: Promise<LazyHit[]> | undefined;
      const all = groupHits(plan);
      return { plan, count, hits: () => (hits ??= all()) };
    });
  const exactCount = groups.reduce((n, g) => n + g.count, 0);

  const summaryView = { ...chosen, kind: [SUMMARY_KIND] };
  const summaries = new Map<string, LazyHit>();
  for (const p of phrases) for (const r of (await quoted(p, summaryView))?.results ?? []) summaries.set(r.id, lazy(r));
  for (const { lazy: l, hit } of crossWord) if (matches(hit, summaryView)) summaries.set(l.id, l);

  const outcome: SearchOutcome = {
    ...empty,
    groups,
    exactCount,
    summaries: [...summaries.values()],
    facets,
    phrases: phrases.map((p, i) => ({ phrase: p.phrase, count: base.perPhrase[i] ?? 0 })),
  };
  if (exactOnly) return outcome;
  if (!partialMatchesMeaningful(query)) return { ...outcome, partialWithheld: true };

  // Pagefind's ordinary hits: every word of the query somewhere in the record.
  const loose = await holdingEveryWord(query.pagefind, (term) => ask(term, chosen));
  const partial = loose.results.filter((r) => !base.ids.has(r.id) && !summaries.has(r.id)).map(lazy);
  if (exactCount > 0 || partial.length === 0) return { ...outcome, partial };
  // Nothing whole: the facets count the partial matches, so the reader can narrow them.
  if (!loose.complete) return { ...outcome, partial, facets: await countedFacets(partial) };
  const looseFacets = await disjunctive(planCounts(loose.counts), chosen, async (filters) => planCounts((await ask(query.pagefind, filters))?.filters ?? {}));
  return { ...outcome, partial, facets: looseFacets };

  /**
   * Facets counted on the hits' own filters, for the keys Pagefind counts (as it would count them)
   * and the plan-level keys; none past a cap.
   */
  async function countedFacets(hits: LazyHit[]): Promise<Counts> {
    if (hits.length > MAX_COUNTED) return {};
    return planCounts(countedOnly(countFacets(await Promise.all(hits.map((h) => h.load())))));
  }
}

/**
 * Facet counts as ticking a value would give them: keys without a choice from the base view,
 * each key with values chosen from the view with every filter but its own.
 */
async function disjunctive(baseCounts: Counts, chosen: Filters, countsWith: (filters: Filters) => Promise<Counts>): Promise<Counts> {
  const facets: Counts = {};
  addCounts(facets, baseCounts, 1);
  for (const key of Object.keys(chosen)) {
    const { [key]: _own, ...others } = chosen;
    const counts = await countsWith(others);
    facets[key] = {};
    addCounts(facets, { [key]: counts[key] ?? {} }, 1);
  }
  return facets;
}

function addCounts(into: Counts, source: Counts | undefined, sign: 1 | -1): void {
  for (const [key, counts] of Object.entries(source ?? {})) {
    for (const [value, n] of Object.entries(counts)) {
      const total = (into[key]?.[value] ?? 0) + sign * n;
      if (total > 0) (into[key] ??= {})[value] = total;
      else delete into[key]?.[value];
    }
  }
}

function toHit(id: string, data: PagefindData, found: Pick<Hit, 'exact' | 'via'>): Hit {
  return { id, url: data.url, content: data.content, meta: data.meta, filters: withRecordKind(data.filters), ...found };
}

export function countFacets(hits: Hit[]): Counts {
  const facets: Counts = {};
  for (const hit of hits) {
    for (const [key, values] of Object.entries(hit.filters)) {
      const counts = (facets[key] ??= {});
      for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
    }
  }
  return facets;
}

/** Whether a hit has, for every key with chosen values, at least one of them. */
export function matchesFilters(hit: Hit, filters: Filters): boolean {
  return Object.entries(filters).every(([key, values]) => values.length === 0 || (hit.filters[key] ?? []).some((v) => values.includes(v)));
}
