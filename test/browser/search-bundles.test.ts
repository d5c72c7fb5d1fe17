/**
 * The search index in several Pagefind bundles (src/search/bundles.ts), as the build writes it
 * for many plans: the five plans indexed two to a bundle (three bundles, merged in the browser)
 * must give the reader exactly what the built site's single bundle gives — the same status line,
 * plan groups and counts, facets, clauses in every group and partial matches. 人才 公寓 and
 * 公寓人才 have a word (公寓) that one bundle lacks, which Pagefind would otherwise leave out there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { useReindexedSite } from './reindexed-site.ts';
import { searchView } from './search-outcome.ts';
import { distDir } from './site.ts';

// Concurrent: each test has its own page and mostly waits (search, fetches, layout), so a few
// run at once. Each asserts with its own `expect` (from its test context).
describe.concurrent('search over merged bundles', () => {
  const site = useReindexedSite('portal-bundles-', { plansPerBundle: 2 });

  it('writes three bundles, the merged ones without a script of their own, and lists them', ({ expect }) => {
    expect(site.indexed.bundles).toBe(3);
    expect(JSON.parse(readFileSync(join(site.dir, 'pagefind/bundles.json'), 'utf8'))).toEqual({ level: 'clause', bundles: ['bundle-1/', 'bundle-2/'] });
    expect(JSON.parse(readFileSync(join(distDir, 'pagefind/bundles.json'), 'utf8'))).toEqual({ level: 'clause', bundles: [] });
    for (const bundle of ['bundle-1', 'bundle-2']) {
      const files = readdirSync(join(site.dir, 'pagefind', bundle));
      expect(files.filter((f) => !f.endsWith('.pf_meta')).sort()).toEqual(['filter', 'fragment', 'index', 'pagefind-entry.json']);
      expect(files.some((f) => f.endsWith('.pf_meta'))).toBe(true);
    }
    expect(existsSync(join(site.dir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it.for(['生物医药', '区科委', '物产业园', '人才 公寓', '公寓人才', '"合成生物"', '宝科'])(
    'finds the same for %s as one bundle',
    { timeout: 60_000 },
    async (query, { expect }) => {
      const context = await site.browser.newContext();
      try {
        const page = await context.newPage();
        const requested: string[] = [];
        page.on('request', (r) => requested.push(new URL(r.url()).pathname));
        const fromMerged = await searchView(page, site.reindexed.url, query);
        const fromSingle = await searchView(page, site.built.url, query);
        expect(fromMerged).toEqual(fromSingle);
        expect(fromSingle.status).not.toBe('');
        // Every bundle was searched.
        for (const bundle of ['/pagefind/bundle-1/', '/pagefind/bundle-2/']) expect(requested.some((p) => p.startsWith(`${bundle}index/`))).toBe(true);
      } finally {
        await context.close();
      }
    },
  );
});
