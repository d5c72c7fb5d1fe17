/**
 * The validity block (效力与期限) in headless Chromium on the built site, with and without
 * JavaScript: on a plan page and its original page it is visible near the top, says 截至 the
 * build date (the footer's 数据截至), and its source line lands on the highlighted line of the
 * original that states the period. The 张江 plan (2025—2026) counts the days left; an expired
 * plan says what expiry means; no console errors.
 */
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { useSite } from './site.ts';

const CASES = [
  { slug: '2025-zhangjiang-baoshan-park', status: '实施中' },
  { slug: '2023-shanghai-synbio', status: '已期满' },
] as const;

async function blockOf(page: Page) {
  return page.locator('section.validity').evaluate((block) => {
    const rect = block.getBoundingClientRect();
    const asOf = document.querySelector('.site-footer')?.textContent?.match(/数据截至 (\d{4})-(\d{2})-(\d{2})/u);
    return {
      visible: rect.height > 0 && getComputedStyle(block).display !== 'none',
      status: (block as HTMLElement).dataset.status ?? '',
      asOf: block.querySelector('.validity-as-of')?.textContent ?? '',
      footerDate: asOf ? `${Number(asOf[1])}年${Number(asOf[2])}月${Number(asOf[3])}日` : '',
      meaning: block.querySelector('.validity-meaning')?.textContent ?? '',
      daysLeft: block.querySelector('.validity-days-left')?.textContent ?? null,
      successor: block.querySelector('.validity-successor')?.textContent?.trim() ?? '',
      quoted: block.querySelector('.validity-period')?.textContent?.match(/“(.+)”/u)?.[1] ?? '',
    };
  });
}

describe.concurrent('validity block', () => {
  const site = useSite();

  for (const javaScriptEnabled of [false, true]) {
    for (const { slug, status } of CASES) {
      for (const path of [`/plans/${slug}/`, `/plans/${slug}/original/`]) {
        it(`${path} ${javaScriptEnabled ? 'with' : 'without'} JavaScript: status as of the build date, its source line lands`, async ({ expect }) => {
          await site.withPage(
            async (page) => {
              const errors: string[] = [];
              page.on('console', (m) => {
                if (m.type() === 'error') errors.push(m.text());
              });
              page.on('pageerror', (e) => errors.push(e.message));
              await page.goto(`${site.url}${path}`);
              const block = await blockOf(page);
              expect(block.visible).toBe(true);
              expect(block.status).toBe(status);
              expect(block.footerDate).not.toBe('');
              expect(block.asOf.startsWith(`截至${block.footerDate}：`)).toBe(true);
              expect(block.asOf).toContain(status);
              expect(block.successor).toBe('本站未收录后续文件');
              if (status === '已期满') {
                expect(block.meaning).toMatch(/文本仍可查阅/u);
                expect(block.daysLeft).toBeNull();
              } else if (block.daysLeft !== null) {
                // Ends 2026-12-31: the count is shown only within 90 days of it.
                const days = Number(block.daysLeft.match(/距期满还有 (\d+) 天/u)?.[1]);
                expect(days).toBeGreaterThanOrEqual(0);
                expect(days).toBeLessThan(90);
              }
              await page.locator('section.validity a.validity-source-line').click();
              await page.waitForURL(new RegExp(`/plans/${slug}/original/#L\\d+$`, 'u'), { timeout: 15_000 });
              const landed = await page.evaluate(() => {
                const line = document.querySelector(':target');
                return { text: line?.textContent ?? '', top: line?.getBoundingClientRect().top ?? -1 };
              });
              const fold = (t: string) => t.normalize('NFKC').replace(/\s+/gu, '');
              expect(block.quoted).not.toBe('');
              expect(fold(landed.text)).toContain(fold(block.quoted));
              // Scrolled into view: the line is on the first screen.
              expect(landed.top).toBeGreaterThan(-1); // sub-pixel: a line scrolled to the very top sits at −0.08 px
              expect(landed.top).toBeLessThan(page.viewportSize()!.height);
              expect(errors).toEqual([]);
            },
            { javaScriptEnabled },
          );
        });
      }
    }
  }
});
