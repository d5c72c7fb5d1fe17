/**
 * The strict Content-Security-Policy, as a host applying the site's own `dist/_headers` serves it
 * (header) on top of the `<meta>` every page carries (that no page triggers a violation is checked
 * by the one crawl, crawl.test.ts, which uses the same watcher and counts on this control), and the
 * features that need scripts — copy-citation, search (WebAssembly), the map — still work. A
 * control proves violations are counted. The plain-text originals come with charset=utf-8.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchViolations } from './csp-watch.ts';
import { distDir, useSite } from './site.ts';

describe('strict CSP', () => {
  const site = useSite({ headersFile: join(distDir, '_headers') });

  it('every page sends the policy as a header and a meta tag', async () => {
    await site.withPage(async (page) => {
      const response = await page.goto(`${site.url}/`);
      const header = response!.headers()['content-security-policy'] ?? '';
      expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(header).toContain("style-src 'self'");
      expect(header).toContain("frame-ancestors 'none'");
      const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      expect(meta).toContain("style-src 'self'");
      expect(meta).not.toContain('unsafe-inline');
    });
  });

  it('counts a violation when one happens (control)', async () => {
    await site.withPage(async (page) => {
      const violations = await watchViolations(page);
      await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.body.append(script);
      });
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
      expect((await violations()).length).toBeGreaterThan(0);
    });
  });

  it('copy-citation works under the policy', async () => {
    await site.withPage(
      async (page) => {
        const violations = await watchViolations(page);
        await page.goto(`${site.url}/plans/2023-baoshan-synbio/`, { waitUntil: 'networkidle' });
        const button = page.locator('section[data-clause="s4-5-11"] > .clause-tools button.copy-cite:not(.copy-cite--short)');
        await button.focus();
        await button.click();
        await expect.poll(() => page.textContent('#copy-status')).toContain('宝府办〔2023〕45号');
        expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('/plans/2023-baoshan-synbio/#s4-5-11');
        expect(await violations()).toEqual([]);
      },
      { permissions: ['clipboard-read', 'clipboard-write'] },
    );
  });

  it('search (Pagefind and its WebAssembly) works under the policy', async () => {
    await site.withPage(async (page) => {
      const violations = await watchViolations(page);
      await page.goto(`${site.url}/search/?q=${encodeURIComponent('先投后股')}`, { waitUntil: 'networkidle' });
      await expect.poll(async () => page.locator('a[href*="/plans/2023-baoshan-synbio/#s4-5-11"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await violations()).toEqual([]);
    });
  });

  it('the map draws its markers under the policy', async () => {
    await site.withPage(async (page) => {
      const violations = await watchViolations(page);
      await page.route(/tile\.openstreetmap\.org/u, (route) => route.abort());
      await page.goto(`${site.url}/map/`, { waitUntil: 'networkidle' });
      await expect.poll(async () => page.locator('.leaflet-marker-icon, .leaflet-interactive').count(), { timeout: 15_000 }).toBeGreaterThan(10);
      expect(await violations()).toEqual([]);
    });
  });

  it('the original text is served as UTF-8 and reads as the seed', async () => {
    await site.withPage(async (page) => {
      const response = await page.goto(`${site.url}/plans/2023-shanghai-synbio/original.txt`);
      expect(response!.headers()['content-type']).toBe('text/plain; charset=utf-8');
      const shown = await page.evaluate(() => document.body.innerText);
      const seed = readFileSync(new URL('../../seeds/2023-shanghai-synbio.txt', import.meta.url), 'utf8');
      expect(shown.replace(/\s+/gu, '')).toBe(seed.replace(/\s+/gu, ''));
    });
  });
});
