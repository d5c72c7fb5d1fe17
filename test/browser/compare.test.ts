/**
 * /compare/ on the built site (issue 18): four columns without JavaScript, each with level, district
 * and status 截至 the build date, clauses with 责任单位, Jinshan 六、（三） under 任务, the city and 张江
 * layouts from the map data; no-JS links add and remove a column; with JavaScript, ticking a plan
 * adds its column and unticking removes it; axe clean and no console errors.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoViolations, runAxe } from './axe.ts';
import { buildDate, distDir, useSite } from './site.ts';

const FOUR = ['2023-jinshan-biomanufacturing', '2023-shanghai-synbio', '2024-baoshan-biomedicine-draft', '2025-zhangjiang-baoshan-park'];
const path = (slugs: string[]) => `/compare/${slugs.join('/')}/`;
const notes = (page: Page) => page.$$eval('.compare-table thead .compare-note', (els) => els.map((el) => el.textContent ?? ''));
const rowText = async (page: Page, key: string) => (await page.locator(`.compare-table tbody tr[data-topic="${key}"]`).textContent()) ?? '';
const cells = (page: Page, key: string) => page.$$eval(`.compare-table tbody tr[data-topic="${key}"] td`, (tds) => tds.map((td) => td.textContent ?? ''));

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  return problems;
}

describe('compare', () => {
  const site = useSite();

  it('a four-plan page without JavaScript: status per column, 责任单位, parts, layouts from the map', { timeout: 90_000 }, async () => {
    console.log(`compare page sizes: 4 plans ${statSync(join(distDir, path(FOUR), 'index.html')).size} bytes`);
    await site.withPage(
      async (page) => {
        const problems = watch(page);
        await page.goto(`${site.url}${path(FOUR)}`);
        expect(await page.$$eval('.compare-table thead th[data-plan]', (ths) => ths.map((th) => th.getAttribute('data-plan')))).toEqual(FOUR);
        const n = await notes(page);
        const asOf = `（截至 ${await buildDate(page)}）`;
        expect(n[0]).toMatch(/^区级 · 金山区 · .+（截至 \d{4}-\d{2}-\d{2}）$/u);
        expect(n[0]!.endsWith(asOf)).toBe(true);
        expect(n[1]).toMatch(/^市级 · .+（截至 /u);
        expect(n[1]!.endsWith(asOf)).toBe(true);
        expect(n[2]).toBe(`区级 · 宝山区 · 送审稿（文本未载明是否印发）${asOf}`);
        expect(n[3]).toMatch(/^区级 · 宝山区 · /u);
        expect(n[3]!.endsWith(asOf)).toBe(true);
        const tasks = await cells(page, 'part-任务');
        expect(tasks).toHaveLength(4);
        expect(tasks[0]).toContain('六、（三） 聚焦载体建设');
        expect(tasks[0]).toContain('，责任单位：');
        expect(await rowText(page, 'part-重点领域')).not.toContain('聚焦载体建设');
        const layouts = await cells(page, 'part-布局');
        expect(layouts[1]).toContain('“一核两翼”');
        expect(layouts[1]).toContain('一核：浦东新区');
        expect(layouts[3]).toContain('“南研发+北制造”');
        for (const cell of layouts) expect(cell).not.toBe('（无）');
        expect(await page.locator('[data-compare-add]').count()).toBe(0);
        // Remove the draft's column by its link: a three-plan page, sorted URL.
        await page.locator('[data-compare-remove="2024-baoshan-biomedicine-draft"]').click();
        expect(new URL(page.url()).pathname).toBe(path(FOUR.filter((s) => s !== '2024-baoshan-biomedicine-draft')));
        expect(await page.locator('.compare-table thead th[data-plan]').count()).toBe(3);
        await page.locator('[data-compare-add="2023-baoshan-synbio"]').click();
        expect(new URL(page.url()).pathname).toBe(
          path(['2023-baoshan-synbio', '2023-jinshan-biomanufacturing', '2023-shanghai-synbio', '2025-zhangjiang-baoshan-park']),
        );
        expect(problems).toEqual([]);
      },
      { javaScriptEnabled: false },
    );
  });

  it('with JavaScript, ticking a plan adds its column and unticking removes it', { timeout: 90_000 }, async () => {
    await site.withPage(async (page) => {
      const problems = watch(page);
      await page.goto(`${site.url}/compare/`);
      await expect.poll(() => page.locator('.compare-table thead th[data-plan]').count()).toBe(2);
      const staticFirst = await notes(page);
      for (const slug of ['2024-baoshan-biomedicine-draft', '2025-zhangjiang-baoshan-park']) {
        await page.locator(`input[name="p"][value="${slug}"]`).check();
      }
      await expect.poll(() => page.locator('.compare-table thead th[data-plan]').count(), { timeout: 20_000 }).toBe(4);
      const n = await notes(page);
      expect(n.slice(0, 2)).toEqual(staticFirst);
      expect(n[2]).toBe(`区级 · 宝山区 · 送审稿（文本未载明是否印发）（截至 ${await buildDate(page)}）`);
      expect(await cells(page, 'part-任务')).toHaveLength(4);
      expect((await cells(page, 'part-布局'))[3]).toContain('“南研发+北制造”');
      expect(new URL(page.url()).searchParams.getAll('p')).toHaveLength(4);
      expect(await page.locator('[data-compare-permalink] a').getAttribute('href')).toBe(path(FOUR));
      // A fifth is refused with a message; the table keeps four columns.
      await page.locator('input[name="p"][value="2023-baoshan-synbio"]').check();
      await expect.poll(() => page.locator('[data-compare-status]').textContent()).toContain('已选 5 份');
      expect(await page.locator('.compare-table thead th[data-plan]').count()).toBe(4);
      await page.locator('input[name="p"][value="2023-baoshan-synbio"]').uncheck();
      await page.locator('input[name="p"][value="2023-shanghai-synbio"]').uncheck();
      await expect.poll(() => page.locator('.compare-table thead th[data-plan]').count(), { timeout: 20_000 }).toBe(3);
      expect(await page.$$eval('.compare-table thead th[data-plan]', (ths) => ths.map((th) => th.getAttribute('data-plan')))).not.toContain(
        '2023-shanghai-synbio',
      );
      // The JavaScript table equals the pre-rendered page for the same plans.
      const live = await page.locator('.compare-table tbody').innerText();
      const permalink = (await page.locator('[data-compare-permalink] a').getAttribute('href'))!;
      expectNoViolations(await runAxe(page), '/compare/ (3 columns, JavaScript)');
      await page.goto(`${site.url}${permalink}`);
      expect(await page.locator('.compare-table tbody').innerText()).toBe(live);
      // axe needs JavaScript in the page: the static four-column page, checked here.
      await page.goto(`${site.url}${path(FOUR)}`);
      expectNoViolations(await runAxe(page), path(FOUR));
      expect(problems).toEqual([]);
    });
  });

  it('a link the earlier two-plan compare wrote (?a=…&b=…) opens those two plans', { timeout: 90_000 }, async () => {
    await site.withPage(async (page) => {
      const problems = watch(page);
      await page.goto(`${site.url}/compare/?a=2025-zhangjiang-baoshan-park&b=2023-jinshan-biomanufacturing`);
      await expect
        .poll(() => page.$$eval('.compare-table thead th[data-plan]', (ths) => ths.map((th) => th.getAttribute('data-plan')).sort()), { timeout: 20_000 })
        .toEqual(['2023-jinshan-biomanufacturing', '2025-zhangjiang-baoshan-park']);
      expect(new URL(page.url()).searchParams.getAll('p').sort()).toEqual(['2023-jinshan-biomanufacturing', '2025-zhangjiang-baoshan-park']);
      expect(new URL(page.url()).searchParams.has('a')).toBe(false);
      expect(await page.locator('[data-compare-permalink] a').getAttribute('href')).toBe(
        '/compare/2023-jinshan-biomanufacturing/2025-zhangjiang-baoshan-park/',
      );
      expect(problems).toEqual([]);
    });
  });

  it('an old pair page in site order (/compare/<city>/<district>/) links, without JavaScript, to its comparison', { timeout: 90_000 }, async () => {
    await site.withPage(
      async (page) => {
        const response = await page.goto(`${site.url}/compare/2023-shanghai-synbio/2023-baoshan-synbio/`);
        expect(response?.status()).toBe(200);
        const link = page.locator('[data-compare-moved] a');
        expect(await link.getAttribute('href')).toBe('/compare/2023-baoshan-synbio/2023-shanghai-synbio/');
        await link.click();
        await expect.poll(() => page.locator('.compare-table thead th[data-plan]').count(), { timeout: 20_000 }).toBe(2);
      },
      { javaScriptEnabled: false },
    );
  });
});
