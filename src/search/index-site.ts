/**
 * Indexes the clause model with Pagefind's Node API — one record per clause (URL with the clause
 * anchor, exact filters per clause), plus each plan's notice, preamble, closing and summary — and
 * writes the index to `<outDir>/pagefind/`. The service is closed in `finally`.
 */
import * as pagefind from 'pagefind';
import { loadSite } from '../model/index.ts';
import { recordsFor } from './records.ts';

/** Target size of a Pagefind index chunk (Pagefind's own unit), chosen with `npm run bench:search`. */
export const INDEX_CHUNK_SIZE = 2500;

export async function indexSite(outputPath: string): Promise<{ records: number; ms: number }> {
  const started = performance.now();
  // Smaller index chunks: a query loads only the chunks holding its words, so the first search of
  // a visit downloads far less (≈110 KB instead of ≈180 KB, see README). The setting is marked
  // unstable by Pagefind 1.6; the benchmark shows if it stops working.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    let records = 0;
    // Records go to Pagefind's service a plan at a time, concurrently within the plan: one awaited
    // round trip per record made 6,595 records take 110 s.
    for (const plan of loadSite().plans) {
      const list = recordsFor(plan);
      const results = await Promise.all(list.map((record) => index.addCustomRecord(record)));
      results.forEach((added, i) => {
        if (added.errors.length > 0) throw new Error(`Pagefind rejected ${list[i]!.url}: ${added.errors.join('; ')}`);
      });
      records += list.length;
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return { records, ms: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}
