/**
 * Indexes the clause model with Pagefind's Node API and writes the index to `<outDir>/pagefind/`,
 * as bundles that the search page merges (see bundles.ts). Up to `CLAUSE_LEVEL_MAX_PLANS` plans,
 * one record per clause (URL with the clause anchor, exact filters per clause), plus each plan's
 * notice, preamble, closing and summary; above it, one record per plan and a file of each plan's
 * records (plan-level.ts). `bundles.json` says which.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { loadSite } from '../model/index.ts';
import { BUNDLE_FILES, BUNDLE_MANIFEST, bundleDir, PLANS_PER_BUNDLE, PLAN_LEVEL_PLANS_PER_BUNDLE, splitIntoBundles, type IndexManifest } from './bundles.ts';
import { CLAUSE_LEVEL_MAX_PLANS, planRecord, PLANS_PER_CHECK, writePlanFiles } from './plan-level.ts';
import { recordsFor, type SearchRecord } from './records.ts';

/** Target size of a Pagefind index chunk (Pagefind's own unit), chosen with `npm run bench:search`. */
export const INDEX_CHUNK_SIZE = 2500;
/**
 * The same for a plan-level index (plan-level.ts), chosen with `npm run bench:build`: its records are
 * whole plans, so small chunks made a long chunk list in every bundle's metadata (124 KB of a first
 * search at 3,000 plans with 2,500; 38 KB with 20,000, the words' chunks 5 → 8 KB).
 */
export const PLAN_LEVEL_INDEX_CHUNK_SIZE = 20_000;

/**
 * Writes a Pagefind index of the given records to `outputPath`, a batch at a time (each batch
 * sent concurrently: one awaited round trip per record made 6,595 records take 110 s). The
 * indexer is closed when done, so each call runs a fresh one.
 */
export async function writeIndex(outputPath: string, batches: Iterable<SearchRecord[]>, chunkSize = INDEX_CHUNK_SIZE): Promise<number> {
  // Smaller index chunks: a query loads only the chunks holding its words, so the first search of
  // a visit downloads far less (≈110 KB instead of ≈180 KB, see README). The setting is marked
  // unstable by Pagefind 1.6; the benchmark shows if it stops working. Each call starts its own
  // Pagefind process, which reads it from the environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(chunkSize);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    let records = 0;
    for (const batch of batches) {
      const results = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
      results.forEach((added, i) => {
        if (added.errors.length > 0) throw new Error(`Pagefind rejected ${batch[i]!.url}: ${added.errors.join('; ')}`);
      });
      records += batch.length;
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return records;
  } finally {
    await pagefind.close();
  }
}

export interface IndexedSite {
  records: number;
  bundles: number;
  level: IndexManifest['level'];
  ms: number;
}

/**
 * Writes an index of several bundles to `outputPath` (emptied first), each by its own indexer
 * run. The first bundle is Pagefind's usual folder (with its script and WebAssembly); the others
 * keep only their index files, and `bundles.json` lists them for the search page.
 */
export async function writeBundles(
  outputPath: string,
  bundles: Iterable<Iterable<SearchRecord[]>>,
  manifest: Omit<IndexManifest, 'bundles'> = { level: 'clause' },
): Promise<Omit<IndexedSite, 'ms'>> {
  rmSync(outputPath, { recursive: true, force: true });
  let records = 0;
  let count = 0;
  for (const batches of bundles) {
    const dir = join(outputPath, bundleDir(count));
    records += await writeIndex(dir, batches, manifest.level === 'plan' ? PLAN_LEVEL_INDEX_CHUNK_SIZE : INDEX_CHUNK_SIZE);
    // A merged bundle is read by the first bundle's script and WebAssembly: drop its own copies.
    if (count > 0) for (const entry of readdirSync(dir)) if (!BUNDLE_FILES.test(entry)) rmSync(join(dir, entry), { recursive: true });
    count++;
  }
  const merged = Array.from({ length: Math.max(count - 1, 0) }, (_, i) => bundleDir(i + 1));
  const written: IndexManifest = { ...manifest, bundles: merged };
  writeFileSync(join(outputPath, BUNDLE_MANIFEST), `${JSON.stringify(written)}\n`);
  return { records, bundles: count, level: manifest.level };
}

export interface IndexOptions {
  /** Plans per bundle (default: by level, bundles.ts). */
  plansPerBundle?: number;
  /** Clause or plan level (default: plan level above `CLAUSE_LEVEL_MAX_PLANS` plans). */
  level?: IndexManifest['level'];
  /** At plan level, the plans a search checks at first and at each request for more. */
  plansPerCheck?: number;
}

/** The site's index: the plans in bundles (in the model's order), a plan's records made as they are sent. */
export async function indexSite(outputPath: string, options: IndexOptions = {}): Promise<IndexedSite> {
  const started = performance.now();
  const { plans } = loadSite();
  const level = options.level ?? (plans.length > CLAUSE_LEVEL_MAX_PLANS ? 'plan' : 'clause');
  const bundles = splitIntoBundles(plans, options.plansPerBundle ?? (level === 'plan' ? PLAN_LEVEL_PLANS_PER_BUNDLE : PLANS_PER_BUNDLE));
  if (level === 'clause') {
    const written = await writeBundles(
      outputPath,
      bundles.map((inBundle) =>
        (function* perPlan() {
          for (const plan of inBundle) yield recordsFor(plan);
        })(),
      ),
    );
    return { ...written, ms: Math.round(performance.now() - started) };
  }
  const written = await writeBundles(
    outputPath,
    // Made as each bundle is written: one bundle's plan texts in memory at a time.
    bundles.map((inBundle) =>
      (function* perBundle() {
        yield inBundle.map((plan) => planRecord(plan));
      })(),
    ),
    { level, plansPerCheck: options.plansPerCheck ?? PLANS_PER_CHECK },
  );
  writePlanFiles(outputPath, bundles, recordsFor);
  return { ...written, ms: Math.round(performance.now() - started) };
}
