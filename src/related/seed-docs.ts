/**
 * The seeds converted for the command-line scripts (tuning, benchmark), straight from the
 * converter: plain `node` runs them, without the build's model loader (which also checks the
 * committed MDX and reads summaries, none of which the scripts need).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertAll, frontmatterOf, type PlanDocument } from '../model/document.ts';
import { type PlanLevel } from '../contracts/levels.ts';

export function seedDocuments(root = process.cwd()): Array<{ doc: PlanDocument; level: PlanLevel }> {
  const dir = join(root, 'seeds');
  const seeds = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ file: `seeds/${name}`, bytes: readFileSync(join(dir, name)) }));
  return convertAll(seeds).map(({ doc }) => ({ doc, level: frontmatterOf(doc).level }));
}
