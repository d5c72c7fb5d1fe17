/**
 * `npm run convert [-- --strict]`: regenerates `content/plans/*.mdx` from `seeds/*.txt`
 * (`--strict` refuses a source's numbering defects instead of listing them under 待核对).
 * Deterministic: the same seeds always give the same bytes. Editorial data under
 * `content/summaries/` is never touched. `seeds/originals/` (the files plans were imported
 * from, see add-plan) is a folder, not a seed: only `seeds/*.txt` are read.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConversionError } from '../converter/errors.ts';
import { convertAll } from '../converter/pipeline.ts';
import type { PlanDocument } from '../converter/types.ts';
import { listSeeds } from '../model/seeds.ts';

const root = new URL('../../', import.meta.url).pathname;

/** Rewrites `content/plans/` with exactly these pages (add-plan writes its pages with it too). */
export function writePages(root: string, results: Array<{ doc: PlanDocument; mdx: string }>): void {
  const plansDir = join(root, 'content', 'plans');
  rmSync(plansDir, { recursive: true, force: true });
  mkdirSync(plansDir, { recursive: true });
  for (const { doc, mdx } of results) writeFileSync(join(plansDir, `${doc.slug}.mdx`), mdx);
}

/**
 * Converts every seed of the project at `root` and, only when all of them convert, rewrites
 * `content/plans/` with their pages (a ConversionError leaves it untouched).
 */
export function convertProject(root: string, options: { strict?: boolean } = {}): Array<{ doc: PlanDocument; mdx: string }> {
  const results = convertAll(listSeeds(root), options);
  writePages(root, results);
  return results;
}

function main(): void {
  const started = performance.now();
  let results;
  try {
    // --strict: a numbering defect of a source refuses the conversion instead of being listed.
    results = convertProject(root, { strict: process.argv.includes('--strict') });
  } catch (error) {
    if (error instanceof ConversionError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  for (const { doc } of results) {
    for (const w of doc.warnings) console.warn(`${doc.source}:${w.line}: warning: ${w.message}`);
    console.log(
      `${doc.source} → content/plans/${doc.slug}.mdx: ${doc.stats.sourceLines} lines, ${doc.stats.paragraphs} paragraphs, ${doc.stats.headings} headings, ${doc.corrections.length} corrections`,
    );
  }
  console.log(`converted ${results.length} plans in ${Math.round(performance.now() - started)} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
