/**
 * A search over records held in memory, answering the engine (engine.ts) as Pagefind does: the
 * plan-level search (plan-search.ts) runs the engine over the clause records of the plans it has
 * read. What Pagefind approximates with its word index is exact here: a quoted term matches the
 * records whose text contains it (on the canonical form the engine verifies with), an unquoted one
 * the records that contain each of its words. Filters and their counts follow Pagefind's: `any` /
 * `none` of a key's values; counts per value among the results.
 */
import type { PagefindData, PagefindLike, PagefindResult, PagefindSearch } from './engine.ts';
import { segments } from './engine.ts';
import { canonical, type T2S } from './normalize.ts';

type FilterOption = { any: string[] } | { none: string[] };

function occurrences(text: string, term: string): number {
  let n = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) n++;
  return n;
}

function passes(filters: Record<string, string[]>, options: Record<string, unknown>): boolean {
  return Object.entries(options).every(([key, option]) => {
    const values = filters[key] ?? [];
    const { any, none } = option as Partial<{ any: string[]; none: string[] }>;
    if (any) return values.some((v) => any.includes(v));
    if (none) return !values.some((v) => none.includes(v));
    throw new Error(`Filter ${key}: expected { any } or { none }, got ${JSON.stringify(option)}`);
  });
}

/**
 * The records as a `PagefindLike`: results in order of how often the term occurs (then in the
 * records' order), ids their URLs.
 */
export function localIndex(records: readonly PagefindData[], t2s: T2S = {}): PagefindLike {
  const texts = records.map((r) => canonical(r.content, t2s));
  // Like Pagefind with every filter loaded, a search counts every key and value (zero when no result has it).
  const zero: Record<string, Record<string, number>> = {};
  for (const record of records) for (const [key, values] of Object.entries(record.filters)) for (const value of values) (zero[key] ??= {})[value] = 0;
  return {
    async search(term: string, options: { filters?: Record<string, unknown> } = {}): Promise<PagefindSearch> {
      const quoted = /^".*"$/su.test(term);
      const inner = quoted ? term.slice(1, -1) : term;
      const words = (quoted ? [inner] : segments(inner)).map((w) => canonical(w, t2s)).filter((w) => w !== '');
      const scored: Array<{ i: number; score: number }> = [];
      records.forEach((record, i) => {
        if (words.length === 0 || !passes(record.filters, (options.filters ?? {}) as Record<string, FilterOption>)) return;
        const counts = words.map((w) => occurrences(texts[i]!, w));
        if (counts.every((n) => n > 0)) scored.push({ i, score: counts.reduce((a, b) => a + b, 0) });
      });
      scored.sort((a, b) => b.score - a.score || a.i - b.i);
      const filters = Object.fromEntries(Object.entries(zero).map(([key, values]) => [key, { ...values }]));
      const results: PagefindResult[] = scored.map(({ i }) => {
        const record = records[i]!;
        for (const [key, values] of Object.entries(record.filters)) for (const value of values) filters[key]![value]! += 1;
        return { id: record.url, data: async () => record };
      });
      return { results, filters };
    },
  };
}
