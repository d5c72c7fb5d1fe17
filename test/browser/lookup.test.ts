/**
 * Lookup and 引文核验 in headless Chromium on the built site: a 文号 (any width and bracket) or a
 * plan's name with a clause path typed in the header box or on /search/ opens the plan or the
 * clause before Pagefind loads; an unknown 文号 is said and searched; without JavaScript the
 * search page lists every 文号's plan; a pasted quotation is found verbatim across the seed's
 * wrapped lines, found after normalisation with each difference listed, or not found — with the
 * original's line and the seed's SHA-256, the texts fetched only when a quotation is checked.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, it, type ExpectStatic } from 'vitest';
import { seedLines } from '../../src/validity/index.ts';
import { expectNoViolations, runAxe } from './axe.ts';
import { useSite } from './site.ts';

const POLL = { timeout: 20_000, interval: 100 };

/** Console errors and warnings, page errors and any request for Pagefind or a seed, as they happen. */
function watch(page: Page) {
  const errors: string[] = [];
  const requested: string[] = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requested.push(decodeURIComponent(new URL(r.url()).pathname)));
  return { errors, requested };
}

const path = (page: Page) => decodeURIComponent(new URL(page.url()).pathname) + new URL(page.url()).hash;

describe.concurrent('lookup from the search box', () => {
  const site = useSite();

  it.for<[string, string]>([
    ['沪府办发（2023）18 号', '/plans/2023-shanghai-synbio/'],
    ['沪府办发〔２０２３〕１８号', '/plans/2023-shanghai-synbio/'],
    ['张江 二、（一）3', '/plans/2025-zhangjiang-baoshan-park/#s2-1-3'],
  ])('opens %s from the header box of another page', async ([query, target], { expect }) => {
    await site.withPage(async (page) => {
      const seen = watch(page);
      await page.goto(`${site.url}/plans/`);
      await page.fill('#site-q', query);
      await page.press('#site-q', 'Enter');
      await expect.poll(() => path(page), POLL).toBe(target);
      await page.waitForLoadState('load');
      // The redirect left before any search: Pagefind never loaded.
      expect(seen.requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
      // Back returns to the page searched from, not to the redirecting search page.
      await page.goBack();
      await expect.poll(() => path(page), POLL).toBe('/plans/');
      expect(seen.errors).toEqual([]);
    });
  });

  it('opens a clause typed on /search/ and shows it', async ({ expect }) => {
    await site.withPage(async (page) => {
      const seen = watch(page);
      await page.goto(`${site.url}/search/`);
      await page.fill('#search-q', '宝山 四、（五）11.（2）');
      // While typing, a line offers the clause.
      await expect.poll(() => page.locator('#search-lookup a').getAttribute('href'), POLL).toBe('/plans/2023-baoshan-synbio/#s4-5-11-2');
      await page.press('#search-q', 'Enter');
      await expect.poll(() => path(page), POLL).toBe('/plans/2023-baoshan-synbio/#s4-5-11-2');
      await expect.poll(() => page.locator('#s4-5-11-2').textContent(), POLL).toContain('（2）');
      expect(seen.errors).toEqual([]);
    });
  });

  it('opens a short name with a path written without its marks', async ({ expect }) => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}/search/?q=${encodeURIComponent('宝山合成生物 四（五）11')}`);
      await expect.poll(() => path(page), POLL).toBe('/plans/2023-baoshan-synbio/#s4-5-11');
    });
  });

  it('says an unknown 文号 is not held and searches the texts for it', async ({ expect }) => {
    await site.withPage(async (page) => {
      const seen = watch(page);
      await page.goto(`${site.url}/search/?q=${encodeURIComponent('沪府发[2022]11号')}`);
      await expect.poll(() => page.evaluate(() => Number(document.getElementById('search-results')?.dataset.searches ?? 0)), POLL).toBeGreaterThan(0);
      expect(path(page)).toBe('/search/');
      const line = page.locator('#search-lookup');
      expect(await line.isVisible()).toBe(true);
      expect(await line.textContent()).toContain('本站未收录文号为 沪府发〔2022〕11号 的文件');
      expect(await line.locator('a[href="/ref/"]').count()).toBe(1);
      // The ordinary search ran below the message.
      expect(await page.textContent('#search-status')).toMatch(/沪府发\[2022\]11号/u);
      expect(seen.errors).toEqual([]);
    });
  });

  it('searches a quoted 文号 and a query that only contains 2023 or 号', async ({ expect }) => {
    await site.withPage(async (page) => {
      for (const query of ['"沪府办发[2023]18号"', '2023年', '宝山 2025']) {
        await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
        await expect.poll(() => page.evaluate(() => Number(document.getElementById('search-results')?.dataset.searches ?? 0)), POLL).toBeGreaterThan(0);
        expect(path(page), query).toBe('/search/');
        expect(await page.locator('#search-lookup').isHidden()).toBe(true);
      }
    });
  });

  it('without JavaScript, the header box submits to /search/, which links each 文号 to its plan', async ({ expect }) => {
    await site.withPage(
      async (page) => {
        await page.goto(`${site.url}/plans/`);
        await page.fill('#site-q', '沪府办发[2023]18号');
        await Promise.all([page.waitForURL(/\/search\/\?q=/u, { timeout: 20_000 }), page.press('#site-q', 'Enter')]);
        expect(new URL(page.url()).searchParams.get('q')).toBe('沪府办发[2023]18号');
        const refs = await page.$$eval('.search-nojs-refs a', (links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
        expect(refs).toEqual([
          ['沪府办发〔2023〕18号', '/plans/2023-shanghai-synbio/'],
          ['金府办发〔2023〕22号', '/plans/2023-jinshan-biomanufacturing/'],
          ['宝府办〔2023〕45号', '/plans/2023-baoshan-synbio/'],
          ['宝府办〔2025〕6号', '/plans/2025-zhangjiang-baoshan-park/'],
        ]);
        expect(await page.locator('.search-nojs-refs').isVisible()).toBe(true);
        // 引文核验 needs the script: the page says so and where to check by hand instead.
        expect(await page.textContent('.search-nojs')).toContain('引文核验也需要 JavaScript；不用它时可在各规划的原始文本页中用页内查找核对');
        await page.click('.search-nojs-refs a >> nth=0');
        await expect.poll(() => path(page), POLL).toBe('/plans/2023-shanghai-synbio/');
        expect(await page.textContent('h1')).toContain('上海市加快合成生物创新策源');
      },
      { javaScriptEnabled: false },
    );
  });
});

describe.concurrent('引文核验', () => {
  const site = useSite();
  const seed = readFileSync('seeds/2023-baoshan-synbio.txt');
  const sha256 = createHash('sha256').update(seed).digest('hex');

  async function check(expect: ExpectStatic, page: Page, quote: string): Promise<string> {
    const before = Number((await page.locator('#quote-result').getAttribute('data-checks')) ?? 0);
    await page.fill('#quote-text', quote);
    await page.click('.quote-form button');
    await expect.poll(() => page.locator('#quote-result').getAttribute('data-checks'), POLL).toBe(String(before + 1));
    return (await page.textContent('#quote-result')) ?? '';
  }

  it('finds a quotation verbatim across wrapped lines, with its line and the seed’s SHA-256', async ({ expect }) => {
    // The seed runs this sentence over lines 60–62 (checked here, not assumed).
    const lines = seedLines(seed);
    expect(lines[59]).toMatch(/推动$/u);
    expect(lines[61]).toMatch(/^创新链、产业链、人才链协同发力，建成合成生物产业先导区/u);
    expect(readFileSync('seeds/SHA256SUMS', 'utf8')).toContain(`${sha256}  2023-baoshan-synbio.txt`);
    await site.withPage(async (page) => {
      const seen = watch(page);
      await page.goto(`${site.url}/search/`);
      await page.click('#quote-check summary');
      await page.waitForLoadState('networkidle');
      // The seeds, and the check's own code, load only when a quotation is checked.
      expect(seen.requested.filter((p) => p.endsWith('/original.txt'))).toEqual([]);
      expect(seen.requested.filter((p) => /quote-view/u.test(p))).toEqual([]);
      const text = await check(expect, page, '“推动创新链、产业链、人才链协同发力，建成合成生物产业先导区”');
      expect(text).toContain('原文中逐字找到（1 处');
      expect(seen.requested.filter((p) => p.endsWith('/original.txt'))).toHaveLength(5);
      expect(seen.requested.filter((p) => /quote-view/u.test(p))).toHaveLength(1);
      expect(await page.locator('.quote-match a').getAttribute('href')).toBe('/plans/2023-baoshan-synbio/original/#L60');
      expect(await page.textContent('.quote-match a')).toBe('宝山合成生物三年行动计划 原始文本第 60—62 行');
      expect(await page.textContent('.quote-sha code')).toBe(sha256);
      expect(await page.locator('.quote-diff').count()).toBe(0);
      await page.click('.quote-match a');
      await expect.poll(() => path(page), POLL).toBe('/plans/2023-baoshan-synbio/original/#L60');
      expect(await page.textContent('#L60')).toContain('推动');
      expect(await page.textContent('main')).toContain(sha256);
      expect(seen.errors).toEqual([]);
    });
  });

  it('finds a quotation after normalisation and lists each difference', async ({ expect }) => {
    await site.withPage(async (page) => {
      const seen = watch(page);
      await page.goto(`${site.url}/search/?quote=${encodeURIComponent('推动張江高新区寶山园(以下简称"张江宝山园")高质量发展,加快培育')}`);
      await expect.poll(() => page.locator('#quote-result').getAttribute('data-checks'), POLL).toBe('1');
      expect(await page.locator('#quote-check').getAttribute('open')).not.toBeNull();
      expect(await page.textContent('#quote-result')).toContain('规范化后找到（1 处）');
      expect(await page.locator('.quote-match a').getAttribute('href')).toBe('/plans/2025-zhangjiang-baoshan-park/original/#L17');
      const diffs = await page.$$eval('.quote-diff', (items) => items.map((li) => li.textContent?.replace(/\s+/gu, ' ')));
      expect(diffs).toEqual(
        expect.arrayContaining([
          '繁简：引文 張 → 原文 张',
          '繁简：引文 寶 → 原文 宝',
          '标点：引文 " → 原文 “（U+0022 → U+201C）',
          '标点：引文 " → 原文 ”（U+0022 → U+201D）',
          '全角半角：引文 , → 原文 ，（U+002C → U+FF0C）',
        ]),
      );
      expect(diffs).toHaveLength(5);
      expect(seen.errors).toEqual([]);
    });
  });

  it('finds a quotation with an ellipsis and lists what the ellipsis leaves out', async ({ expect }) => {
    await site.withPage(async (page) => {
      const seen = watch(page);
      await page.goto(`${site.url}/search/?quote=${encodeURIComponent('“推动创新链……建成合成生物产业先导区”')}`);
      await expect.poll(() => page.locator('#quote-result').getAttribute('data-checks'), POLL).toBe('1');
      const text = (await page.textContent('#quote-result')) ?? '';
      expect(text).toContain('原文中逐字找到（1 处');
      expect(text).toContain('引文中的省略号按“此处略去原文”比对');
      expect(await page.locator('.quote-match a').getAttribute('href')).toBe('/plans/2023-baoshan-synbio/original/#L60');
      expect(await page.$$eval('.quote-omitted li', (items) => items.map((li) => li.textContent))).toEqual(['、产业链、人才链协同发力，']);
      expect(await page.textContent('.quote-original q')).toBe('推动创新链、产业链、人才链协同发力，建成合成生物产业先导区');
      expect(seen.errors).toEqual([]);
    });
  });

  it('says a quotation is not found, and where the closest one stops agreeing', async ({ expect }) => {
    await site.withPage(async (page) => {
      const seen = watch(page);
      await page.goto(`${site.url}/search/`);
      await page.click('#quote-check summary');
      const text = await check(expect, page, '加快培育发展新质生产力和未来产业集群');
      expect(text).toContain('未找到：本站收录的 5 份规划原始文本中都没有这段引文');
      expect(text).toContain('开头“加快培育发展新质生产力”见于');
      expect(text).toContain('其后引文为“和未来产业集群”，原文为“，更好服务长三角”');
      expect(await check(expect, page, '本市将全面取消所有生物制造企业的税收')).not.toContain('开头');
      expect(seen.errors).toEqual([]);
    });
  });

  it('axe finds no violation with a check shown, its differences and the lookup line', async ({ expect }) => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}/search/?q=${encodeURIComponent('宝山 一、')}&quote=${encodeURIComponent('推动張江高新区寶山园(以下简称"张江宝山园")')}`);
      await expect.poll(() => page.locator('#quote-result').getAttribute('data-checks'), POLL).toBe('1');
      await expect.poll(() => page.evaluate(() => Number(document.getElementById('search-results')?.dataset.searches ?? 0)), POLL).toBeGreaterThan(0);
      // 宝山 fits three plans that all have 一、: the line offers each.
      expect(await page.locator('#search-lookup li a').count()).toBe(3);
      expectNoViolations(await runAxe(page), '/search/ with a quote check', false, expect);
    });
  });
});
