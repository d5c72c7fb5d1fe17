/**
 * Editorial summaries (`content/summaries/<slug>.yaml`, written by people, never touched by
 * regeneration), read once per build. A plan without one is fine (a new plan's summary comes
 * later); a summary that does not validate, or that names no plan of the site, stops the build
 * and says which file and field.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlData } from '../editorial/read-yaml.ts';
import { summarySchema, type Summary } from '../schemas/plan.ts';

export const SUMMARIES_DIR = 'content/summaries';

export function loadSummaries(root: string, slugs: ReadonlySet<string>): Map<string, Summary> {
  const dir = join(root, SUMMARIES_DIR);
  const summaries = new Map<string, Summary>();
  if (!existsSync(dir)) return summaries;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const file = `${SUMMARIES_DIR}/${name}`;
    const summary = readYamlData(root, file, summarySchema);
    const slug = name.slice(0, -'.yaml'.length);
    if (summary.plan !== slug) throw new Error(`${file}: plan is "${summary.plan}", expected "${slug}" (the file name)`);
    if (!slugs.has(slug)) throw new Error(`${file}: there is no seed for plan "${slug}" (seeds/${slug}.txt)`);
    summaries.set(slug, summary);
  }
  return summaries;
}
