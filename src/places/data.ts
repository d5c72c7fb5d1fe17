/**
 * The gazetteer's editorial data: `content/places/*.yaml`, validated by `src/schemas/places.ts`,
 * read once per process. Errors name the file and the offending entry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { layoutsFileSchema, notMappedFileSchema, placesFileSchema, type Layout, type NotMappedFile, type Place } from '../schemas/places.ts';

export const PLACES_DIR = 'content/places';
export const DISTRICTS_URL_PATH = '/geo/shanghai-districts.json';

export interface Gazetteer {
  places: Place[];
  layouts: Layout[];
  notMapped: NotMappedFile;
}

/** Reads one YAML data file and validates it; errors name the file and the offending entry. */
function readDataFile<T extends z.ZodType>(root: string, name: string, schema: T): z.infer<T> {
  const path = join(PLACES_DIR, name);
  let data: unknown;
  try {
    data = parseYaml(readFileSync(join(root, path), 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read YAML: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const describe = (issue: z.core.$ZodIssue) => {
    const [list, index, ...rest] = issue.path;
    const entry =
      typeof index === 'number' ? ((data as Record<string, unknown[]>)[String(list)]?.[index] as { id?: string; term?: string } | undefined) : undefined;
    const label = entry ? `${String(list)}[${String(index)}] (${entry.id ?? entry.term ?? '?'})` : issue.path.slice(0, 2).map(String).join('.');
    return `${path}: ${label}${rest.length ? ` field ${rest.map(String).join('.')}` : ''}: ${issue.message}`;
  };
  throw new Error(parsed.error.issues.map(describe).join('\n'));
}

let cached: Gazetteer | undefined;

/** The three data files, validated (once per process). */
export function loadGazetteer(root = process.cwd()): Gazetteer {
  if (cached && root === process.cwd()) return cached;
  const gazetteer = {
    places: readDataFile(root, 'places.yaml', placesFileSchema).places,
    layouts: readDataFile(root, 'layouts.yaml', layoutsFileSchema).layouts,
    notMapped: readDataFile(root, 'not-mapped.yaml', notMappedFileSchema),
  };
  if (root === process.cwd()) cached = gazetteer;
  return gazetteer;
}
