/**
 * Editorial summaries (`content/summaries/<slug>.yaml`, written by people, never touched by
 * regeneration), read once per build. A plan without one is fine (a new plan's summary comes
 * later); a summary that does not validate, or that names no plan of the site, stops the build
 * and says which file and field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { summarySchema, type Summary } from '../schemas/plan.ts';

export const SUMMARIES_DIR = 'content/summaries';

export function loadSummaries(root: string, slugs: ReadonlySet<string>): Map<string, Summary> {
  const dir = join(root, SUMMARIES_DIR);
  const summaries = new Map<string, Summary>();
  if (!existsSync(dir)) return summaries;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const file = `${SUMMARIES_DIR}/${name}`;
    let data: unknown;
    try {
      data = parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
    }
    const parsed = summarySchema.safeParse(data);
    if (!parsed.success) throw new Error(`${file}: does not match the summary schema:\n${z.prettifyError(parsed.error)}`);
    const slug = name.slice(0, -'.yaml'.length);
    if (parsed.data.plan !== slug) throw new Error(`${file}: plan is "${parsed.data.plan}", expected "${slug}" (the file name)`);
    if (!slugs.has(slug)) throw new Error(`${file}: there is no seed for plan "${slug}" (seeds/${slug}.txt)`);
    summaries.set(slug, parsed.data);
  }
  return summaries;
}
