/**
 * The built site beside a copy of it whose search index is written again with other options (more
 * bundles, the plan level): both served, one Chromium. `useReindexedSite()` in a `describe`
 * registers the set-up and clean-up; read the fields inside tests.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { indexSite, type IndexedSite, type IndexOptions } from '../../src/search/index-site.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { distDir } from './site.ts';

export interface ReindexedSite {
  /** The copy's folder (its index in `pagefind/`). */
  dir: string;
  /** What `indexSite` wrote. */
  indexed: IndexedSite;
  /** The built site, as `npm run build` indexed it. */
  built: StaticSite;
  /** The copy with the index written again. */
  reindexed: StaticSite;
  browser: Browser;
}

export function useReindexedSite(prefix: string, options: IndexOptions): ReindexedSite {
  const site = {} as ReindexedSite;
  beforeAll(async () => {
    site.dir = mkdtempSync(join(tmpdir(), prefix));
    cpSync(distDir, site.dir, { recursive: true, filter: (src) => !src.startsWith(join(distDir, 'pagefind')) });
    site.indexed = await indexSite(join(site.dir, 'pagefind'), options);
    site.built = await serveStatic(distDir);
    site.reindexed = await serveStatic(join(site.dir, '/'));
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    try {
      await site.browser?.close();
      await site.built?.close();
      await site.reindexed?.close();
    } finally {
      if (site.dir) rmSync(site.dir, { recursive: true, force: true });
    }
  });
  return site;
}
