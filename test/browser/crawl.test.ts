/**
 * One crawl of the built site: each page is loaded once, in headless Chromium, as a host applying
 * the site's own `dist/_headers` serves it (the CSP as a header on top of every page's `<meta>`),
 * and everything a page must be is checked on that one load:
 * - it loads cleanly: HTTP 200, a `<main>` with an `<h1>`, no console error or warning, no
 *   uncaught exception, no failed request or HTTP error, nothing from another origin;
 * - no Content-Security-Policy violation, also after scrolling (lazy scripts and the map);
 * - axe-core finds no WCAG 2.2 A/AA violation;
 * - its links: each same-origin `a[href]` (downloads included) answers 200, each `#fragment`
 *   names an id in the target's HTML as served (so it works without JavaScript), routes keep
 *   their trailing slash, nothing links to another origin; no id is repeated or blank.
 * Each check reports on its own (soft), so one load tells everything wrong with a page.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoViolations, runAxe } from './axe.ts';
import { readViolations, watchViolations } from './csp-watch.ts';
import { builtPages, distDir, useSite } from './site.ts';

const pages = builtPages();

interface Target {
  status: number;
  contentType: string;
  body: string;
}

interface Link {
  raw: string;
  href: string;
  download: string | null;
  text: string;
}

describe('every built page, loaded once', () => {
  const site = useSite({ headersFile: join(distDir, '_headers'), pool: { setup: watchViolations } });
  const targets = new Map<string, Promise<Target>>();
  const idsByTarget = new Map<string, Set<string>>();

  function fetchTarget(url: string): Promise<Target> {
    let t = targets.get(url);
    if (!t) {
      t = fetch(url, { redirect: 'manual' }).then(async (res) => ({
        status: res.status,
        contentType: res.headers.get('content-type') ?? '',
        body: await res.text(),
      }));
      targets.set(url, t);
    }
    return t;
  }

  /** Ids in the served HTML (parsed by the browser's own HTML parser, no scripts run). */
  async function idsOf(page: Page, url: string, html: string): Promise<Set<string>> {
    let ids = idsByTarget.get(url);
    if (!ids) {
      const list = await page.evaluate((source) => [...new DOMParser().parseFromString(source, 'text/html').querySelectorAll('[id]')].map((el) => el.id), html);
      ids = new Set(list);
      idsByTarget.set(url, ids);
    }
    return ids;
  }

  async function brokenLinks(page: Page, links: Link[]): Promise<{ external: string[]; problems: string[] }> {
    const external: string[] = [];
    const problems: string[] = [];
    const describeLink = (l: Link) => `<a href="${l.raw}"${l.download !== null ? ' download' : ''}>${l.text}</a>`;
    for (const link of links) {
      const url = new URL(link.href);
      if (!/^https?:$/.test(url.protocol) || url.origin !== site.origin) {
        external.push(`${describeLink(link)} → ${link.href}`);
        continue;
      }
      if (link.raw === '#' || link.raw.endsWith('#')) {
        problems.push(`${describeLink(link)}: empty fragment`);
        continue;
      }
      const targetUrl = url.origin + url.pathname + url.search;
      const lastSegment = url.pathname.split('/').pop() ?? '';
      if (!url.pathname.endsWith('/') && !lastSegment.includes('.'))
        problems.push(`${describeLink(link)}: route without trailing slash (site uses trailingSlash: 'always')`);
      const target = await fetchTarget(targetUrl);
      if (target.status !== 200) {
        problems.push(`${describeLink(link)}: ${url.pathname} answered HTTP ${target.status}`);
        continue;
      }
      if (link.download !== null && target.body.trim() === '') problems.push(`${describeLink(link)}: download target ${url.pathname} is empty`);
      if (url.hash) {
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (!target.contentType.startsWith('text/html')) {
          problems.push(`${describeLink(link)}: fragment on a non-HTML target (${target.contentType})`);
          continue;
        }
        if (!(await idsOf(page, targetUrl, target.body)).has(fragment))
          problems.push(`${describeLink(link)}: no element with id="${fragment}" on ${url.pathname}`);
      }
    }
    return { external, problems };
  }

  // Concurrent, on pooled pages: much of a load is waiting (network idle, the scroll's lazy loads)
  // and a new context per page costs a renderer process, so a few reused pages at once keep the
  // two cores busy. The pages change no storage. Each test asserts with its own `expect`.
  it.concurrent.for(pages.map((p) => p.path))('%s', { timeout: 120_000 }, async (path, { expect }) => {
    await site.withPooledPage(async (page) => {
      const problems: string[] = [];
      const requested: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning') {
          const loc = msg.location();
          problems.push(`console.${msg.type()}: ${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
        }
      });
      page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
      page.on('request', (req) => requested.push(req.url()));
      page.on('requestfailed', (req) => problems.push(`requestfailed: ${req.url()} (${req.failure()?.errorText ?? 'unknown'})`));
      page.on('response', (res) => {
        if (new URL(res.url()).origin === site.origin && res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
      });

      const response = await page.goto(site.url + path, { waitUntil: 'networkidle', timeout: 60_000 });
      expect(response?.status(), `status of ${path}`).toBe(200);
      expect(response?.headers()['content-security-policy'] ?? '', `${path} is served with the CSP header`).toContain("script-src 'self'");
      expect.soft(await page.locator('main h1').count(), `${path} has a <main> with an <h1>`).toBeGreaterThan(0);
      await page.mouse.wheel(0, 20_000);
      await page.waitForTimeout(300);
      await page.waitForLoadState('networkidle');

      const { links, ids } = await page.evaluate(() => ({
        links: [...document.querySelectorAll('a[href]')].map((a) => ({
          raw: a.getAttribute('href') ?? '',
          // Resolved by hand: an SVG <a> (chart markers) has no string `.href`.
          href: new URL(a.getAttribute('href') ?? '', document.baseURI).href,
          download: a.getAttribute('download'),
          text: (a.textContent ?? '').trim().slice(0, 40),
        })),
        ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
      }));
      const seen = new Map<string, number>();
      for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
      expect
        .soft(
          [...seen].filter(([, n]) => n > 1).map(([id, n]) => `#${id} ×${n}`),
          `duplicate ids on ${path}`,
        )
        .toEqual([]);
      expect
        .soft(
          ids.filter((id) => id === '' || /\s/.test(id)),
          `empty or whitespace ids on ${path}`,
        )
        .toEqual([]);
      expect.soft(links.length, `${path} has links`).toBeGreaterThan(0);
      const { external, problems: broken } = await brokenLinks(page, links);
      expect.soft(external, `links to other origins on ${path} (none are expected)`).toEqual([]);
      expect.soft(broken, `broken links on ${path}`).toEqual([]);

      expectNoViolations(await runAxe(page), path, true, expect);
      expect.soft(await readViolations(page), `CSP violations on ${path}`).toEqual([]);
      expect.soft(problems, `problems while loading ${path}`).toEqual([]);
      // A static portal depends on no other origin (no CDNs, fonts, trackers).
      const foreign = requested.filter((u) => !u.startsWith('data:') && new URL(u).origin !== site.origin);
      expect.soft(foreign, `${path} requested resources from other origins`).toEqual([]);
    });
  });

  it('download links point at the plain-text originals', async () => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}/plans/2023-baoshan-synbio/`);
      const downloads = await page.$$eval('a[download]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(downloads).toContain(`${site.origin}/plans/2023-baoshan-synbio/original.txt`);
      const txt = await fetchTarget(`${site.origin}/plans/2023-baoshan-synbio/original.txt`);
      expect(txt.status).toBe(200);
      expect(txt.contentType).toMatch(/^text\/plain/);
      expect(txt.body).toContain('宝府办〔2023〕45号');
    });
  });
});
