/**
 * The build-time charts on a phone (issue 21): at 360 and 390 px every label of every chart reads
 * at 12 px or more — the chart keeps its size in a box that scrolls sideways, with a cue, instead
 * of shrinking — the box can be focused and scrolled from the keyboard, and the page itself does
 * not scroll sideways. On a desktop the chart fits its column and no cue shows.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './site.ts';

/** A page per chart: the timeline (home), the targets chart, the support heatmap, the lineage graph. */
const CHART_PAGES = ['/', '/targets/', '/support/', '/lineage/'];

interface ChartReading {
  smallestLabel: number;
  scrollable: boolean;
  focusable: boolean;
  cueShown: boolean;
}

/** For each chart of the page: the smallest label as rendered (font size × the SVG's scale), and the box's state. */
const readCharts = (page: Page) =>
  page.evaluate((): ChartReading[] =>
    [...document.querySelectorAll('figure.chart')].map((figure) => {
      const svg = figure.querySelector('svg')!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      const box = figure.querySelector<HTMLElement>('.chart-scroll')!;
      const cue = figure.querySelector<HTMLElement>('.chart-cue')!;
      return {
        smallestLabel: Math.min(...sizes),
        scrollable: box.scrollWidth > box.clientWidth,
        focusable: box.tabIndex === 0,
        cueShown: cue.getClientRects().length > 0,
      };
    }),
  );

describe('charts on a phone', () => {
  const site = useSite();

  for (const width of [360, 390])
    it.each(CHART_PAGES)(`%s at ${width} px: labels ≥ 12 px, the chart scrolls in its box with a cue, the page does not`, async (path) => {
      await site.withPage(
        async (page) => {
          await page.goto(site.url + path, { waitUntil: 'networkidle' });
          const charts = await readCharts(page);
          expect(charts.length, `${path} has a chart`).toBeGreaterThan(0);
          for (const chart of charts) {
            expect(chart.smallestLabel, `${path}: smallest chart label`).toBeGreaterThanOrEqual(12);
            expect(chart).toMatchObject({ scrollable: true, focusable: true, cueShown: true });
          }
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
          // The keyboard scrolls the box: focus it and press the right arrow.
          const box = page.locator('figure.chart .chart-scroll').first();
          await box.focus();
          await page.keyboard.press('ArrowRight');
          await expect.poll(() => box.evaluate((el) => el.scrollLeft), { timeout: 10_000 }).toBeGreaterThan(0);
        },
        { viewport: { width, height: 800 }, isMobile: true, hasTouch: true },
      );
    });

  it.each(CHART_PAGES)('%s at 1280 px: the chart fits its column, no cue', async (path) => {
    await site.withPage(
      async (page) => {
        await page.goto(site.url + path, { waitUntil: 'networkidle' });
        for (const chart of await readCharts(page)) expect(chart).toMatchObject({ scrollable: false, cueShown: false });
      },
      { viewport: { width: 1280, height: 900 } },
    );
  });
});
