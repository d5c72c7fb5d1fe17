/**
 * Print (issue 21, item 3) and QR codes to the phone (item 4), in headless Chromium on the built site.
 * In print media: navigation, search box, tools, buttons and filters are not displayed; clause numbers,
 * 责任单位 and the content of closed folds are; each clause prints its permalink as text; a footer prints
 * the page's URL and 截至 the build date. The QR codes — static SVG files made at build time — are
 * drawn to a canvas and decoded with jsQR to the permalink they stand for.
 * Screenshots at 360 and 1280 px in print media are written when PRINT_SCREENSHOTS_DIR is set.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, it, type ExpectStatic } from 'vitest';
import { absoluteUrl, clauseUrl, pageUrl, planUrl } from '../../src/contracts/urls.ts';
import { decodeQr } from './qr-decode.ts';
import { buildDate, useSite } from './site.ts';

/** The site's address the default build was made with: none (no SITE_URL), so the footer prints the path. */
const SITE = process.env.SITE_URL;
const PLAN = '2023-baoshan-synbio';
// Generous: decoding QR codes in the page is heavy on a loaded 2-core machine.
const TIMEOUT = 120_000;
const SHOTS = process.env.PRINT_SCREENSHOTS_DIR;

/** `display` of every element matching `selector` (empty when there is none). */
const displays = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((el) => getComputedStyle(el).display));

/** Checks shared by every printed page; returns the print footer's text. */
async function checkPrintFrame(expect: ExpectStatic, page: Page, url: string, date: string, shotName: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.site-search', '.skip-link']) {
    expect(await displays(page, selector), selector).toEqual(['none']);
  }
  for (const selector of ['nav', 'form', 'select', 'input', 'button:not(th > button)']) {
    expect(
      (await displays(page, selector)).filter((d) => d !== 'none'),
      selector,
    ).toEqual([]);
  }
  const footer = page.locator('.print-footer');
  expect(await footer.isVisible()).toBe(true);
  const text = await footer.innerText();
  expect(text).toContain(url);
  expect(text).toContain(`截至 ${date}`);
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: join(SHOTS, `${shotName}-${width}.png`), fullPage: true });
    }
  }
}

describe.concurrent('print', () => {
  const site = useSite();

  it(
    'a plan page: clause numbers, 责任单位, folds and permalinks print; tools do not',
    async ({ expect }) => {
      await site.withPage(async (page) => {
        await page.goto(`${site.url}${planUrl(PLAN)}`);
        const date = await buildDate(page);
        await checkPrintFrame(expect, page, absoluteUrl(planUrl(PLAN), SITE), date, 'plan');
        const numbers = page.locator('.clause-number');
        const count = await numbers.count();
        expect(count).toBeGreaterThan(20);
        expect(await numbers.evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().height === 0 || !el.textContent?.trim()).length)).toBe(0);
        const duties = page.locator('.duty');
        expect(await duties.count()).toBeGreaterThan(10);
        expect(
          await duties.evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().height === 0 || !el.textContent?.includes('责任单位')).length),
        ).toBe(0);
        expect((await displays(page, '.copy-cite, .clause-qr')).filter((d) => d !== 'none')).toEqual([]);
        // Each clause's permalink, printed as text from the ¶ link's own href.
        const printed = await page.$$eval('.clause-tools .permalink', (links) =>
          // The text is the link's ::before (the ¶ itself is font-size 0): its tools line must take room.
          links.map((a) => ({
            href: a.getAttribute('href')!,
            before: getComputedStyle(a, '::before').content,
            visible: a.parentElement!.getBoundingClientRect().height > 0,
          })),
        );
        expect(printed.length).toBe(count);
        for (const p of printed) {
          expect(p.before).toBe(`"本条链接：${p.href}"`);
          expect(p.visible, p.href).toBe(true);
        }
        expect(printed[0]!.href).toBe(clauseUrl(PLAN, printed[0]!.href.split('#')[1]!));
        // The link to a clause's related clauses (on the plan's related page) prints too.
        const related = page.locator('p.related-clauses a').first();
        expect(await related.isVisible()).toBe(true);
        // The layout map would print as an empty box: it is hidden, its list of places printed, and
        // the link to the full map prints its address.
        await page.locator('.plan-layout').scrollIntoViewIfNeeded();
        expect(await displays(page, '.plan-layout .map-canvas, .plan-layout .map-status, .plan-layout-legend')).toEqual(['none', 'none', 'none']);
        expect(await page.locator('.plan-layout h2').isVisible()).toBe(true);
        expect(await page.locator('.plan-layout li').first().isVisible()).toBe(true);
        const mapLink = page.locator('.plan-layout-map-link');
        expect(await mapLink.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`"（${await mapLink.getAttribute('href')}）"`);
        // No QR code without SITE_URL: a code of a bare path leads a phone nowhere.
        expect(await page.locator('.plan-qr, .clause-qr').count()).toBe(0);
      });
    },
    TIMEOUT,
  );

  for (const [name, path] of [
    ['support list', '/support/'],
    ['适合我吗 answer (pre-rendered)', '/support/fit/where/baoshan/'],
    ['targets ledger', '/targets/'],
  ] as const) {
    it(
      `${name}: frame hidden, 责任单位 or column names kept, footer with URL and 截至`,
      async ({ expect }) => {
        await site.withPage(async (page) => {
          await page.goto(`${site.url}${pageUrl(path)}`);
          const date = await buildDate(page);
          await checkPrintFrame(expect, page, absoluteUrl(pageUrl(path), SITE), date, name.split(' ')[0]!);
          if (path === '/targets/') {
            expect(await displays(page, '.targets-tools')).toEqual(['none']);
            const headers = await page.locator('.targets-table thead th').allInnerTexts();
            expect(headers.join('|')).toContain('指标');
            expect(await page.locator('.targets-table details:not([open]) p').first().isVisible()).toBe(true);
          } else {
            const agencies = page.locator('.measure dt', { hasText: '责任单位' });
            expect(await agencies.count()).toBeGreaterThan(3);
            expect(await agencies.first().isVisible()).toBe(true);
          }
        });
      },
      TIMEOUT,
    );
  }

  it(
    '适合我吗 answered with JavaScript: the footer prints the URL with its answers',
    async ({ expect }) => {
      await site.withPage(async (page) => {
        const url = `${site.url}${pageUrl('/support/fit/')}?need=funding&where=baoshan`;
        await page.goto(url);
        await page.locator('#fit-results li').first().waitFor({ timeout: 20_000 });
        const date = await buildDate(page);
        await checkPrintFrame(expect, page, page.url(), date, 'fit-js');
        expect(await page.locator('#fit-results li').first().isVisible()).toBe(true);
      });
    },
    TIMEOUT,
  );
});

