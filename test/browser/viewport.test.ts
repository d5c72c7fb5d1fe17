/**
 * Every kind of page at 360, 390, 768 and 1280 px (issue 21): no horizontal overflow, the header
 * navigation never wraps inside a word, body text ≥ 16 px, primary tap targets ≥ 44 px and no
 * control under 24 px; in each reading mode (default, 大字, 高对比 — set the way a reader's stored
 * choice is, through localStorage and public/modes.js — and the system's dark scheme) axe passes at a phone width and the text
 * sizes hold; a stored mode is on <html> before <body> exists (no flash); the 大字/高对比 buttons
 * persist across pages; without JavaScript every page still has its heading and no overflow; the
 * skip link is the first Tab stop; on a slow connection no page moves as it loads (layout shift).
 * One static server and one browser for the file.
 * Screenshots are written when VIEWPORT_SCREENSHOTS_DIR is set (for review, not committed).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, type ExpectStatic } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoViolations, runAxe } from './axe.ts';
import { useSite } from './site.ts';
import { PAGE_KINDS, PLAN_PAGE, type PageKind } from '../../src/tooling/page-kinds.ts';

/** The kinds of page the layout and axe tests walk at every width and in every mode. */
const PAGES: Array<[kind: PageKind, path: string]> = (
  ['home', 'plan', 'original', 'support', 'fit answer', 'targets', 'map', 'search', 'agencies', 'compare', 'lineage', 'data', 'accessibility'] as const
).map((kind) => [kind, PAGE_KINDS[kind]]);
const WIDTHS = [360, 390, 768, 1280];
/** Each reading mode: the stored choice (localStorage portal-*) and the system colour scheme. */
const MODES: Record<string, { stored: Record<string, string>; colorScheme?: 'dark' }> = {
  default: { stored: {} },
  large: { stored: { text: 'large' } },
  contrast: { stored: { contrast: 'high' } },
  dark: { stored: {}, colorScheme: 'dark' },
};
/** Primary actions: the header's links and controls, the home page's entry cards, the CSV download. */
const PRIMARY = '.site-header nav a, .site-search input, .site-search button, .reading-modes button, .entry-card a, .checklist-save a';
const TIMEOUT = 240_000;
/** --paper of the dark scheme (src/styles/modes.css), as getComputedStyle gives it. */
const DARK_PAPER = 'rgb(22, 24, 28)';
const SHOTS = process.env.VIEWPORT_SCREENSHOTS_DIR;

interface Layout {
  scrollWidth: number;
  innerWidth: number;
  overflowing: string[];
  brokenNav: string[];
  bodyPx: number;
  /** Share of the text in main's paragraphs, list items and definitions set at ≥ the minimum size. */
  largeShare: number;
  smallPrimary: string[];
  tinyControls: string[];
}

