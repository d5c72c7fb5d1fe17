/**
 * The search index in several Pagefind bundles (src/search/bundles.ts), as the build writes it
 * for many plans: the five plans indexed two to a bundle (three bundles, merged in the browser)
 * must give the reader exactly what the built site's single bundle gives — the same status line,
 * plan groups and counts, facets, clauses in every group and partial matches. 人才 公寓 and
 * 公寓人才 have a word (公寓) that one bundle lacks, which Pagefind would otherwise leave out there.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/search/index-site.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { searchView } from './search-outcome.ts';
import { distDir } from './site.ts';

describe('search over merged bundles', () => {
  let dir = '';
  let single: StaticSite | undefined;
  let merged: StaticSite | undefined;
  let browser: Browser | undefined;
  let bundles = 0;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'portal-bundles-'));
    cpSync(distDir, dir, { recursive: true, filter: (src) => !src.startsWith(join(distDir, 'pagefind')) });
    ({ bundles } = await indexSite(join(dir, 'pagefind'), { plansPerBundle: 2 }));
    single = await serveStatic(distDir);
    merged = await serveStatic(join(dir, '/'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    try {
      await browser?.close();
      await single?.close();
      await merged?.close();
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes three bundles, the merged ones without a script of their own, and lists them', () => {
    expect(bundles).toBe(3);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind/bundles.json'), 'utf8'))).toEqual({ level: 'clause', bundles: ['bundle-1/', 'bundle-2/'] });
    expect(JSON.parse(readFileSync(join(distDir, 'pagefind/bundles.json'), 'utf8'))).toEqual({ level: 'clause', bundles: [] });
    for (const bundle of ['bundle-1', 'bundle-2']) {
      const files = readdirSync(join(dir, 'pagefind', bundle));
      expect(files.filter((f) => !f.endsWith('.pf_meta')).sort()).toEqual(['filter', 'fragment', 'index', 'pagefind-entry.json']);
      expect(files.some((f) => f.endsWith('.pf_meta'))).toBe(true);
    }
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it.each(['生物医药', '区科委', '物产业园', '人才 公寓', '公寓人才', '"合成生物"', '宝科'])(
    'finds the same for %s as one bundle',
    async (query) => {
      const context = await browser!.newContext();
      try {
        const page = await context.newPage();
        const requested: string[] = [];
        page.on('request', (r) => requested.push(new URL(r.url()).pathname));
        const fromMerged = await searchView(page, merged!.url, query);
        const fromSingle = await searchView(page, single!.url, query);
        expect(fromMerged).toEqual(fromSingle);
        expect(fromSingle.status).not.toBe('');
        // Every bundle was searched.
        for (const bundle of ['/pagefind/bundle-1/', '/pagefind/bundle-2/']) expect(requested.some((p) => p.startsWith(`${bundle}index/`))).toBe(true);
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});
