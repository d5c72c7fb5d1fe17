/**
 * Every built page loads cleanly in headless Chromium: no console errors or warnings, no
 * uncaught exceptions, no failed requests and no HTTP errors for the site's own resources.
 */
import { describe, it, expect } from 'vitest';
import { builtPages, useSite } from './site.ts';

const pages = builtPages();

describe('every built page loads without errors', () => {
  const site = useSite();

  it('finds the expected routes in dist/', () => {
    const paths = pages.map((p) => p.path);
    expect(paths).toContain('/');
    expect(paths).toContain('/plans/');
    expect(paths.filter((p) => /^\/plans\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(5);
    expect(paths.filter((p) => /^\/plans\/[^/]+\/original\/$/.test(p)).length).toBeGreaterThanOrEqual(5);
  });

  it.each(pages.map((p) => [p.path]))('%s', async (path) => {
    await site.withPage(async (page) => {
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
        if (new URL(res.url()).origin === site.origin && res.status() >= 400) {
          problems.push(`HTTP ${res.status()}: ${res.url()}`);
        }
      });

      const response = await page.goto(site.url + path, { waitUntil: 'networkidle' });
      expect(response?.status(), `status of ${path}`).toBe(200);
      // The document really rendered: a main landmark with a heading.
      expect(await page.locator('main h1').count(), `${path} has a <main> with an <h1>`).toBeGreaterThan(0);

      expect(problems, `problems while loading ${path}`).toEqual([]);
      // A static portal should not depend on any other origin (no CDNs, fonts, trackers).
      const foreign = requested.filter((u) => !u.startsWith('data:') && new URL(u).origin !== site.origin);
      expect(foreign, `${path} requested resources from other origins`).toEqual([]);
    });
  });
});