function layout(page: Page, minPx: number): Promise<Layout> {
  return page.evaluate(
    ({ primary, minPx }) => {
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 12)}”`;
      let all = 0;
      let large = 0;
      for (const el of document.querySelectorAll('main p, main li, main dd')) {
        // Each element's own text only (its text nodes), so nested lists are not counted twice.
        const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).reduce((n, t) => n + (t.textContent ?? '').trim().length, 0);
        if (!own || !visible(el)) continue;
        all += own;
        if (parseFloat(getComputedStyle(el).fontSize) >= minPx - 0.01) large += own;
      }
      return {
        scrollWidth: document.scrollingElement!.scrollWidth,
        innerWidth: window.innerWidth,
        overflowing: [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('.table-wrap, .doc-table, nav, figure, pre'))
          .slice(0, 5)
          .map(name),
        brokenNav: [...document.querySelectorAll('.site-header nav a')]
          .filter((a) => a.getClientRects().length > 1 || a.getBoundingClientRect().height > parseFloat(getComputedStyle(a).lineHeight) * 1.5 + 16)
          .map((a) => a.textContent ?? ''),
        bodyPx: parseFloat(getComputedStyle(document.body).fontSize),
        largeShare: all ? large / all : 1,
        smallPrimary: [...document.querySelectorAll(primary)].filter((el) => visible(el) && el.getBoundingClientRect().height < 44 - 0.5).map(name),
        tinyControls: [...document.querySelectorAll('button, input:not([type="checkbox"]):not([type="radio"]), select, summary')]
          .filter((el) => visible(el) && el.getBoundingClientRect().height < 24 - 0.5)
          .map(name),
      };
    },
    { primary: PRIMARY, minPx },
  );
}

/** A stored reading mode, as a reader's earlier choice leaves it (read by public/modes.js). */
async function storeMode(context: BrowserContext, mode: Record<string, string>): Promise<void> {
  await context.addInitScript((entries) => {
    for (const [key, value] of entries) localStorage.setItem(`portal-${key}`, value);
  }, Object.entries(mode));
}

/** `expect` is the test's own (the tests run concurrently). */
function expectLayout(found: Layout, where: string, minPx: number, expect: ExpectStatic): void {
  expect
    .soft(found.scrollWidth, `${where}: page ${found.scrollWidth}px wide; sticking out: ${found.overflowing.join(', ')}`)
    .toBeLessThanOrEqual(found.innerWidth);
  expect.soft(found.brokenNav, `${where}: nav items broken inside a word`).toEqual([]);
  expect.soft(found.bodyPx, `${where}: body font size`).toBeGreaterThanOrEqual(minPx);
  expect.soft(found.largeShare, `${where}: share of main text at ≥ ${minPx}px`).toBeGreaterThanOrEqual(0.8);
  expect.soft(found.smallPrimary, `${where}: primary tap targets under 44 px`).toEqual([]);
  expect.soft(found.tinyControls, `${where}: controls under 24 px`).toEqual([]);
}

describe('every kind of page at phone, tablet and desktop widths, in each reading mode', () => {
  const site = useSite();

  // The per-page tests run a few at once: much of their time is waiting for the network to idle.
  it.concurrent.for(PAGES)(
    '%s (%s): no overflow, nav whole, text ≥ 16 px, tap targets, at 360/390/768/1280 px',
    { timeout: TIMEOUT },
    async ([kind, path], { expect }) => {
      await site.withPage(async (page) => {
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(site.url + path, { waitUntil: 'networkidle', timeout: 60_000 });
          expectLayout(await layout(page, 16), `${path} @${width}px`, 16, expect);
          if (SHOTS) {
            mkdirSync(SHOTS, { recursive: true });
            await page.screenshot({ path: join(SHOTS, `${kind.replace(/\s/gu, '-')}-${width}.png`) });
          }
        }
      });
    },
  );

  it.concurrent.for(PAGES)(
    '%s (%s): axe passes at 390 px in the default, large-text, high-contrast and dark modes',
    { timeout: TIMEOUT },
    async ([kind, path], { expect }) => {
      for (const [modeName, { stored, colorScheme }] of Object.entries(MODES)) {
        await site.withPage(
          async (page, context) => {
            await storeMode(context, stored);
            await page.goto(site.url + path, { waitUntil: 'networkidle', timeout: 60_000 });
            for (const [key, value] of Object.entries(stored)) expect(await page.locator('html').getAttribute(`data-${key}`)).toBe(value);
            if (colorScheme) expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_PAPER);
            const minPx = stored.text ? 20 : 16;
            expectLayout(await layout(page, minPx), `${path} @390px ${modeName}`, minPx, expect);
            expectNoViolations(await runAxe(page), `${path} @390px ${modeName}`, true, expect);
            if (SHOTS) await page.screenshot({ path: join(SHOTS, `${kind.replace(/\s/gu, '-')}-390-${modeName}.png`) });
          },
          { viewport: { width: 390, height: 800 }, ...(colorScheme ? { colorScheme } : {}) },
        );
      }
    },
  );

  it(
    'the 大字 and 高对比 buttons switch, persist to the next page, and the mode is on <html> before <body> exists',
    async () => {
      await site.withPage(
        async (page, context) => {
          // What <html> carries when the parser first creates <body>: the first paint cannot be earlier.
          await context.addInitScript(() => {
            new MutationObserver((_m, observer) => {
              if (!document.body) return;
              (window as unknown as { atBody: string }).atBody = `${document.documentElement.dataset.text}/${document.documentElement.dataset.contrast}`;
              observer.disconnect();
            }).observe(document, { childList: true, subtree: true });
          });
          await page.goto(site.url + '/', { waitUntil: 'networkidle' });
          const large = page.locator('.reading-modes button[data-mode="text"]');
          const contrast = page.locator('.reading-modes button[data-mode="contrast"]');
          expect(await large.getAttribute('aria-pressed')).toBe('false');
          const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
          await large.click();
          await contrast.click();
          expect(await large.getAttribute('aria-pressed')).toBe('true');
          expect(await contrast.getAttribute('aria-pressed')).toBe('true');
          const after = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
          expect(after).toBeGreaterThanOrEqual(20);
          expect(after).toBeGreaterThan(before);
          await page.goto(site.url + PLAN_PAGE, { waitUntil: 'networkidle' });
          expect(await page.evaluate(() => (window as unknown as { atBody: string }).atBody)).toBe('large/high');
          expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ink').trim())).toBe('#000');
          // A chosen 高对比 stays black on white under a dark system scheme.
          await page.emulateMedia({ colorScheme: 'dark' });
          expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
          await page.emulateMedia({ colorScheme: 'light' });
          await page.locator('.reading-modes button[data-mode="text"]').click();
          await page.reload({ waitUntil: 'networkidle' });
          expect(await page.evaluate(() => (window as unknown as { atBody: string }).atBody)).toBe('normal/high');
        },
        { viewport: { width: 390, height: 800 } },
      );
    },
    TIMEOUT,
  );

  it(
    'without JavaScript: every kind of page has its heading and no overflow at 360 px, the mode buttons stay hidden, prefers-color-scheme gives the dark colours (not in print), prefers-contrast the high-contrast ones',
    async () => {
      await site.withPage(
        async (page) => {
          for (const [, path] of PAGES) {
            await page.goto(site.url + path, { waitUntil: 'load', timeout: 60_000 });
            expect.soft(await page.locator('main h1').count(), path).toBe(1);
            expect.soft(await page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth), path).toBeLessThanOrEqual(0);
            expect.soft(await page.locator('.reading-modes').isVisible(), path).toBe(false);
          }
          const colours = () =>
            page.evaluate(() => ({
              ink: getComputedStyle(document.documentElement).getPropertyValue('--ink').trim(),
              paper: getComputedStyle(document.body).backgroundColor,
            }));
          await page.emulateMedia({ colorScheme: 'dark' });
          expect(await colours()).toEqual({ ink: '#e6e8eb', paper: DARK_PAPER });
          // Printed, the page is light whatever the screen's scheme.
          await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
          expect((await colours()).paper).toBe('rgb(255, 255, 255)');
          // prefers-contrast: more wins over a dark scheme: black on white.
          await page.emulateMedia({ colorScheme: 'dark', contrast: 'more', media: 'screen' });
          expect(await colours()).toEqual({ ink: '#000', paper: 'rgb(255, 255, 255)' });
        },
        { viewport: { width: 360, height: 800 }, javaScriptEnabled: false },
      );
    },
    TIMEOUT,
  );

  it.concurrent.for(Object.entries(PAGE_KINDS))(
    '%s (%s): on a slow phone connection the page does not move as it loads (layout shift ≤ 0.01)',
    { timeout: TIMEOUT },
    async ([, path], { expect }) => {
      await site.withPage(
        async (page, context) => {
          // Every layout shift not caused by input, summed as Lighthouse's CLS does for one page load.
          await context.addInitScript(() => {
            const w = window as unknown as { shifts: Array<[number, string]> };
            w.shifts = [];
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node }> }>) {
                if (entry.hadRecentInput) continue;
                const node = entry.sources?.[0]?.node;
                w.shifts.push([entry.value, node instanceof Element ? `${node.tagName.toLowerCase()}.${node.className}` : String(node?.nodeName)]);
              }
            }).observe({ type: 'layout-shift', buffered: true });
          });
          // A slow link (20 KB/s), so a long page is painted while its HTML still streams in, as on
          // a phone: that is when content shown only at DOMContentLoaded pushed the page down
          // (/support/ 0.53, and 0.06 on the plan, targets, search, map and compare pages, before).
          const cdp = await context.newCDPSession(page);
          await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 20_000, uploadThroughput: 90_000 });
          await page.goto(site.url + path, { waitUntil: 'load', timeout: 120_000 });
          await page.waitForTimeout(500);
          const shifts = await page.evaluate(() => (window as unknown as { shifts: Array<[number, string]> }).shifts);
          const total = shifts.reduce((sum, [value]) => sum + value, 0);
          expect(total, `${path}: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(0.01);
        },
        { viewport: { width: 390, height: 800 } },
      );
    },
  );

  it(
    'the first Tab stop is the skip link, visible and outlined, and it moves to the main content',
    async () => {
      await site.withPage(async (page) => {
        await page.goto(site.url + PLAN_PAGE, { waitUntil: 'networkidle' });
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const r = el.getBoundingClientRect();
          return { cls: el.className, left: r.left, outline: getComputedStyle(el).outlineStyle };
        });
        expect(focused.cls).toBe('skip-link');
        expect(focused.left).toBeGreaterThanOrEqual(0);
        expect(focused.outline).not.toBe('none');
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => location.hash)).toBe('#main');
      });
    },
    TIMEOUT,
  );
});
