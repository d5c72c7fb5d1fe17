/**
 * The seeds converted for the command-line scripts (tuning, benchmark), straight from the
 * converter: plain `node` runs them, without the build's model loader (which also checks the
 * committed MDX and reads summaries, none of which the scripts need).
 */
import { convertAll, frontmatterOf, type PlanDocument } from '../model/document.ts';
import { listSeeds } from '../model/seeds.ts';
import { type PlanLevel } from '../contracts/levels.ts';

export function seedDocuments(root = process.cwd()): Array<{ doc: PlanDocument; level: PlanLevel }> {
  return convertAll(listSeeds(root)).map(({ doc }) => ({ doc, level: frontmatterOf(doc).level }));
}
