/**
 * Shared plumbing for the browser suites: discovers the built pages in `dist/` and owns one
 * static server + one headless Chromium per test file (`useSite()` in a `describe`).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
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

export interface SiteHandle {
  readonly url: string;
  readonly origin: string;
  readonly browser: Browser;
  readonly server: StaticSite;
  /** A fresh context + page; close the context when done (`withPage` does it for you). */
  newPage(options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }>;
  withPage<T>(fn: (page: Page, context: BrowserContext) => Promise<T>, options?: BrowserContextOptions): Promise<T>;
}

/**
 * Starts the static server and Chromium in `beforeAll` and closes both in `afterAll`
 * (even when the other fails). Call at the top of a `describe`; read the handle in tests only.
 */
export function useSite(options: ServeOptions & { root?: string } = {}): SiteHandle {
  let server: StaticSite | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await serveStatic(options.root ?? distDir, options);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    try {
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
  };
  return handle;
}

/** The build date as a page's footer states it (数据截至 YYYY-MM-DD): what the page's statuses are true as of. */
export async function buildDate(page: Page): Promise<string> {
  const text = (await page.locator('.site-footer').innerText()) ?? '';
  const date = /数据截至 (\d{4}-\d{2}-\d{2})/u.exec(text)?.[1];
  expect(date, text).toBeTruthy();
  return date!;
}
