/** /follow-up/ in headless Chromium on the built site: complete without JavaScript, axe-clean, and its clause links open the clause (WCAG 2.2 A/AA). */
import { describe, expect, it } from 'vitest';
import { expectNoViolations, runAxe } from './axe.ts';
import { useSite } from './site.ts';

describe('/follow-up/', () => {
  const site = useSite();

  it('without JavaScript: every entry and its clause link are there', async () => {
    await site.withPage(
      async (page) => {
        await page.goto(`${site.url}/follow-up/`, { waitUntil: 'networkidle' });
        const entries = await page.locator('main section li h3').count();
        expect(entries).toBeGreaterThanOrEqual(18);
        expect(await page.locator('main section li dd a[href*="/plans/"][href*="#s"]').count()).toBeGreaterThanOrEqual(entries);
      },
      { javaScriptEnabled: false },
    );
  }, 120_000);

  // axe runs as script in the page, so this check needs JavaScript; the page itself has none of its own.
  it('axe finds no violation', async () => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}/follow-up/`, { waitUntil: 'networkidle' });
      expectNoViolations(await runAxe(page), '/follow-up/');
    });
  }, 120_000);

  it('a clause link opens the plan at that clause', async () => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}/follow-up/`, { waitUntil: 'networkidle' });
      const link = page.locator('main section li dd a[href*="#s"]').first();
      const href = (await link.getAttribute('href'))!;
      await link.click();
      await page.waitForURL((url) => url.hash === `#${href.split('#')[1]}`, { timeout: 20_000 });
      expect(await page.locator(`[id="${href.split('#')[1]}"]`).count()).toBe(1);
    });
  }, 120_000);
});
