/**
 * axe-core (WCAG 2.0/2.1/2.2 A + AA rules, incl. 2.2 target size) on a plan page at a 375 px-wide
 * mobile viewport, and its reflow; every built page at desktop width is checked by the one crawl
 * (crawl.test.ts). Failures list rule, impact, help URL and the offending nodes.
 */
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoViolations as expectClean, runAxe } from './axe.ts';
import { useSite } from './site.ts';

const MOBILE_PAGE = '/plans/2023-baoshan-synbio/';

async function expectNoViolations(page: Page, path: string): Promise<void> {
  expectClean(await runAxe(page), path);
}

describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
  const site = useSite();

  it(`${MOBILE_PAGE} at 375 px wide (mobile) has no violations`, async () => {
    await site.withPage(
      async (page) => {
        await page.goto(site.url + MOBILE_PAGE, { waitUntil: 'networkidle' });
        expect(await page.evaluate(() => window.innerWidth)).toBe(375);
        await expectNoViolations(page, `${MOBILE_PAGE} @375px`);
      },
      { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    );
  });

  it(`${MOBILE_PAGE} at 375 px wide reflows without horizontal scrolling (WCAG 1.4.10)`, async () => {
    await site.withPage(
      async (page) => {
        await page.goto(site.url + MOBILE_PAGE, { waitUntil: 'networkidle' });
        const { scrollWidth, innerWidth, wide } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          // Elements sticking out of the viewport, to say what to fix.
          wide: [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`),
        }));
        expect(scrollWidth, `page is ${scrollWidth}px wide at ${innerWidth}px; overflowing: ${wide.join(', ')}`).toBeLessThanOrEqual(innerWidth);
      },
      { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true },
    );
  });

  it.each([320, 360, 390])('the header navigation never breaks inside a word at %i px, and the page does not scroll sideways', async (width) => {
    await site.withPage(
      async (page) => {
        await page.goto(site.url + MOBILE_PAGE, { waitUntil: 'networkidle' });
        const { broken, scrollWidth, innerWidth } = await page.evaluate(() => ({
          // A link whose text wraps has more than one line box.
          broken: [...document.querySelectorAll('.site-header nav a')]
            .filter((a) => a.getClientRects().length > 1 || a.getBoundingClientRect().height > parseFloat(getComputedStyle(a).lineHeight) * 1.5)
            .map((a) => a.textContent),
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(broken).toEqual([]);
        expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
        await expectNoViolations(page, `${MOBILE_PAGE} @${width}px`);
      },
      { viewport: { width, height: 740 }, isMobile: true, hasTouch: true },
    );
  });
});
