/**
 * The editorial vocabulary of related clauses (content/related/terms.yaml): the named programmes
 * and instruments that make two clauses the same measure, and the boilerplate words that never
 * do. Loaded and validated once per build; errors name the file and line.
 */
import { z } from 'astro/zod';
import { readYamlData } from '../editorial/read-yaml.ts';

export const RELATED_TERMS_FILE = 'content/related/terms.yaml';

/** As the text stands once spaces and punctuation are dropped (`normaliseForSimilarity`). */
const form = z
  .string()
  .min(2)
  .max(16)
  .regex(/^[\p{Script=Han}A-Z0-9]+$/u, 'Han characters, capital letters and digits only');

export const relatedTermsSchema = z.object({
  /** One entry per instrument; a clause naming any of its forms names the instrument. */
  instruments: z
    .array(
      z.object({
        name: z.string().min(2),
        forms: z.array(form).min(1),
        /** Why these forms are one instrument, when that is not plain from the forms. */
        note: z.string().min(4).optional(),
      }),
    )
    .min(1),
  /** Words every plan repeats; wording made only of these is not a shared phrase. */
  boilerplate: z.array(z.string().regex(/^\p{Script=Han}+$/u)).min(1),
});

export type RelatedTerms = z.infer<typeof relatedTermsSchema>;

export function loadRelatedTerms(root = process.cwd()): RelatedTerms {
  const terms = readYamlData(root, RELATED_TERMS_FILE, relatedTermsSchema);
  const seen = new Map<string, string>();
  for (const { name, forms } of terms.instruments) {
    for (const f of forms) {
      const other = seen.get(f);
      if (other !== undefined) throw new Error(`${RELATED_TERMS_FILE}: “${f}” is a form of both ${other} and ${name}`);
      seen.set(f, name);
    }
  }
  return terms;
}
