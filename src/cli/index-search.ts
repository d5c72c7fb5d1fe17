/**
 * `npm run build`'s second step: the search index, in its own process after `astro build` has
 * exited, so the build's peak memory is the larger of the two steps rather than their sum
 * (1,005 plans: 5.9 GB when Pagefind ran inside Astro's process). Reads the model like every
 * page; writes `<OUT_DIR or dist>/pagefind/`. `SEARCH_LEVEL` (clause or plan) overrides the level
 * the number of plans chooses, `SEARCH_PLANS_PER_BUNDLE` the bundle size (to weigh memory against
 * first-search bytes with `npm run bench:build`).
 */
import { join } from 'node:path';
import { indexSite, type IndexOptions } from '../search/index-site.ts';

const outDir = join(process.cwd(), process.env.OUT_DIR ?? 'dist', 'pagefind');
const level = process.env.SEARCH_LEVEL;
if (level !== undefined && level !== 'clause' && level !== 'plan') throw new Error(`SEARCH_LEVEL must be clause or plan, got ${level}`);
const perBundle = process.env.SEARCH_PLANS_PER_BUNDLE;
const options: IndexOptions = { ...(level ? { level } : {}), ...(perBundle ? { plansPerBundle: Number(perBundle) } : {}) };
const written = await indexSite(outDir, options);
console.log(`[portal:pagefind] indexed ${written.records} ${written.level}-level records in ${written.bundles} bundle(s) in ${written.ms} ms → ${outDir}`);
