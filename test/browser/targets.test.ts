/**
 * /targets/ in headless Chromium on the built site: complete without JavaScript; with it,
 * filters (kept in the URL) and column sorting; keyboard reach of the sort buttons.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';

const TOTAL = 44;

describe('/targets/', () => {
  const site = useSite();

  it('without JavaScript: the whole table, the chart, no filter controls', async () => {
    await site.withPage(
      async (page) => {
        await page.goto(`${site.url}/targets/`);
        expect(await page.locator('[data-targets-table] tbody tr:visible').count()).toBe(TOTAL);
        expect(await page.locator('[data-targets-tools]').isHidden()).toBe(true);
        expect(await page.locator('.targets-chart svg a').count()).toBe(TOTAL);
        // The sentence a target was read from opens without script.
        const details = page.locator('[data-targets-table] details').first();
        await details.locator('summary').click();
        expect(await details.locator('p').isVisible()).toBe(true);
      },
      { javaScriptEnabled: false },
    );
  });

  it('filters by plan and deadline, keeps the filter in the URL, and restores it on load', async () => {
    await site.withPage(async (page) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${site.url}/targets/`);
      await page.waitForFunction((text) => document.querySelector('[data-targets-count]')?.textContent === text, `显示 ${TOTAL} / ${TOTAL} 项`, {
        timeout: 20_000,
      });
      await page.selectOption('[data-filter="plan"]', '2024-baoshan-biomedicine-draft');
      expect(await page.locator('[data-targets-table] tbody tr:visible').count()).toBe(18);
      expect(new URL(page.url()).searchParams.get('plan')).toBe('2024-baoshan-biomedicine-draft');
      await page.fill('[data-filter="text"]', '孵化器');
      expect(await page.locator('[data-targets-table] tbody tr:visible').count()).toBe(1);

      await page.goto(`${site.url}/targets/?plan=2023-jinshan-biomanufacturing`);
      expect(await page.locator('[data-filter="plan"]').inputValue()).toBe('2023-jinshan-biomanufacturing');
      expect(await page.locator('[data-targets-table] tbody tr:visible').count()).toBe(4);
      expect(await page.locator('[data-targets-count]').textContent()).toBe(`显示 4 / ${TOTAL} 项`);
      expect(errors).toEqual([]);
    });
  });

  it('sorts by a column from the keyboard and says the order', async () => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}/targets/?plan=2023-jinshan-biomanufacturing`);
      const button = page.locator('th[data-sort="value"] button');
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('th[data-sort="value"]').getAttribute('aria-sort')).toBe('ascending');
      const values = () =>
        page.locator('[data-targets-table] tbody tr:visible').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.value)));
      expect(await values()).toEqual([300, 500, 800, 1000]);
      await page.keyboard.press('Enter');
      expect(await page.locator('th[data-sort="value"]').getAttribute('aria-sort')).toBe('descending');
      expect(await values()).toEqual([1000, 800, 500, 300]);
    });
  });

  it('a chart marker opens its clause', async () => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}/targets/`);
      const href = await page.locator('.targets-chart svg a').first().getAttribute('href');
      await page.locator('.targets-chart svg a').first().click();
      await page.waitForURL((url) => url.hash === `#${href!.split('#')[1]}`);
      expect(await page.locator(`[id="${href!.split('#')[1]}"]`).count()).toBe(1);
    });
  });
});

describe('/compare/', () => {
  const site = useSite();

  it('without JavaScript: a default pair and links to every pre-rendered set of 2–4 plans', async () => {
    await site.withPage(
      async (page) => {
        await page.goto(`${site.url}/compare/`);
        expect(await page.locator('.compare-table tbody tr').count()).toBeGreaterThanOrEqual(4);
        const pairs = page.locator('[aria-labelledby="sets-title"] li a');
        expect(await pairs.count()).toBe(25);
        await pairs.last().click();
        expect(await page.locator('main h1').textContent()).toContain('对照');
        expect(await page.locator('.compare-table a[href*="#s"]').count()).toBeGreaterThan(10);
      },
      { javaScriptEnabled: false },
    );
  });

  it('with JavaScript: ?p=…&p=… compares those plans, and ticking a plan updates the URL', async () => {
    await site.withPage(async (page) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${site.url}/compare/?p=2023-jinshan-biomanufacturing&p=2025-zhangjiang-baoshan-park`);
      await page.waitForFunction(() => document.querySelector('[data-compare-status]')?.textContent?.startsWith('已显示'), null, { timeout: 20_000 });
      const head = await page.locator('.compare-table thead a').allTextContents();
      expect(head).toHaveLength(2);
      expect(await page.locator('.compare-table thead a').first().getAttribute('href')).toBe('/plans/2023-jinshan-biomanufacturing/');
      expect(await page.locator('.compare-table tbody a[href^="/plans/2025-zhangjiang-baoshan-park/#s"]').count()).toBeGreaterThan(10);

      await page.locator('input[name="p"][value="2023-shanghai-synbio"]').check();
      await page.waitForFunction(() => document.querySelectorAll('.compare-table thead th[data-plan]').length === 3, null, { timeout: 20_000 });
      expect(new URL(page.url()).searchParams.getAll('p')).toContain('2023-shanghai-synbio');
      expect(errors).toEqual([]);
    });
  });
});
