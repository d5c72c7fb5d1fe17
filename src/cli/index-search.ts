/**
 * `npm run build`'s second step: the search index, in its own process after `astro build` has
 * exited, so the build's peak memory is the larger of the two steps rather than their sum
 * (1,005 plans: 5.9 GB when Pagefind ran inside Astro's process). Reads the model like every
 * page; writes `<OUT_DIR or dist>/pagefind/`.
 */
import { join } from 'node:path';
import { indexSite } from '../search/index-site.ts';

const outDir = join(process.cwd(), process.env.OUT_DIR ?? 'dist', 'pagefind');
const { records, ms } = await indexSite(outDir);
console.log(`[portal:pagefind] indexed ${records} records in ${ms} ms → ${outDir}`);
