/**
 * Editorial successor data (`content/successors.yaml`): for a plan, the document that followed it,
 * with where that is stated. Written by people and never guessed: a plan absent from the file, or
 * listed with `successor: null`, has none that the portal holds ("本站未收录后续文件").
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parseYamlData, readYamlData } from '../editorial/read-yaml.ts';

export const SUCCESSORS_FILE = 'content/successors.yaml';

/** The file's schema; `slugs` are the plans of the site, so an unknown plan is an error at its line. */
export function successorsSchema(slugs: ReadonlySet<string>) {
  const successor = z.object({
    /** The successor's title as it is printed. */
    title: z.string().min(1),
    /** Its 文号, when it has one. */
    docNumber: z.string().min(1).optional(),
    /** Where the successor is stated: a URL of the issuing office or a cited publication. Required: no source, no successor. */
    source: z.string().min(1),
  });
  return z.object({
    successors: z.array(
      z.object({
        /** The plan's slug (`seeds/<slug>.txt`). */
        plan: z.string().refine((slug) => slugs.has(slug), { message: 'no plan of the site has this slug (seeds/<slug>.txt)' }),
        /** The named successor, or null: checked, none held. */
        successor: successor.nullable(),
      }),
    ),
  });
}

export type Successor = NonNullable<z.infer<ReturnType<typeof successorsSchema>>['successors'][number]['successor']>;

function toMap(data: z.infer<ReturnType<typeof successorsSchema>>, file: string): Map<string, Successor | null> {
  const map = new Map<string, Successor | null>();
  for (const entry of data.successors) {
    if (map.has(entry.plan)) throw new Error(`${file}: plan "${entry.plan}" is listed twice`);
    map.set(entry.plan, entry.successor);
  }
  return map;
}

/** As `loadSuccessors`, from text (tests feed broken files through this). */
export function parseSuccessors(text: string, file: string, slugs: ReadonlySet<string>): Map<string, Successor | null> {
  return toMap(parseYamlData(text, file, successorsSchema(slugs)), file);
}

/** The successors by plan slug; an absent file means none is held for any plan. */
export function loadSuccessors(root: string, slugs: ReadonlySet<string>): Map<string, Successor | null> {
  if (!existsSync(join(root, SUCCESSORS_FILE))) return new Map();
  return toMap(readYamlData(root, SUCCESSORS_FILE, successorsSchema(slugs)), SUCCESSORS_FILE);
}
