/**
 * One search's state: the reader's query and options, and what it has asked Pagefind and loaded
 * so far. Each distinct Pagefind search runs once, each record's text loads at most once (one
 * lazy hit per record), whatever phase asks for it. The phases themselves are in engine.ts.
 */
import { countFacets, matchesFilters, pagefindFilters, toHit, withClauseCount } from './facets.ts';
import { containsPhrase, type ParsedQuery, type T2S } from './normalize.ts';
import { NO_PLAN, narrowToPlans, withPlanCounts, type PlanFacetTable } from './plan-facets.ts';
import type { Counts, Filters, Hit, LazyHit, PagefindLike, PagefindResult, PagefindSearch } from './types.ts';

export class SearchSession {
  readonly #lazyHits = new Map<string, LazyHit>();
  readonly #searches = new Map<string, Promise<PagefindSearch | null>>();
  /**
   * The filter keys Pagefind counts: those whose file it has loaded (the ones a search names, or
   * all once the reader opens 部分/责任单位). Hits checked here add to these keys only, or a key's
   * facet would show the few checked hits' counts as if they were all (部分: 任务 1 for 生物医药).
   */
  readonly #counted = new Set<string>();

  readonly #pagefind: PagefindLike;
  readonly #planTable: PlanFacetTable;
  /** The query first, then each extra phrase. */
  readonly phrases: ParsedQuery[];
  readonly t2s: T2S;

  constructor(pagefind: PagefindLike, phrases: ParsedQuery[], t2s: T2S, planTable: PlanFacetTable) {
    this.#pagefind = pagefind;
    this.phrases = phrases;
    this.t2s = t2s;
    this.#planTable = planTable;
  }

  /** The reader's filters as Pagefind and the records know them (plan-level choices as plans). */
  narrow(filters: Filters): Filters {
    return narrowToPlans(filters, this.#planTable);
  }

  matches(hit: Hit, filters: Filters): boolean {
    return matchesFilters(hit, this.narrow(filters));
  }

  planCounts(counts: Counts): Counts {
    return withPlanCounts(counts, this.#planTable);
  }

  holds(hit: Hit, phrase: ParsedQuery): boolean {
    return containsPhrase(hit.content, phrase.canonical, this.t2s);
  }

  /** Whether a text holds the query or, failing that, which extra phrases it holds. */
  judge(content: string): Pick<Hit, 'exact' | 'via'> {
    const [query, ...extras] = this.phrases;
    if (containsPhrase(content, query!.canonical, this.t2s)) return { exact: true };
    const via = extras.filter((p) => containsPhrase(content, p.canonical, this.t2s)).map((p) => p.phrase);
    return via.length > 0 ? { exact: true, via } : { exact: false };
  }

  /** The record's one lazy hit, so that its text loads at most once whatever finds it. */
  lazy(r: PagefindResult): LazyHit {
    let hit = this.#lazyHits.get(r.id);
    if (!hit) {
      let loading: Promise<Hit> | undefined;
      hit = { id: r.id, load: () => (loading ??= r.data().then((d) => toHit(r.id, d, this.judge(d.content)))) };
      this.#lazyHits.set(r.id, hit);
    }
    return hit;
  }

  /** A Pagefind search, run once per term and filters: with many plans it is the costly step. */
  ask(term: string, filters: Filters = {}): Promise<PagefindSearch | null> {
    // Pagefind loads a filter's file (and counts its values) only when a search names the filter:
    // name `plan` always, matching every record, since the groups are its counts.
    const options = { filters: { plan: { none: [NO_PLAN] }, ...pagefindFilters(this.narrow(filters)) } };
    const key = JSON.stringify([term, options]);
    let found = this.#searches.get(key);
    if (!found) {
      found = this.#pagefind.search(term, options).then(withClauseCount);
      found.then((f) => Object.keys(f?.filters ?? {}).forEach((k) => this.#counted.add(k))).catch(() => undefined);
      this.#searches.set(key, found);
    }
    return found;
  }

  /** Pagefind's search for the phrase whole (its positions adjacent). */
  quoted(p: ParsedQuery, filters: Filters): Promise<PagefindSearch | null> {
    return this.ask(`"${p.pagefind}"`, filters);
  }

  /** Counts of the keys Pagefind counts only. */
  countedOnly(counts: Counts): Counts {
    return Object.fromEntries(Object.entries(counts).filter(([key]) => this.#counted.has(key)));
  }

  /** Facets counted on loaded hits' own filters, for the keys Pagefind counts and the plan-level keys. */
  async facetsOfHits(hits: LazyHit[]): Promise<Counts> {
    return this.planCounts(this.countedOnly(countFacets(await Promise.all(hits.map((h) => h.load())))));
  }
}
