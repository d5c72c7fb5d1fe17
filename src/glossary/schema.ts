/**
 * The glossary's editorial data (`content/glossary.yaml`): abbreviations and terms of art the
 * plans use, each full form or meaning with its source — a line of a plan's original text, or a
 * named public source — and never guessed: a term without one says so on the page
 * (文本未载明全称 / 文本未载明定义). Errors name the file and line (src/editorial/read-yaml.ts);
 * quotes are checked against the seeds' lines (`checkGlossaryQuotes`).
 */
import { z } from 'astro/zod';
import { parseYamlData } from '../editorial/read-yaml.ts';

export const GLOSSARY_FILE = 'content/glossary.yaml';

/** A place in a plan's original text: the line the quote starts on (`/plans/<plan>/original/#L<line>`). */
const textPlace = z.object({
  /** The plan's slug (`seeds/<slug>.txt`). */
  plan: z.string().min(1),
  /** The line of the original the quote starts on (1-based, as the original page numbers it). */
  line: z.number().int().positive(),
  /** The words exactly as printed; may run on to the next non-empty line (the seeds are wrapped as printed). */
  quote: z.string().min(1),
});

/** A named public source other than the plans: its name, and its address when it has one. */
const publication = z.object({
  /** The publication or body, by name (e.g. the issuing office's website). */
  publication: z.string().min(2),
  /** Its address. */
  url: z.url().optional(),
});

const expansion = z.object({
  /** The full name or the spelled-out form, as the source writes it. */
  text: z.string().min(1),
  /** The district whose agency this is (区科委 of 宝山区), when the term is a district agency's. */
  district: z.string().min(2).optional(),
  /** Where it is stated: a plan line, or a named public source. */
  source: z.union([textPlace, publication]),
  /** How the source states it, for the page (editorial, one sentence). */
  note: z.string().min(4).optional(),
});

export const glossaryTermSchema = z.object({
  /** The anchor on /glossary/ (`#qu-kewei`): ASCII, stable, never renamed. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'lower-case ASCII words joined by -'),
  /** The term exactly as the plans write it; clause text links its first occurrence. */
  term: z.string().min(2),
  /** 机构简称 (an agency's short name) or 术语 (a term of art). */
  kind: z.enum(['机构简称', '术语']),
  /** Full forms or meanings with their sources; empty when no source states one. */
  expansions: z.array(expansion),
  /** Editorial note: what the texts say of it (and what they leave unstated). */
  note: z.string().min(4),
  /** Where the plans use it (at least one), so a reader can see it in context. */
  occurrences: z.array(textPlace).min(1),
});

export const glossaryFileSchema = z.object({
  /** The entries, in the order the page lists them. */
  terms: z.array(glossaryTermSchema).min(1),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type TextPlace = z.infer<typeof textPlace>;

/** Parses the file's text: schema errors at their line, then duplicate ids or terms. */
export function parseGlossary(text: string, file = GLOSSARY_FILE): GlossaryTerm[] {
  const { terms } = parseYamlData(text, file, glossaryFileSchema);
  for (const key of ['id', 'term'] as const) {
    const seen = new Set<string>();
    for (const entry of terms) {
      if (seen.has(entry[key])) throw new Error(`${file}: ${key} “${entry[key]}” is listed twice`);
      seen.add(entry[key]);
    }
  }
  return terms;
}

/** Whether `quote` starts on line `line` of `lines` (it may run on across the next two non-empty lines). */
export function quoteOnLine(lines: readonly string[], line: number, quote: string): boolean {
  const own = lines[line - 1];
  if (own === undefined) return false;
  const following = lines
    .slice(line, line + 6)
    .filter((l) => l.trim() !== '')
    .slice(0, 2);
  const joined = [own, ...following].map((l) => l.trim()).join('');
  const at = joined.indexOf(quote);
  return at >= 0 && at < own.trim().length;
}

/** Every cited place must hold its quote: throws naming the entry, the plan and the line. */
export function checkGlossaryQuotes(terms: readonly GlossaryTerm[], linesOf: (plan: string) => readonly string[] | undefined, file = GLOSSARY_FILE): void {
  const places = terms.flatMap((t) => [
    ...t.expansions.flatMap((e) => ('plan' in e.source ? [{ term: t.term, place: e.source }] : [])),
    ...t.occurrences.map((place) => ({ term: t.term, place })),
  ]);
  for (const { term, place } of places) {
    const lines = linesOf(place.plan);
    if (!lines) throw new Error(`${file}: ${term}: no plan “${place.plan}” (seeds/<slug>.txt)`);
    if (!quoteOnLine(lines, place.line, place.quote))
      throw new Error(`${file}: ${term}: seeds/${place.plan}.txt line ${place.line} does not hold “${place.quote}”`);
  }
}
