/**
 * The glossary in headless Chromium on the built site: a term in clause text is a link that, with
 * JavaScript off, lands on its /glossary/ entry; searching a full form the glossary cites
 * (上海市宝山区科学技术委员会) on the real Pagefind index also searches the abbreviation (区科委), says so,
 * and lists clauses naming it; no console errors.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';

describe('glossary', () => {
  const site = useSite();

  it('without JavaScript, a term in clause text leads to its entry', async () => {
    await site.withPage(
      async (page) => {
        await page.goto(`${site.url}/plans/2023-baoshan-synbio/`);
        const link = page.locator('section[data-clause] a.glossary-term', { hasText: '揭榜挂帅' }).first();
        expect(await link.getAttribute('title')).toContain('文本未载明定义');
        await link.click();
        await page.waitForURL(/\/glossary\/#jie-bang-gua-shuai$/u, { timeout: 15_000 });
        expect(await page.locator('#jie-bang-gua-shuai').textContent()).toContain('揭榜挂帅');
      },
      { javaScriptEnabled: false },
    );
  });

  it('searching a full form also searches its abbreviation and finds its clauses', async () => {
    await site.withPage(async (page) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${site.url}/search/?q=${encodeURIComponent('上海市宝山区科学技术委员会')}`);
      await page.waitForFunction(() => Number(document.getElementById('search-results')?.dataset.searches ?? 0) > 0, null, { timeout: 20_000 });
      expect(await page.locator('#search-expansion').textContent()).toContain('区科委');
      const hrefs = await page.$$eval('.hit-link', (links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(3);
      // 区科委 is in 责任单位 lists of the Baoshan plans (2023-baoshan-synbio.txt line 213 and on).
      expect(hrefs.some((h) => h.startsWith('/plans/2023-baoshan-synbio/#'))).toBe(true);
      expect(errors).toEqual([]);
    });
  });
});
