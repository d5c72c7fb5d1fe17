/**
 * 我的政策清单 (issue 21, item 3): a 适合我吗 answer saved as CSV. The pre-rendered answer links its
 * static checklist.csv (no JavaScript needed), whose rows are the page's measures in the page's
 * order; on /support/fit/ the button downloads, through a Blob, the rows of the answers chosen.
 * Both are read back with an RFC 4180 reader independent of the writer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csv-read.ts';
import { useSite } from './site.ts';

const HEADER = ['条款', '规划', '状态', '责任单位', '网址'];
const TIMEOUT = 90_000;

function rows(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...body] = parseCsv(text.slice(1));
  expect(header).toEqual(HEADER);
  for (const row of body) expect(row).toHaveLength(HEADER.length);
  return body;
}

describe('我的政策清单 (CSV of a 适合我吗 answer)', () => {
  const site = useSite();

  it(
    'a pre-rendered answer links its checklist.csv, which lists the page’s measures in order',
    async () => {
      await site.withPage(
        async (page) => {
          await page.goto(`${site.url}/support/fit/where/baoshan/`, { waitUntil: 'load' });
          const href = await page.locator('.checklist-save a').getAttribute('href');
          expect(href).toBe('/support/fit/where/baoshan/checklist.csv');
          const shown = await page.locator('ol.measures > li .measure-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
          const response = await page.request.get(site.url + href!);
          expect(response.status()).toBe(200);
          expect(response.headers()['content-type']).toContain('text/csv');
          const body = rows(await response.text());
          expect(shown.length).toBeGreaterThan(0);
          expect(body.map((r) => r[4])).toEqual(shown);
          for (const [clause, plan, status] of body) {
            expect(clause).not.toBe('');
            expect(plan).toMatch(/区级 · 宝山区|市级/u);
            expect(status).not.toBe('');
          }
        },
        { javaScriptEnabled: false },
      );
    },
    TIMEOUT,
  );

  it(
    'with JavaScript, /support/fit/ downloads the answers chosen as a Blob CSV, with 责任单位 where clauses name them',
    async () => {
      await site.withPage(
        async (page) => {
          await page.goto(`${site.url}/support/fit/?need=funding&where=baoshan`, { waitUntil: 'networkidle' });
          await page.locator('#fit-results li').first().waitFor({ timeout: 20_000 });
          const shown = await page.locator('#fit-results li .measure-title a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
          const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.locator('#fit-csv').click()]);
          expect(download.suggestedFilename()).toBe('我的政策清单.csv');
          expect(download.url()).toMatch(/^blob:/u);
          const body = rows(readFileSync((await download.path())!, 'utf8'));
          expect(body.map((r) => r[4])).toEqual(shown);
          // The 宝山 plans name their 责任单位: some row carries them.
          expect(body.some((r) => r[3] !== '')).toBe(true);
        },
        { acceptDownloads: true },
      );
    },
    TIMEOUT,
  );
});
