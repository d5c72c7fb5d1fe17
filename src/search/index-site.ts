/**
 * Indexes the clause model with Pagefind's Node API — one record per clause (URL with the clause
 * anchor, exact filters per clause), plus each plan's notice, preamble, closing and summary — and
 * writes the index to `<outDir>/pagefind/`. The service is closed in `finally`.
 */
import * as pagefind from 'pagefind';
import { loadSite } from '../model/index.ts';
import { recordsFor, type SearchRecord } from './records.ts';

/** Target size of a Pagefind index chunk (Pagefind's own unit), chosen with `npm run bench:search`. */
export const INDEX_CHUNK_SIZE = 2500;

/**
 * Writes a Pagefind index of the given records to `outputPath`, a batch at a time (each batch
 * sent concurrently: one awaited round trip per record made 6,595 records take 110 s).
 */
export async function writeIndex(outputPath: string, batches: Iterable<SearchRecord[]>): Promise<number> {
  // Smaller index chunks: a query loads only the chunks holding its words, so the first search of
  // a visit downloads far less (≈110 KB instead of ≈180 KB, see README). The setting is marked
  // unstable by Pagefind 1.6; the benchmark shows if it stops working.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
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

/** The site's index: every plan's records, a plan at a time (records are made as they are sent). */
export async function indexSite(outputPath: string): Promise<{ records: number; ms: number }> {
  const started = performance.now();
  const plans = loadSite().plans;
  const records = await writeIndex(
    outputPath,
    (function* perPlan() {
      for (const plan of plans) yield recordsFor(plan);
    })(),
  );
  return { records, ms: Math.round(performance.now() - started) };
}
