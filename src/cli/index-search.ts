/**
 * `npm run build`'s second step: the search index, in its own process after `astro build` has
 * exited, so the build's peak memory is the larger of the two steps rather than their sum
 * (1,005 plans: 5.9 GB when Pagefind ran inside Astro's process). Reads the model like every
 * page; writes `<OUT_DIR or dist>/pagefind/`. `SEARCH_PLANS_PER_BUNDLE` overrides the bundle size
 * (to weigh memory against first-search bytes with `npm run bench:build`).
 */
import { join } from 'node:path';
import { PLANS_PER_BUNDLE } from '../search/bundles.ts';
import { indexSite } from '../search/index-site.ts';

const outDir = join(process.cwd(), process.env.OUT_DIR ?? 'dist', 'pagefind');
const perBundle = Number(process.env.SEARCH_PLANS_PER_BUNDLE ?? PLANS_PER_BUNDLE);
const { records, bundles, ms } = await indexSite(outDir, perBundle);
console.log(`[portal:pagefind] indexed ${records} records in ${bundles} bundle(s) in ${ms} ms → ${outDir}`);
