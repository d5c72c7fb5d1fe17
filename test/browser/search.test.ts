/**
 * Search in headless Chromium on the built site and its real Pagefind index: phrases land on
 * their clause, exact-phrase filtering, every normalisation, facets, URL state, lazy loading,
 * the error and no-JavaScript fallbacks, and no console errors.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';

interface Shown {
  status: string;
  hrefs: string[];
  partial: number;
  marks: string[];
}

async function searchFor(page: Page, url: string, query: string, extra = ''): Promise<Shown> {
  await page.goto(`${url}/search/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForFunction(() => (window.__searchTimings?.length ?? 0) > 0, null, { timeout: 20_000 });
  return shown(page);
}

function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => ({
    status: document.getElementById('search-status')?.textContent ?? '',
    hrefs: [...document.querySelectorAll<HTMLAnchorElement>('.hit-link')].map((a) => a.getAttribute('href') ?? ''),
    partial: document.querySelectorAll('.hit-partial').length,
    marks: [...document.querySelectorAll('.hit-excerpt mark')].map((m) => m.textContent ?? ''),
  }));
}

describe('search', () => {
  const site = useSite();

  it('lands a phrase on the clause that contains it', async () => {
    await site.withPage(async (page) => {
      const result = await searchFor(page, site.url, '加速建设上海南大合成生物产业园');
      expect(result.hrefs[0]).toBe('/plans/2023-baoshan-synbio/#s4-3-7');
      await page.click('.hit-link >> nth=0');
      await page.waitForURL(/\/plans\/2023-baoshan-synbio\/#s4-3-7$/u);
      expect(await page.locator('#s4-3-7').textContent()).toContain('加速建设上海南大合成生物产业园');
    });
  });

  it('shows whole-phrase hits first, and only those in exact mode or for a quoted query', async () => {
    await site.withPage(async (page) => {
      const loose = await searchFor(page, site.url, '宝山高新区');
      expect(loose.partial).toBeGreaterThan(0);
      const items = await page.$$eval('.hit', (els) => els.map((e) => !!e.querySelector('.hit-partial')));
      expect(items.indexOf(true)).toBeGreaterThan(0);
      expect(items.slice(items.indexOf(true)).every(Boolean)).toBe(true);

      // Facet counts cover every hit exactly once (whole-phrase and partial alike).
      const kindCounts = await page.$$eval('input[name="kind"]', (boxes) =>
        boxes.map((box) => Number(/\((\d+)\)/u.exec(box.closest('label')?.textContent ?? '')?.[1] ?? NaN)),
      );
      expect(kindCounts.reduce((a, b) => a + b, 0)).toBe(Number(/找到 (\d+) 条/u.exec(loose.status)?.[1]));

      const quoted = await searchFor(page, site.url, '"宝山高新区"');
      expect(quoted.partial).toBe(0);
      expect(quoted.hrefs.length).toBeGreaterThan(5);
      expect(new Set(quoted.marks)).toEqual(new Set(['宝山高新区']));

      const timings = await page.evaluate(() => window.__searchTimings!.length);
      await page.fill('#search-q', '宝山高新区');
      await page.check('#search-exact');
      await page.waitForFunction((n) => window.__searchTimings!.length > n, timings);
      expect((await shown(page)).partial).toBe(0);
      expect(new URL(page.url()).searchParams.get('exact')).toBe('1');
    });
  });

  it.each([
    ['1,3-丙二醇', '/plans/2023-jinshan-biomanufacturing/#s6-7', '1，3-丙二醇'],
    ['CAR-T', '/plans/2023-jinshan-biomanufacturing/#s6-6', 'CAR-T'],
    ['Bio-Foundry', '/plans/2023-baoshan-synbio/#s2', 'Bio—Foundry'],
    ['沪府办发[2023]18号', '/plans/2023-shanghai-synbio/#notice', '沪府办发〔2023〕18号'],
    ['科创 30 条', '/plans/2023-baoshan-synbio/#s4-6-13-1', '科创30条'],
    ['创新型企业在细分领域', '/plans/2023-shanghai-synbio/#s3-8', '创新型企业 在细分领域'],
    ['生物醫藥', '/plans/2023-baoshan-synbio/#s1-2', '生物医药'],
  ])('normalises %s to find %s', async (query, href, marked) => {
    await site.withPage(async (page) => {
      const result = await searchFor(page, site.url, query);
      expect(result.hrefs).toContain(href);
      expect(result.marks).toContain(marked);
    });
  });

  it('filters by facet and keeps the filter in the URL', async () => {
    await site.withPage(async (page) => {
      const all = await searchFor(page, site.url, '"区科委"');
      expect(new Set(all.hrefs.map((h) => h.split('#')[0])).size).toBeGreaterThan(1);
      const timings = await page.evaluate(() => window.__searchTimings!.length);
      await page.check('input[name="plan"][value="宝山合成生物三年行动计划"]');
      await page.waitForFunction((n) => window.__searchTimings!.length > n, timings);
      const filtered = await shown(page);
      expect(filtered.hrefs.length).toBeGreaterThan(0);
      expect(filtered.hrefs.every((h) => h.startsWith('/plans/2023-baoshan-synbio/'))).toBe(true);
      expect(new URL(page.url()).searchParams.getAll('plan')).toEqual(['宝山合成生物三年行动计划']);
      // A shared link restores the same filtered search.
      const again = await searchFor(page, site.url, '"区科委"', `&plan=${encodeURIComponent('宝山合成生物三年行动计划')}`);
      expect(again.hrefs).toEqual(filtered.hrefs);
    });
  });

  it('writes the query to the URL as the reader types, and announces the count', async () => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}/search/`);
      await page.locator('#search-q').pressSequentially('先投后股', { delay: 20 });
      await page.waitForFunction(() => (window.__searchTimings?.length ?? 0) > 0);
      expect(new URL(page.url()).searchParams.get('q')).toBe('先投后股');
      expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
      expect(await page.textContent('#search-status')).toMatch(/找到 \d+ 条/u);
    });
  });

  it('helps when nothing is found', async () => {
    await site.withPage(async (page) => {
      const none = await searchFor(page, site.url, '"量子计算机"');
      expect(none.hrefs).toEqual([]);
      expect(none.status).toContain('去掉引号');
    });
  });

  it('loads Pagefind only when the reader searches', async () => {
    await site.withPage(async (page) => {
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(`${site.url}/plans/2023-baoshan-synbio/`);
      await page.goto(`${site.url}/search/`);
      await page.waitForLoadState('networkidle');
      expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
      await page.fill('#search-q', '先投后股');
      await page.waitForFunction(() => (window.__searchTimings?.length ?? 0) > 0);
      expect(requested).toContain('/pagefind/pagefind.js');
    });
  });

  it('says so when the index cannot load', async () => {
    await site.withPage(async (page) => {
      await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
      await page.goto(`${site.url}/search/?q=${encodeURIComponent('先投后股')}`);
      await page.waitForSelector('#search-error:not([hidden])');
      expect(await page.textContent('#search-error')).toContain('检索索引加载失败');
    });
  });

  it('works as a plain form without JavaScript and says search needs it', async () => {
    await site.withPage(
      async (page) => {
        await page.goto(`${site.url}/plans/`);
        await page.fill('#site-q', '先投后股');
        await Promise.all([page.waitForURL(/\/search\/\?q=/u), page.press('#site-q', 'Enter')]);
        expect(new URL(page.url()).searchParams.get('q')).toBe('先投后股');
        const notice = page.locator('.search-nojs');
        expect(await notice.isVisible()).toBe(true);
        expect(await notice.textContent()).toContain('检索需要启用 JavaScript');
        expect(await notice.locator('a[href="/plans/"]').count()).toBe(1);
      },
      { javaScriptEnabled: false },
    );
  });

  it('runs searches with no console error and keeps results keyboard-reachable', async () => {
    await site.withPage(async (page) => {
      const errors: string[] = [];
      page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await searchFor(page, site.url, '合成生物');
      await page.focus('#search-q');
      let reachedResult = false;
      for (let i = 0; i < 40 && !reachedResult; i++) {
        await page.keyboard.press('Tab');
        reachedResult = await page.evaluate(() => document.activeElement?.classList.contains('hit-link') ?? false);
      }
      expect(reachedResult).toBe(true);
      expect(errors).toEqual([]);
    });
  });
});
