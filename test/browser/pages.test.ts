/**
 * The routes dist/ holds, and the home page and plan list as readers see them. That every page
 * loads cleanly (no console error, failed request or foreign origin) is checked by the one
 * crawl (crawl.test.ts).
 */
import { describe, it, expect } from 'vitest';
import { builtPages, useSite } from './site.ts';

const pages = builtPages();

describe('the built routes', () => {
  it('finds the expected routes in dist/', () => {
    const paths = pages.map((p) => p.path);
    expect(paths).toContain('/');
    expect(paths).toContain('/plans/');
    expect(paths.filter((p) => /^\/plans\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(5);
    expect(paths.filter((p) => /^\/plans\/[^/]+\/original\/$/.test(p)).length).toBeGreaterThanOrEqual(5);
  });
});

describe('home page and plan list', () => {
  const site = useSite();
  // City plan first, then district plans by date (the draft, undated, by its period 2024).
  const ORDER = [
    '2023-shanghai-synbio',
    '2023-jinshan-biomanufacturing',
    '2023-baoshan-synbio',
    '2024-baoshan-biomedicine-draft',
    '2025-zhangjiang-baoshan-park',
  ];
  const LEVELS = ['市级', '区级 · 金山区', '区级 · 宝山区', '区级 · 宝山区', '区级 · 宝山区'];

  it('home cards: city plan first, then districts by date, each with 市级/区级', async () => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}/`);
      expect(await page.$$eval('.card', (cs) => cs.map((c) => c.getAttribute('data-slug')))).toEqual(ORDER);
      expect(await page.$$eval('.card .card-level', (ds) => ds.map((d) => d.textContent))).toEqual(LEVELS);
      const draft = await page.$eval('.card[data-slug="2024-baoshan-biomedicine-draft"] dl', (dl) => dl.textContent);
      expect(draft).toContain('发文机关未署名');
      expect(draft).toContain('文号无');
      expect(draft).toMatch(/状态送审稿 截至\d{4}年\d{1,2}月\d{1,2}日/u);
    });
  });

  it('/plans/ lists the same order with a 层级 column and dates its status column', async () => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}/plans/`);
      expect(await page.$$eval('tbody tr', (rs) => rs.map((r) => r.getAttribute('data-slug')))).toEqual(ORDER);
      expect(await page.$$eval('tbody tr td:nth-child(2)', (ds) => ds.map((d) => d.textContent))).toEqual(LEVELS);
      expect(await page.$eval('thead th:last-child', (th) => th.textContent)).toMatch(/^状态（截至\d{4}年\d{1,2}月\d{1,2}日）$/u);
    });
  });

  it('home says which plans list 责任单位 (only those whose clauses name agencies)', async () => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}/`);
      const intro = (await page.locator('main > p').first().textContent()) ?? '';
      expect(intro).not.toContain('每条任务的责任单位');
      expect(await page.locator('.with-agencies').textContent()).toBe(
        '其中金山生物制造产业实施意见、宝山合成生物三年行动计划在任务条款中写明了责任单位，页面逐条标出。',
      );
    });
  });

  it('the timeline dates its statuses (截至), never says 今天, and centres year labels on their years', async () => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}/`);
      const figure = (await page.locator('figure.chart').textContent()) ?? '';
      expect(figure).toMatch(/状态截至\d{4}年\d{1,2}月\d{1,2}日/u);
      expect(figure).not.toContain('今天');
      expect(figure).not.toContain('未设');
      // The city plan's 2023—2025 bar ends after the middle of “2025” and before the middle of “2026”.
      const geometry = await page.evaluate(() => {
        const svg = document.querySelector('figure.chart svg')!;
        const label = (year: string) => [...svg.querySelectorAll('text')].find((t) => t.textContent === year)!;
        const centre = (el: Element) => {
          const r = el.getBoundingClientRect();
          return (r.left + r.right) / 2;
        };
        const bar = svg.querySelector('rect')!.getBoundingClientRect();
        return { end: bar.right, c2025: centre(label('2025')), c2026: centre(label('2026')) };
      });
      expect(geometry.end).toBeGreaterThan(geometry.c2025);
      expect(geometry.end).toBeLessThan(geometry.c2026);
    });
  });
});
