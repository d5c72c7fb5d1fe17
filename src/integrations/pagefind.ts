/**
 * Astro integration: after the build, index the site with Pagefind's Node API — one record
 * per clause (URL with the clause anchor, exact filters per clause), plus summaries and
 * originals — and write the index to `dist/pagefind/`. The service is closed in `finally`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { loadSite } from '../model/index.ts';
import { recordsFor } from '../search/records.ts';

/** Target size of a Pagefind index chunk (Pagefind's own unit), chosen with `npm run bench:search`. */
const INDEX_CHUNK_SIZE = 2500;

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'portal:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        logger.info('indexing the clause model with Pagefind');
        // Smaller index chunks: a query loads only the chunks holding its words, so the first
        // search of a visit downloads far less (≈110 KB instead of ≈180 KB, see README). The
        // setting is marked unstable by Pagefind 1.6; the benchmark shows if it stops working.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          let count = 0;
          // Records go to Pagefind's service a plan at a time, concurrently within the plan:
          // one awaited round trip per record made 6,595 records take 110 s.
          for (const plan of loadSite().plans) {
            const records = recordsFor(plan);
            const results = await Promise.all(records.map((record) => index.addCustomRecord(record)));
            results.forEach((added, i) => {
              if (added.errors.length > 0) throw new Error(`Pagefind rejected ${records[i]!.url}: ${added.errors.join('; ')}`);
            });
            count += records.length;
          }
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${count} records in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
