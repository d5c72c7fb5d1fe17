/**
 * The plan-level search index (src/search/plan-level.ts, plan-search.ts), as the build writes it for
 * many plans: the five plans indexed one record a plan (three bundles), checking two plans at a time.
 * Once the reader has asked for every plan found, the page must show exactly what the built site's
 * clause-level index shows — status, plan groups and counts, facets, clauses, partial matches —
 * and before that say how far its counts reach, having read only the plans it checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { loadSite } from '../../src/model/index.ts';
import { recordsFor } from '../../src/search/records.ts';
import { useReindexedSite } from './reindexed-site.ts';
import { searchView } from './search-outcome.ts';

// Concurrent: each test has its own page and mostly waits (search, fetches, layout), so a few
// run at once. Each asserts with its own `expect` (from its test context).
describe.concurrent('search over a plan-level index', () => {
  const site = useReindexedSite('portal-plan-level-', { level: 'plan', plansPerBundle: 2, plansPerCheck: 2 });

  it('writes one file of records per plan, named by its Pagefind id, and says so in the manifest', ({ expect }) => {
    expect(JSON.parse(readFileSync(join(site.dir, 'pagefind/bundles.json'), 'utf8'))).toEqual({
      level: 'plan',
      bundles: ['bundle-1/', 'bundle-2/'],
      plansPerCheck: 2,
    });
    const files = readdirSync(join(site.dir, 'pagefind/plans')).sort();
    expect(files).toHaveLength(5);
    const written = files.map((f) => (JSON.parse(readFileSync(join(site.dir, 'pagefind/plans', f), 'utf8')) as { records: Array<{ url: string }> }).records);
    const expected = loadSite().plans.map((plan) => recordsFor(plan).map(({ language: _language, ...record }) => record));
    expect(written.map((records) => records[0]!.url).sort()).toEqual(expected.map((records) => records[0]!.url).sort());
    for (const records of written) expect(records).toEqual(expected.find((e) => e[0]!.url === records[0]!.url));
    // Every file is a fragment id of one of the bundles.
    const fragments = ['', 'bundle-1/', 'bundle-2/'].flatMap((b) =>
      readdirSync(join(site.dir, 'pagefind', b, 'fragment')).map((f) => f.replace(/\.pf_fragment$/u, '.json')),
    );
    expect(fragments.sort()).toEqual(files);
  });

  it.for(['生物医药', '区科委', '物产业园', '人才 公寓', '公寓人才', '"合成生物"', '宝科', '人才 龘龘'])(
    'finds the same for %s as the clause-level index',
    { timeout: 60_000 },
    async (query, { expect }) => {
      const context = await site.browser.newContext();
      try {
        const page = await context.newPage();
        const fromPlans = await searchView(page, site.reindexed.url, query);
        const fromClauses = await searchView(page, site.built.url, query);
        expect(fromPlans).toEqual(fromClauses);
        expect(fromClauses.status).not.toBe('');
      } finally {
        await context.close();
      }
    },
  );

  it.for<[query: string, extra: string]>([
    ['生物医药', '&district=金山区'],
    ['区科委', '&part=任务&level=区级'],
    ['人才', '&plan=宝山合成生物三年行动计划'],
  ])('finds the same for %s with %s chosen', { timeout: 60_000 }, async ([query, extra], { expect }) => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      const fromPlans = await searchView(page, site.reindexed.url, query, extra);
      const fromClauses = await searchView(page, site.built.url, query, extra);
      expect(fromPlans).toEqual(fromClauses);
      expect(fromClauses.groups.length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('checks two plans at first, says how far its counts reach, and checks more on request', async ({ expect }) => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      const planFiles: string[] = [];
      page.on('request', (r) => {
        const path = new URL(r.url()).pathname;
        if (path.startsWith('/pagefind/plans/')) planFiles.push(path);
      });
      await page.goto(`${site.reindexed.url}/search/?q=${encodeURIComponent('生物医药')}`);
      await page.waitForFunction(() => Number(document.getElementById('search-results')?.dataset.searches ?? 0) > 0, null, { timeout: 20_000 });
      expect(await page.locator('#search-status').textContent()).toMatch(/按词索引，[3-5] 份规划可能含有检索词；已逐条核对其中 2 份，以上计数只含这些规划。$/u);
      expect(planFiles).toHaveLength(2);
      expect(await page.locator('.plan-group').count()).toBeLessThanOrEqual(2);
      const button = page.locator('#search-check-more');
      expect(await button.textContent()).toMatch(/^核对更多规划（还有 [1-3] 份）$/u);
      await button.click();
      await page.waitForFunction(() => Number(document.getElementById('search-results')?.dataset.searches ?? 0) > 1, null, { timeout: 20_000 });
      // The two plans read first are not read again.
      expect(new Set(planFiles).size).toBe(planFiles.length);
      expect(planFiles.length).toBeGreaterThanOrEqual(3);
      expect(planFiles.length).toBeLessThanOrEqual(4);
      // A choice of plans is checked first: the Jinshan plan shows on the first screen.
      await page.goto(`${site.reindexed.url}/search/?q=${encodeURIComponent('生物医药')}&district=${encodeURIComponent('金山区')}`);
      await page.waitForFunction(() => Number(document.getElementById('search-results')?.dataset.searches ?? 0) > 0, null, { timeout: 20_000 });
      expect(await page.locator('.plan-group').evaluateAll((groups) => groups.map((g) => (g as HTMLElement).dataset.plan))).toEqual([
        '金山生物制造产业实施意见',
      ]);
    } finally {
      await context.close();
    }
  });
});
