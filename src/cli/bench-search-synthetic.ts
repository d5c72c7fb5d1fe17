/**
 * The search page with 3,000 plans: a copy of the built site whose Pagefind index holds the
 * real records plus synthetic plans, each made of a few real clauses under a plan name of its
 * own. Broad terms then occur in thousands of plans; the benchmark checks that the page stays
 * bounded (plan groups paged, facet values capped) and prints how long it takes and how big
 * the page gets. Used by `npm run bench:search` (set BENCH_SYNTHETIC_PLANS=0 to skip).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { writeBundles } from '../search/index-site.ts';
import type { SearchRecord } from '../search/records.ts';
import { serveStatic } from '../tooling/static-server.ts';

/** Clauses per synthetic plan. */
const CLAUSES_PER_PLAN = 5;

/** A copy of `dist` with an index of the real records and `plans` synthetic plans; remove it when done. */
export async function buildSyntheticSite(dist: string, records: SearchRecord[], plans: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'portal-synthetic-'));
  cpSync(dist, dir, { recursive: true, filter: (src) => !src.startsWith(join(dist, 'pagefind')) });
  const clauses = records.filter((r) => r.meta.kind === '条款');
  let seed = 20_261_201;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  // The site's own indexing (same chunk size), fed the real records and then each synthetic plan,
  // as one bundle.
  await writeBundles(join(dir, 'pagefind'), [
    (function* batches() {
      yield records;
      for (let i = 1; i <= plans; i++) {
        const name = `测试规划${String(i).padStart(4, '0')}`;
        yield Array.from({ length: CLAUSES_PER_PLAN }, (_, k) => {
          const clause = clauses[next() % clauses.length]!;
          return {
            ...clause,
            url: `/plans/synthetic-${i}/#c${k}`,
            meta: { ...clause.meta, planShort: name, title: name },
            filters: { ...clause.filters, plan: [name] },
          };
        });
      }
    })(),
  ]);
  return dir;
}

/** Searches the synthetic site for broad terms and prints time, plan groups and page size. */
export async function benchSynthetic(browser: Browser, dist: string, records: SearchRecord[], plans: number, queries: string[]): Promise<void> {
  const started = performance.now();
  const dir = await buildSyntheticSite(dist, records, plans);
  console.log(
    `synthetic site: ${plans} extra plans of ${CLAUSES_PER_PLAN} real clauses each, indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const site = await serveStatic(join(dir, '/'));
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
        await page.goto(`${site.url}/search/`);
        await page.waitForLoadState('networkidle');
        await page.fill('#search-q', query);
        await page.waitForFunction(() => Number(document.getElementById('search-results')?.dataset.searches ?? 0) > 0, null, { timeout: 120_000 });
        const first = await page.evaluate(() => ({
          ms: Number(document.getElementById('search-results')!.dataset.searchMs),
          firstMs: Number(document.getElementById('search-results')!.dataset.firstMs),
          status: document.getElementById('search-status')?.textContent ?? '',
          groups: document.querySelectorAll('.plan-group').length,
          facetValues: document.querySelectorAll('#search-facets input').length,
          elements: document.getElementsByTagName('*').length,
        }));
        const moreStarted = performance.now();
        let more = -1;
        if (await page.isVisible('#search-more')) {
          await page.click('#search-more');
          // Until the next plans' best hits are filled in, not just their names.
          await page.waitForFunction(
            (n) => document.querySelectorAll('.plan-group').length > n && document.querySelectorAll('.plan-group > ol[aria-busy]').length === 0,
            first.groups,
            { timeout: 300_000 },
          );
          more = Math.round(performance.now() - moreStarted);
        }
        console.log(
          `  “${query}”: status and first plan's hits in ${first.firstMs} ms, first screen (${first.groups} plans) in ${first.ms} ms; ${first.status.split('。')[0]}; ${first.facetValues} facet values, ${first.elements} elements on the page; next 20 plans filled in ${more < 0 ? '—' : `${more} ms`}`,
        );
      } finally {
        await context.close();
      }
    }
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
