/**
 * Enterprise words: a reader types 房租, 补贴, 招聘 or 办事; the plans write 厂房/载体/先租后让,
 * 专项资金/扶持, 引才/委培, 代办/帮办. The reviewed table (content/search/enterprise-words.yaml,
 * loaded at build time by enterprise-words-load.ts and embedded in the search page) says which
 * plan words to search for such a query. Pure and browser-safe.
 */

export interface EnterpriseWordsEntry {
  /** What enterprises type. */
  words: string[];
  /** What the plans write, most specific first. */
  planWords: string[];
  /** For reviewers; not shipped to the browser. */
  note?: string;
}

export type EnterpriseWords = readonly EnterpriseWordsEntry[];

export interface EnterpriseExpansion {
  /** The enterprise words found in the query, in query order. */
  words: string[];
  /** Plan words to search, most specific first, without repeats. */
  planWords: string[];
}

/**
 * The plan words for a (canonical) query whose space-separated terms include enterprise
 * words; undefined when none does. Only whole terms count: 办事处 is not 办事.
 */
export function expandEnterpriseQuery(query: string, table: EnterpriseWords): EnterpriseExpansion | undefined {
  const words: string[] = [];
  const planWords: string[] = [];
  for (const term of query.trim().split(/\s+/u)) {
    const upper = term.toUpperCase();
    const entry = table.find((e) => e.words.some((w) => w.toUpperCase() === upper));
    if (!entry) continue;
    if (!words.includes(term)) words.push(term);
    for (const word of entry.planWords) if (!planWords.includes(word)) planWords.push(word);
  }
  return words.length > 0 ? { words, planWords } : undefined;
}
