/**
 * `npm run convert`: regenerates `content/plans/*.mdx` from `seeds/*.txt`.
 * Deterministic: the same seeds always give the same bytes. Editorial data under
 * `content/summaries/` is never touched.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConversionError } from '../converter/errors.ts';
import { convertAll } from '../converter/pipeline.ts';

const root = new URL('../../', import.meta.url).pathname;
const seedDir = join(root, 'seeds');
const outDir = join(root, 'content', 'plans');

/** Seeds in a stable order (by file name). */
export function listSeeds(dir = seedDir): Array<{ file: string; bytes: Uint8Array }> {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ file: `seeds/${name}`, bytes: readFileSync(join(dir, name)) }));
}

function main(): void {
  const started = performance.now();
  let results;
  try {
    results = convertAll(listSeeds());
  } catch (error) {
    if (error instanceof ConversionError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const { doc, mdx } of results) {
    writeFileSync(join(outDir, `${doc.slug}.mdx`), mdx);
    for (const w of doc.warnings) console.warn(`${doc.source}:${w.line}: warning: ${w.message}`);
    console.log(
      `${doc.source} → content/plans/${doc.slug}.mdx: ${doc.stats.sourceLines} lines, ${doc.stats.paragraphs} paragraphs, ${doc.stats.headings} headings, ${doc.corrections.length} corrections`,
    );
  }
  console.log(`converted ${results.length} plans in ${Math.round(performance.now() - started)} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
