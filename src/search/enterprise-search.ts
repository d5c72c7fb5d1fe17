/**
 * The search side of enterprise words (see enterprise-words.ts): ask Pagefind for each plan
 * word as a phrase, among clauses only, and rank the clauses found — those holding a more
 * specific word (earlier in the table) first, then those holding more of the words.
 * Kept out of engine.ts so that the engine only calls it.
 */

interface PagefindPhraseSearch<R extends { id: string }> {
  search(term: string, options?: { filters?: Record<string, unknown> }): Promise<{ results: R[] } | null>;
}

/** Clause results holding any plan word, best first, skipping `exclude` (already listed), at most `max`. */
export async function planWordCandidates<R extends { id: string }>(
  pagefind: PagefindPhraseSearch<R>,
  planWords: readonly string[],
  exclude: ReadonlySet<string>,
  max: number,
): Promise<R[]> {
  const found = new Map<string, { result: R; first: number; words: number }>();
  for (const [index, word] of planWords.entries()) {
    const search = await pagefind.search(`"${word}"`, { filters: { kind: { any: ['条款'] } } });
    for (const result of search?.results ?? []) {
      if (exclude.has(result.id)) continue;
      const seen = found.get(result.id);
      if (seen) seen.words++;
      else found.set(result.id, { result, first: index, words: 1 });
    }
  }
  return [...found.values()]
    .sort((a, b) => a.first - b.first || b.words - a.words)
    .slice(0, max)
    .map((entry) => entry.result);
}
