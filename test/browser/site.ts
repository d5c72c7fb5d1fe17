/**
 * Shared plumbing for the browser suites: discovers the built pages in `dist/` and owns one
 * static server + one headless Chromium per test file (`useSite()` in a `describe`).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { distDir as defaultDistDir, serveStatic, type ServeOptions, type StaticSite } from '../helpers/static-server.ts';

/** The built site; `SITE_DIST_DIR` points the suites at another build (e.g. a deliberately broken copy). */
export const distDir = process.env.SITE_DIST_DIR ? join(process.env.SITE_DIST_DIR, '/') : defaultDistDir;

export interface BuiltPage {
  /** URL path with a trailing slash, e.g. `/plans/2023-baoshan-synbio/`. */
  path: string;
  /** Absolute path of the `index.html` in dist/. */
  file: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** Every HTML file in dist/ (sorted), whatever its name. */
export function builtHtmlFiles(root = distDir): string[] {
  return walk(root)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** Every `index.html` in dist/, mapped to its route (`dist/plans/x/index.html` → `/plans/x/`). */
export function builtPages(root = distDir): BuiltPage[] {
  const pages = walk(root)
    .filter((f) => f.endsWith(`${sep}index.html`))
    .map((file) => {
      const dir = relative(root, file).split(sep).slice(0, -1);
      return { path: dir.length ? `/${dir.join('/')}/` : '/', file };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  if (pages.length === 0) throw new Error(`no index.html under ${root}: build the site first (npm run build)`);
  return pages;
}

/** Reusable pages for suites that load many pages the same way (see `withPooledPage`). */
export interface PoolOptions {
  /** How many pages (each in its own context) at most; match Vitest's concurrency (5). */
  size?: number;
  /** Run once on each new page (e.g. an init script); it must not add event listeners. */
  setup?: (page: Page) => Promise<unknown>;
}

export interface SiteHandle {
  readonly url: string;
  readonly origin: string;
  readonly browser: Browser;
  readonly server: StaticSite;
  /** A fresh context + page; close the context when done (`withPage` does it for you). */
  newPage(options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }>;
  withPage<T>(fn: (page: Page, context: BrowserContext) => Promise<T>, options?: BrowserContextOptions): Promise<T>;
  /**
   * Runs `fn` on a page borrowed from a pool (waiting when all are busy): a crawl's page loads
   * then cost a navigation, not a new context (a renderer process each). After `fn` the page's
   * listeners are removed and it goes to about:blank, so nothing of one test reaches the next;
   * what a page keeps is its context's cache and storage, so use it only for tests that
   * change neither.
   */
  withPooledPage<T>(fn: (page: Page) => Promise<T>): Promise<T>;
}

/**
 * Starts the static server and Chromium in `beforeAll` and closes both in `afterAll`
 * (even when the other fails). Call at the top of a `describe`; read the handle in tests only.
 */
export function useSite(options: ServeOptions & { root?: string; pool?: PoolOptions } = {}): SiteHandle {
  let server: StaticSite | undefined;
  let browser: Browser | undefined;
  const pool = pagePool(() => handle.browser, options.pool);

  beforeAll(async () => {
    server = await serveStatic(options.root ?? distDir, options);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    try {
      await pool.close();
      await browser?.close();
    } finally {
      await server?.close();
    }
  });

  const need = <T>(v: T | undefined, what: string): T => {
    if (!v) throw new Error(`${what} not started (useSite() must be called inside describe)`);
    return v;
  };

  const handle: SiteHandle = {
    get url() {
      return need(server, 'server').url;
    },
    get origin() {
      return new URL(need(server, 'server').url).origin;
    },
    get browser() {
      return need(browser, 'browser');
    },
    get server() {
      return need(server, 'server');
    },
    async newPage(options) {
      const context = await handle.browser.newContext(options);
      const page = await context.newPage();
      return { context, page };
    },
    async withPage(fn, options) {
      const { context, page } = await handle.newPage(options);
      try {
        return await fn(page, context);
      } finally {
        await context.close();
      }
    },
    async withPooledPage(fn) {
      const page = await pool.acquire();
      try {
        return await fn(page);
      } finally {
        await pool.release(page);
      }
    },
  };
  return handle;
}

function pagePool(browser: () => Browser, { size = 5, setup }: PoolOptions = {}) {
  const idle: Page[] = [];
  const waiting: Array<(page: Page) => void> = [];
  const contexts: BrowserContext[] = [];
  return {
    async acquire(): Promise<Page> {
      const free = idle.pop();
      if (free) return free;
      if (contexts.length >= size) return new Promise<Page>((resolve) => waiting.push(resolve));
      const context = await browser().newContext();
      contexts.push(context);
      const page = await context.newPage();
      await setup?.(page);
      return page;
    },
    async release(page: Page): Promise<void> {
      page.removeAllListeners();
      await page.goto('about:blank').catch(() => undefined);
      const next = waiting.shift();
      if (next) next(page);
      else idle.push(page);
    },
    async close(): Promise<void> {
      await Promise.all(contexts.map((c) => c.close()));
    },
  };
}

/** The build date as a page's footer states it (数据截至 YYYY-MM-DD): what the page's statuses are true as of. */
export async function buildDate(page: Page): Promise<string> {
  const text = (await page.locator('.site-footer').innerText()) ?? '';
  const date = /数据截至 (\d{4}-\d{2}-\d{2})/u.exec(text)?.[1];
  // Thrown, not asserted: a concurrent test's failure is reported on that test either way.
  if (!date) throw new Error(`no “数据截至 YYYY-MM-DD” in the footer: ${text}`);
  return date;
}
