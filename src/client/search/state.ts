/**
 * The search page's state and plumbing: its elements (found once by id), what it holds between
 * events, and the URL that shares a search.
 */
import type { SearchOutcome } from '../../search/engine.ts';
import type { PlanSearchOutcome } from '../../search/plan-search.ts';
import type { EnterpriseExpansion } from '../../search/enterprise-words.ts';

/** The page's elements, found once by their ids (the page markup: src/pages/search/index.astro). */
export function searchElements() {
  const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
  return {
    form: byId<HTMLFormElement>('search-form'),
    input: byId<HTMLInputElement>('search-q'),
    exact: byId<HTMLInputElement>('search-exact'),
    status: byId('search-status'),
    errorBox: byId('search-error'),
    lookupLine: byId('search-lookup'),
    list: byId<HTMLOListElement>('search-results'),
    facets: byId('search-facets'),
    more: byId<HTMLButtonElement>('search-more'),
    checkMore: byId<HTMLButtonElement>('search-check-more'),
    summaries: byId('search-summaries'),
    partialBox: byId('search-partial'),
    partialList: byId<HTMLOListElement>('search-partial-list'),
    partialMore: byId<HTMLButtonElement>('search-partial-more'),
    empty: byId('search-empty'),
    expansionLine: byId('search-expansion'),
    quoteCheck: byId('quote-check'),
  };
}

/** What the page holds between events: the search shown and how much of it is drawn. */
export interface SearchState {
  selected: Record<string, string[]>;
  outcome: SearchOutcome | PlanSearchOutcome | undefined;
  /** At plan level, how many of the plans found the current query checks (grows at the reader's request). */
  plansToCheck: number;
  checkedQuery: string;
  /** The enterprise words of the current outcome's query and the plan words searched for them. */
  expansion: EnterpriseExpansion | undefined;
  groupsShown: number;
  partialShown: number;
  /** Each search started; a newer one makes an older one's result stale. */
  sequence: number;
  /** Searches shown so far. */
  done: number;
  /** When the first plan group of the current search showed its hits (for the benchmark). */
  firstGroupAt: number | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether every filter file is loaded (the reader opened 部分/责任单位): their facets then show open. */
  allFacets: boolean;
}

/** `?q=…&exact=1&plan=…`: the search as a shareable URL, replacing the current entry. */
export function writeSearchUrl(query: string, exact: boolean, selected: Record<string, string[]>): void {
  const url = new URL(location.href);
  url.search = '';
  if (query) url.searchParams.set('q', query);
  if (exact) url.searchParams.set('exact', '1');
  for (const [key, values] of Object.entries(selected)) for (const v of values) url.searchParams.append(key, v);
  history.replaceState(null, '', url);
}
