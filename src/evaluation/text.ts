/**
 * Text kept: every sentence of the document's true text (its lines the converter dropped and
 * listed taken out) appears in what the page prints, in order. White space and character width
 * are folded on both sides, as the built-site fidelity test does.
 */
import type { Tally } from './score.ts';

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '').replace(/\*\*/gu, '');

export function sentences(text: string): string[] {
  return (text.match(/[^。！？；]+[。！？；]?/gu) ?? []).map(fold).filter((s) => s.length >= 2);
}

/** How many sentences of `truth` the `page` holds in order. */
export function textKept(truth: string, page: string, dropped: ReadonlySet<number> = new Set()): Tally & { missing: string[] } {
  const lines = truth.replace(/^\ufeff/u, '').split(/\r\n|\n|\r/u);
  const wanted = sentences(lines.filter((_, i) => !dropped.has(i + 1)).join('\n'));
  const haystack = fold(page);
  let from = 0;
  const missing: string[] = [];
  let correct = 0;
  for (const sentence of wanted) {
    const at = haystack.indexOf(sentence, from);
    if (at < 0) missing.push(sentence);
    else {
      correct++;
      from = at + sentence.length;
    }
  }
  return { expected: wanted.length, found: wanted.length, correct, missing };
}
