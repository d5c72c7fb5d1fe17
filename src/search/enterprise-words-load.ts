/**
 * Loads and validates content/search/enterprise-words.yaml at build time (errors name file and
 * line). Kept apart from enterprise-words.ts so that the browser bundle carries no zod or fs.
 */
import { z } from 'astro/zod';
import { readYamlData } from '../editorial/read-yaml.ts';
import type { EnterpriseWords } from './enterprise-words.ts';

export const ENTERPRISE_WORDS_FILE = 'content/search/enterprise-words.yaml';

const word = z.string().min(1).max(12).regex(/^\S+$/u, 'one word, no spaces');

export const enterpriseWordsEntrySchema = z.object({
  /** Words enterprises type (房租, 租金); each belongs to one entry only. */
  words: z.array(word).min(1),
  /** Words the plans write for the same thing, most specific first; each must occur in a plan. */
  planWords: z.array(word).min(1),
  /** Why, in one sentence, for reviewers. */
  note: z.string().min(4),
});

export const enterpriseWordsFileSchema = z.object({
  /** The table's rows. */
  entries: z.array(enterpriseWordsEntrySchema).min(1),
});

export function loadEnterpriseWords(root = process.cwd()): EnterpriseWords {
  const { entries } = readYamlData(root, ENTERPRISE_WORDS_FILE, enterpriseWordsFileSchema);
  const seen = new Set<string>();
  for (const entry of entries) {
    for (const w of entry.words) {
      if (seen.has(w)) throw new Error(`${ENTERPRISE_WORDS_FILE}: “${w}” is in two entries`);
      seen.add(w);
    }
  }
  return entries;
}
