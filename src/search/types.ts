/** The search engine's contracts: the part of Pagefind's API it uses, its hits, groups and outcome. */
import type { ParsedQuery, T2S } from './normalize.ts';
import type { PlanFacetTable } from './plan-facets.ts';

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

/** Counts per filter key and value. */
export type Counts = Record<string, Record<string, number>>;
/** For every filter key, any of the values. */
export type Filters = Record<string, string[]>;
