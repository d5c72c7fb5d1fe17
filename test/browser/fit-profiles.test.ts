/**
 * 适合我吗 in headless Chromium against the hand-checked answer list
 * (test/support/expected/profiles.yaml): with JavaScript every profile's URL lists what it
 * must and not what it must not; without JavaScript the pre-rendered one-answer pages (where=…)
 * never list another district's plan and put plans in force first.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';

interface Profile {
  name: string;
  answers: Record<string, string>;
  must: string[];
  mustNot: string[];
  first?: string;
}
const profiles = parse(readFileSync('test/support/expected/profiles.yaml', 'utf8')) as Profile[];
const DISTRICT_PLANS: Record<string, string[]> = {
  baoshan: ['2023-baoshan-synbio', '2024-baoshan-biomedicine-draft', '2025-zhangjiang-baoshan-park'],
  jinshan: ['2023-jinshan-biomanufacturing'],
  pudong: [],
  city: [],
};
const CITY = '2023-shanghai-synbio';

/** plan/clause of each listed measure, from its link (/plans/<slug>/#<clause>). */
async function listed(page: Page, selector: string): Promise<string[]> {
  const hrefs = await page.$$eval(`${selector} li .measure-title a`, (as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace(/^.*\/plans\/([^/]+)\/#(.+)$/u, '$1/$2'));
}

const matches = (key: string, pattern: string) => key === pattern || key.startsWith(`${pattern}/`);
const allowed = (where: string, key: string) => key.startsWith(`${CITY}/`) || DISTRICT_PLANS[where]!.some((plan) => key.startsWith(`${plan}/`));

describe('适合我吗 profiles in the browser', () => {
  const site = useSite();

  it('with JavaScript, each profile lists what it must and nothing it must not', { timeout: 240_000 }, async () => {
    await site.withPage(async (page) => {
      for (const profile of profiles) {
        await page.goto(`${site.url}/support/fit/?${new URLSearchParams(profile.answers).toString()}`);
        await page.waitForFunction(() => document.querySelectorAll('#fit-results li').length > 0, undefined, { timeout: 30_000 });
        const keys = await listed(page, '#fit-results');
        for (const key of profile.must) expect(keys, `${profile.name}: ${key}`).toContain(key);
        for (const pattern of profile.mustNot)
          expect(
            keys.filter((k) => matches(k, pattern)),
            `${profile.name}: not ${pattern}`,
          ).toEqual([]);
        if (profile.first) expect(keys[0], profile.name).toBe(profile.first);
        if (profile.answers.where) for (const key of keys) expect(allowed(profile.answers.where, key), `${profile.name}: ${key}`).toBe(true);
      }
    });
  });

  it('without JavaScript, a district answer lists that district’s plans and the city plan only, in force first', { timeout: 120_000 }, async () => {
    await site.withPage(
      async (page) => {
        for (const where of Object.keys(DISTRICT_PLANS)) {
          await page.goto(`${site.url}/support/fit/where/${where}/`);
          const keys = await listed(page, 'ol.measures');
          expect(keys.length, where).toBeGreaterThan(0);
          for (const key of keys) expect(allowed(where, key), `${where}: ${key}`).toBe(true);
          const marked = await page.$$eval('li.measure', (els) => els.map((el) => (el as HTMLElement).dataset.status !== '实施中'));
          const firstOut = marked.indexOf(true);
          if (firstOut !== -1) expect(marked.slice(firstOut).every(Boolean), where).toBe(true);
        }
        // The case: Pudong opened with a Jinshan measure.
        await page.goto(`${site.url}/support/fit/where/pudong/`);
        expect((await listed(page, 'ol.measures'))[0]!.startsWith(`${CITY}/`)).toBe(true);
      },
      { javaScriptEnabled: false },
    );
  });
});
