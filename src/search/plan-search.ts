/**
 * Search over a plan-level index (plan-level.ts): Pagefind, with one record per plan, finds the
 * plans that may hold the query — its phrases whole (and, where a phrase may be cut across words,
 * with an edge word trimmed, as engine.ts asks), then, when partial matches are wanted, the plans
 * holding every word of it. The first `plansToCheck` of them (those fitting the reader's choice of
 * plans first, each list in Pagefind's order) are read, and the engine runs on their clause records
 * (local-index.ts), so everything it reports — groups, counts, facets, partial matches — is exact
 * for the plans checked. The reader is told how many plans were found and how many checked, and
 * can ask for more.
 */
import {
  holdingEveryWord,
  partialMatchesMeaningful,
  search,
  searchedPhrases,
  variantsToAsk,
  type PagefindData,
  type PagefindLike,
  type PagefindSearch,
  type SearchOptions,
  type SearchOutcome,
} from './engine.ts';
import { localIndex } from './local-index.ts';
import { parseQuery } from './normalize.ts';
import { narrowToPlans } from './plan-facets.ts';

export interface PlanSearchOptions extends SearchOptions {
  /** How many of the plans found are read and searched. */
  plansToCheck: number;
  /** A plan's records, by its plan record's Pagefind id. */
  loadPlan(id: string): Promise<PagefindData[]>;
}

export interface PlanSearchOutcome extends SearchOutcome {
  /** Plans the plan-level index found that may hold the query. */
  plansFound: number;
  /** How many of them were read and searched (the outcome is exact for these). */
  plansChecked: number;
}

export async function searchPlans(pagefind: PagefindLike, input: string, options: PlanSearchOptions): Promise<PlanSearchOutcome> {
  const { plansToCheck, loadPlan, ...engineOptions } = options;
  const t2s = options.t2s ?? {};
  const query = parseQuery(input, t2s);
  const phrases = searchedPhrases(query, options.extraPhrases, t2s);
  const exactOnly = options.exactOnly === true || query.quoted;
  const chosenPlans = narrowToPlans(options.filters ?? {}, options.planFacets ?? {}).plan;

  const found = new Set<string>();
  const ids = (result: PagefindSearch | null) => result?.results.map((r) => r.id) ?? [];
  for (const plans of chosenPlans && chosenPlans.length > 0 ? [chosenPlans, undefined] : [undefined]) {
    const ask = (term: string) => pagefind.search(term, plans ? { filters: { plan: { any: plans } } } : {});
    for (const p of phrases) {
      const whole = ids(await ask(`"${p.pagefind}"`));
      whole.forEach((id) => found.add(id));
      for (const v of variantsToAsk(p.pagefind, whole.length)) ids(await ask(`"${v}"`)).forEach((id) => found.add(id));
    }
    if (!exactOnly && partialMatchesMeaningful(query)) for (const r of (await holdingEveryWord(query.pagefind, ask)).results) found.add(r.id);
  }

  const checked = [...found].slice(0, plansToCheck);
  const records = (await Promise.all(checked.map((id) => loadPlan(id)))).flat();
  const outcome = await search(localIndex(records, t2s), input, engineOptions);
  return { ...outcome, plansFound: found.size, plansChecked: checked.length };
}
