/**
 * The gazetteer's editorial data: `content/places/*.yaml`, validated by `src/schemas/places.ts`,
 * read once per process. Errors name the file, the line and the field (`editorial/read-yaml.ts`).
 */
import { join } from 'node:path';
import { readYamlData } from '../editorial/read-yaml.ts';
import type { z } from 'astro/zod';
import { layoutsFileSchema, notMappedFileSchema, placesFileSchema, type Layout, type NotMappedFile, type Place } from '../schemas/places.ts';

export const PLACES_DIR = 'content/places';
export const DISTRICTS_URL_PATH = '/geo/shanghai-districts.json';

export interface Gazetteer {
  places: Place[];
  layouts: Layout[];
  notMapped: NotMappedFile;
}

/** Reads one YAML data file and validates it; errors name the file, the line and the field. */
function readDataFile<T extends z.ZodType>(root: string, name: string, schema: T): z.infer<T> {
  return readYamlData(root, join(PLACES_DIR, name), schema);
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
