/**
 * What a clause text is compared on: the instruments it names (editorial forms, see terms.ts)
 * and its 4-grams, with a mask of the characters that are boilerplate or an instrument's form:
 * a phrase two texts share counts only for what it has besides those (南大合成生物产业园 counts,
 * 加快推进生物医药产业高质量发展 does not; an instrument counts once, as the instrument).
 */
import type { RelatedTerms } from './terms.ts';

/** Only Han characters, letters and digits count: punctuation and spaces say nothing about a topic. */
export function normaliseForSimilarity(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '')
    .toUpperCase();
}

export const GRAM = 4;
/** A shared phrase needs this many characters outside boilerplate and instrument forms to count. */
export const MIN_OWN_CHARS = 2;

export interface TextFeatures {
  /** Indices into `terms.instruments` of the instruments the text names. */
  instruments: Set<number>;
  /** Its 4-grams (none with digits), each with the positions where it starts. */
  grams: Map<string, number[]>;
  /** Per character: 1 where boilerplate or an instrument's form covers it. */
  dull: Uint8Array;
}

/** Marks the characters of `text` covered by any of `words` (longest words need no priority: any cover counts). */
function coverage(text: string, words: readonly string[]): Uint8Array {
  const covered = new Uint8Array(text.length);
  for (const w of words) {
    for (let at = text.indexOf(w); at !== -1; at = text.indexOf(w, at + 1)) covered.fill(1, at, at + w.length);
  }
  return covered;
}

export class PhraseReader {
  private readonly boilerplate: string[];
  private readonly forms: Array<[string, number]>;

  constructor(terms: RelatedTerms) {
    this.boilerplate = terms.boilerplate;
    this.forms = terms.instruments.flatMap((inst, i) => inst.forms.map((f): [string, number] => [f, i]));
  }

  features(text: string): TextFeatures {
    const norm = normaliseForSimilarity(text);
    const instruments = new Set<number>();
    for (const [f, i] of this.forms) if (norm.includes(f)) instruments.add(i);
    const dull = coverage(norm, [...this.boilerplate, ...this.forms.map(([f]) => f)]);
    const grams = new Map<string, number[]>();
    for (let i = 0; i + GRAM <= norm.length; i++) {
      const gram = norm.slice(i, i + GRAM);
      // Numbers (years, sums) are shared by chance; an instrument with digits (科创30条) is a form.
      if (/[0-9]/u.test(gram)) continue;
      const at = grams.get(gram);
      if (at) at.push(i);
      else grams.set(gram, [i]);
    }
    return { instruments, grams, dull };
  }
}
