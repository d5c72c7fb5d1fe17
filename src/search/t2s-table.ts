/**
 * Builds, at build time, the Traditional → Simplified table the search page ships: for every
 * character of the corpus, its Traditional forms (OpenCC, Taiwan and Hong Kong standards),
 * kept only where OpenCC converts them back to that character. A few kilobytes instead of
 * OpenCC's whole dictionary in the browser.
 */
import * as cn2t from 'opencc-js/cn2t';
import * as t2cn from 'opencc-js/t2cn';
import { loadSite } from '../model/index.ts';
import type { T2S } from './normalize.ts';

/** `corpus`: the texts (or one text) whose characters the table must cover. */
export function buildT2STable(corpus: string | Iterable<string>): T2S {
  const toTraditional = [cn2t.Converter({ from: 'cn', to: 'tw' }), cn2t.Converter({ from: 'cn', to: 'hk' }), cn2t.Converter({ from: 'cn', to: 't' })];
  const toSimplified = [t2cn.Converter({ from: 'tw', to: 'cn' }), t2cn.Converter({ from: 'hk', to: 'cn' })];
  const table: Record<string, string> = {};
  // One set of characters, filled text by text: never one string of all texts (3,000 plans are 90 MB).
  const han = new Set<string>();
  for (const text of typeof corpus === 'string' ? [corpus] : corpus) {
    for (const ch of text) if (!han.has(ch) && /\p{Script=Han}/u.test(ch)) han.add(ch);
  }
  for (const simplified of [...han].sort()) {
    for (const convert of toTraditional) {
      const traditional = convert(simplified);
      if ([...traditional].length !== 1 || traditional === simplified || table[traditional]) continue;
      if (toSimplified.some((back) => back(traditional) === simplified)) table[traditional] = simplified;
    }
  }
  return table;
}

/** The table for this site: every character of every seed (what the search page ships). */
export function siteT2STable(root = process.cwd()): T2S {
  const decoder = new TextDecoder('utf-8');
  const plans = loadSite(root).plans;
  return buildT2STable(
    (function* texts() {
      for (const plan of plans) yield decoder.decode(plan.bytes);
    })(),
  );
}
