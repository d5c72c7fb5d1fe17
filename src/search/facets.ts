/** Filters and facet counts: the reader's choices in Pagefind's form, and counts as ticking a value gives them. */
import { CLAUSE_KIND, OTHER_KINDS, type Counts, type Filters, type Hit, type PagefindData, type PagefindSearch } from './types.ts';

/** A filter value no record has. */
const NO_VALUE = '\u0000';

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
export function withClauseCount(found: PagefindSearch | null): PagefindSearch | null {
  const kinds = found?.filters?.kind;
  if (!found || !kinds) return found;
  const others = OTHER_KINDS.reduce((n, k) => n + (kinds[k] ?? 0), 0);
  return { ...found, filters: { ...found.filters, kind: { ...kinds, [CLAUSE_KIND]: found.results.length - others } } };
}

/** The filters of a view restricted to some kinds of record (kinds chosen by the reader kept if allowed). */
export function withKinds(filters: Filters, kinds: string[]): Filters {
  const chosen = (filters.kind ?? []).filter((k) => kinds.includes(k));
  return { ...filters, kind: chosen.length > 0 ? chosen : kinds };
}

/**
 * Facet counts as ticking a value would give them: keys without a choice from the base view,
 * each key with values chosen from the view with every filter but its own.
 */
export async function disjunctive(baseCounts: Counts, chosen: Filters, countsWith: (filters: Filters) => Promise<Counts>): Promise<Counts> {
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

export function addCounts(into: Counts, source: Counts | undefined, sign: 1 | -1): void {
  for (const [key, counts] of Object.entries(source ?? {})) {
    for (const [value, n] of Object.entries(counts)) {
      const total = (into[key]?.[value] ?? 0) + sign * n;
      if (total > 0) (into[key] ??= {})[value] = total;
      else delete into[key]?.[value];
    }
  }
}

export function toHit(id: string, data: PagefindData, found: Pick<Hit, 'exact' | 'via'>): Hit {
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
