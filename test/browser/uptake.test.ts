/**
 * /uptake/ and a plan's related page in headless Chromium on the built site: complete without
 * JavaScript, axe-clean (WCAG 2.2 A/AA), no console error or warning, and a plan page's related
 * link opens the clause's entry.
 */
import { describe, expect, it } from 'vitest';
import { expectNoViolations, runAxe } from './axe.ts';
import { useSite } from './site.ts';

const PAGES = ['/uptake/', '/plans/2023-jinshan-biomanufacturing/related/'];

describe('/uptake/ and /plans/<slug>/related/', () => {
  const site = useSite();

  it('without JavaScript: the tables, their rows and the measures not taken up are there', async () => {
    await site.withPage(
      async (page) => {
        await page.goto(`${site.url}/uptake/`, { waitUntil: 'networkidle' });
        expect(await page.locator('main table.uptake-table').count()).toBe(2);
        expect(await page.locator('main table.uptake-table tbody tr').count()).toBeGreaterThanOrEqual(15);
        expect(await page.locator('main ul.not-taken-up-list li').count()).toBeGreaterThan(0);
        expect(await page.locator('main td a[href*="/plans/"][href*="#s"]').count()).toBeGreaterThan(30);
      },
      { javaScriptEnabled: false },
    );
  }, 120_000);

  for (const path of PAGES) {
    it(`${path}: axe finds no violation and the console stays quiet`, async () => {
      await site.withPage(async (page) => {
        const problems: string[] = [];
        page.on('console', (msg) => {
          if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
        });
        await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
        expectNoViolations(await runAxe(page), path);
        expect(problems).toEqual([]);
      });
    }, 120_000);
  }

  it('a plan page’s related link opens the clause’s entry on the related page', async () => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}/plans/2023-jinshan-biomanufacturing/`, { waitUntil: 'networkidle' });
      const link = page.locator('p.related-clauses a[href$="#s7-2"]');
      await link.click();
      await page.waitForURL((url) => url.pathname.endsWith('/related/') && url.hash === '#s7-2', { timeout: 20_000 });
      expect(await page.locator('section.related-row:has(h2#s7-2) li a[href*="2024-baoshan-biomedicine-draft/#s4-1-18"]').count()).toBe(1);
    });
  }, 120_000);
});