// QR codes exist only in a build with the site's address: the /portal/ build with SITE_URL
// (src/scripts/test.sh), served under its base.
const baseDist = new URL('../../dist-base/', import.meta.url).pathname;
const BASE = '/portal';
const BASE_SITE = 'https://example.org';
const underBase = (path: string) => `${BASE}${path}`;

// One after another: decoding codes is heavy, and beside the print tests it ran past its timeout.
describe('QR codes (the build with SITE_URL, under /portal/)', () => {
  const site = useSite({ base: '/portal/', root: baseDist });

  it(
    'the plan QR code prints open and loaded',
    async ({ expect }) => {
      await site.withPage(async (page) => {
        await page.goto(`${site.url}${underBase(planUrl(PLAN))}`);
        await page.emulateMedia({ media: 'print' });
        const qr = page.locator('.plan-qr img');
        expect(await qr.isVisible()).toBe(true);
        await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 20_000 }).toBe(true);
      });
    },
    TIMEOUT,
  );

  it(
    'printing for real (page.pdf): the plan QR code is loaded before printing (a lazy image would not print)',
    async ({ expect }) => {
      await site.withPage(async (page) => {
        const requested: string[] = [];
        page.on('request', (r) => requested.push(new URL(r.url()).pathname));
        await page.goto(`${site.url}${underBase(planUrl(PLAN))}`, { waitUntil: 'networkidle' });
        const qrFiles = () => requested.filter((p) => p.endsWith('.svg') && p.includes('/qr'));
        // Only the plan's code: the clause codes wait until their fold is opened.
        expect(qrFiles()).toEqual([underBase(`/plans/${PLAN}/qr.svg`)]);
        expect(await page.locator('.plan-qr img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
        const pdf = await page.pdf({ format: 'A4' });
        expect(pdf.length).toBeGreaterThan(10_000);
        // Printing, Chromium fetches every lazy image (the clause codes, which print hides): when
        // those requests arrive is Chromium's affair, so nothing is asserted about them here.
      });
    },
    TIMEOUT,
  );

  it(
    'the plan QR code decodes to the plan permalink, a clause QR code to the clause permalink',
    async ({ expect }) => {
      await site.withPage(async (page) => {
        await page.goto(`${site.url}${underBase(planUrl(PLAN))}`);
        const planSrc = await page.locator('.plan-qr img').getAttribute('src');
        expect(planSrc).toBe(underBase(`/plans/${PLAN}/qr.svg`));
        expect(await decodeQr(page, planSrc!)).toBe(`${BASE_SITE}${underBase(planUrl(PLAN))}`);
        const ids = await page.$$eval('section[data-clause]', (sections) => sections.map((s) => s.getAttribute('data-clause')!));
        for (const id of [ids[0]!, ids[Math.floor(ids.length / 2)]!, ids.at(-1)!]) {
          const fold = page.locator(`section[data-clause="${id}"] > .clause-tools > .clause-qr`);
          await fold.locator('summary').click();
          const img = fold.locator('img');
          expect(await img.isVisible()).toBe(true);
          await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), { timeout: 20_000 }).toBe(true);
          expect(await img.getAttribute('alt')).toMatch(/的二维码$/u);
          expect(await decodeQr(page, (await img.getAttribute('src'))!)).toBe(`${BASE_SITE}${underBase(clauseUrl(PLAN, id))}`);
        }
      });
    },
    TIMEOUT,
  );

  it(
    'the QR files are SVG without style or script',
    async ({ expect }) => {
      const response = await fetch(`${site.url}${underBase(`/plans/${PLAN}/qr.svg`)}`);
      expect(response.ok).toBe(true);
      const svg = await response.text();
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).not.toMatch(/style|<script/iu);
    },
    TIMEOUT,
  );
});
