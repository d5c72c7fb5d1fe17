/**
 * The support finder in headless Chromium on the built site: the grouped list without
 * JavaScript, the filters (URL state both ways, shareable), the 适合我吗 checklist with and
 * without JavaScript, the heatmap's links, axe on the states scripts create, no console errors,
 * and what a first visit to /support/ transfers.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { describe, it } from 'vitest';
import { useSite } from './site.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const TYPE_IDS = ['funding', 'space', 'talent', 'platforms', 'incubation', 'services', 'market'];

function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => {
    // Chromium fetches the favicon after load; a test's next page.goto cancels that fetch (net::ERR_ABORTED).
    // That is the test navigating, not the page failing: every other failed request counts.
    const aborted = request.failure()?.errorText === 'net::ERR_ABORTED';
    if (aborted && new URL(request.url()).pathname.endsWith('/favicon.svg')) return;
    errors.push(`failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  return errors;
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated, not injected as a <script>: the pages run under a strict CSP.
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    }),
  );
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Keys of the visible measures, de-duplicated (a measure of two types shows twice). */
function visibleKeys(page: Page): Promise<string[]> {
  return page.$$eval('li.measure', (items) => [
    ...new Set(
      items.filter((item) => !(item as HTMLElement).closest('[hidden]') && !(item as HTMLElement).hidden).map((item) => (item as HTMLElement).dataset.key!),
    ),
  ]);
}

// Concurrent: each test has its own page and mostly waits (search, fetches, layout), so a few
// run at once. Each asserts with its own `expect` (from its test context).
describe.concurrent('/support/', () => {
  const site = useSite();

  it('without JavaScript is the full grouped list under the seven type ids, with status marks', async ({ expect }) => {
    await site.withPage(
      async (page) => {
        await page.goto(`${site.url}/support/`);
        const ids = await page.$$eval('section.support-group', (sections) => sections.map((s) => s.id));
        expect(ids).toEqual(TYPE_IDS);
        expect(await page.isVisible('#support-filters')).toBe(false);
        // Hand-checked list: 76 measures in the five plans.
        expect((await visibleKeys(page)).length).toBe(76);
        // 拨投结合/先投后股 under funding, with the expired-period mark of its plan.
        const item = page.locator('#funding li[data-key="2023-baoshan-synbio/s4-5-11-1"]');
        expect(await item.textContent()).toContain('规划期已满（2025年）');
        expect(await item.locator('h3 a').getAttribute('href')).toBe('/plans/2023-baoshan-synbio/#s4-5-11-1');
        const draft = page.locator('#funding li[data-key="2024-baoshan-biomedicine-draft/s4-4-23"]');
        expect(await draft.textContent()).toContain('送审稿（文本未载明是否印发）');
        // Places link to the map; follow-up policies are named.
        expect(await page.getAttribute('#platforms li[data-key="2023-shanghai-synbio/s3-1"] a[href^="/map/#place-"]', 'href')).toMatch(/^\/map\/#place-/u);
        expect(await page.textContent('li[data-key="2023-baoshan-synbio/s4-6-13-1"]')).toContain('“科创30条”');
        expect(await page.textContent('.support-lede')).toContain('没有写明支持金额');
      },
      { javaScriptEnabled: false },
    );
  });

  it('filters by type, place, plan, agency, field and status, and keeps the state in the URL', async ({ expect }) => {
    await site.withPage(async (page) => {
      const errors = watchConsole(page);
      await page.goto(`${site.url}/support/`);
      await page.waitForSelector('#support-filters:not([hidden])');
      await page.selectOption('select[name="type"]', 'funding');
      expect(new URL(page.url()).searchParams.get('type')).toBe('funding');
      expect(await page.isVisible('#space')).toBe(false);
      const funding = await visibleKeys(page);
      // Hand-checked list: 6 宝山合成生物 + 2 金山 + 2 市级 + 2 送审稿 + 2 张江.
      expect(funding.length).toBe(14);

      await page.check('input[name="status"]');
      // In force on 2026-12-01: only 金山 (no period) and 张江 (2025—2026) funding measures.
      expect((await visibleKeys(page)).sort()).toEqual([
        '2023-jinshan-biomanufacturing/s6-1',
        '2023-jinshan-biomanufacturing/s7-3',
        '2025-zhangjiang-baoshan-park/s2-1-3',
        '2025-zhangjiang-baoshan-park/s3-3',
      ]);
      expect(page.url()).toContain('status=in-force');

      await page.click('button[type="reset"]');
      await page.waitForFunction(() => !location.search);
      // District-qualified: 宝山's 区国资委, not 金山's (which s7-3 of the 金山 plan names).
      await page.selectOption('select[name="agency"]', '宝山区 区国资委');
      expect((await visibleKeys(page)).sort()).toEqual(['2023-baoshan-synbio/s4-5-11-2', '2023-baoshan-synbio/s4-5-11-3']);
      expect(await page.textContent('#support-count')).toBe('符合条件的措施：2 条');
      expect(errors).toEqual([]);
    });
  });

  it('opens a shared URL with its filters applied', async ({ expect }) => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}/support/?where=${encodeURIComponent('市级')}&type=market`);
      await page.waitForSelector('#support-filters:not([hidden])');
      expect(await page.inputValue('select[name="where"]')).toBe('市级');
      expect(await visibleKeys(page)).toEqual(['2023-shanghai-synbio/s4-3']);
      await page.goto(`${site.url}/support/?plan=2023-baoshan-synbio&field=biomedicine&type=nonsense`);
      await page.waitForSelector('#support-filters:not([hidden])');
      expect(await page.inputValue('select[name="type"]')).toBe('');
      expect((await visibleKeys(page)).sort()).toEqual(['2023-baoshan-synbio/s4-3-8', '2023-baoshan-synbio/s4-6-13-1']);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('links every heatmap cell to that plan’s measures naming that field', async ({ expect }) => {
    await site.withPage(
      async (page) => {
        await page.goto(`${site.url}/support/`);
        const cells = await page.$$eval('.support-heatmap svg a', (links) =>
          links.map((a) => ({ href: a.getAttribute('href')!, count: Number(a.textContent) })),
        );
        expect(cells.length).toBe(8 * 5);
        const cell = cells.find((c) => c.href === '/support/plans/2024-baoshan-biomedicine-draft/#field-biomedicine')!;
        await page.goto(`${site.url}${cell.href}`);
        const listed = await page.$$eval('#field-biomedicine li', (items) => items.length);
        expect(listed).toBe(cell.count);
        expect(listed).toBeGreaterThan(5);
        // Every linked item is an anchor on the same page.
        const targets = await page.$$eval('#field-biomedicine li a', (links) => links.map((a) => a.getAttribute('href')!));
        for (const target of targets) expect(await page.locator(target).count()).toBe(1);
      },
      { javaScriptEnabled: false },
    );
  });
});

describe.concurrent('适合我吗', () => {
  const site = useSite();

  it('without JavaScript offers each answer as a link to a pre-rendered ranked list with reasons', async ({ expect }) => {
    await site.withPage(
      async (page) => {
        await page.goto(`${site.url}/support/fit/`);
        expect(await page.isVisible('#fit-form')).toBe(false);
        await page.click('.fit-links a[href="/support/fit/need/space/"]');
        await page.waitForURL(/\/support\/fit\/need\/space\/$/u);
        const items = await page.$$eval('li.measure', (els) =>
          els.map((el) => ({ key: (el as HTMLElement).dataset.key, reasons: el.querySelector('.measure-reasons')?.textContent })),
        );
        // 12 space measures in the hand-checked list (3 + 2 + 1 + 3 + 3); in force first.
        expect(items.length).toBe(12);
        expect(items[0]!.reasons).toBe('匹配原因：类型：空间与厂房；方案在实施中');
        expect(items.at(-1)!.reasons).toMatch(/送审稿（文本未载明是否印发）|规划期已满/u);
      },
      { javaScriptEnabled: false },
    );
  });

  it('with JavaScript ranks any set of answers in the browser, each set a URL', async ({ expect }) => {
    await site.withPage(async (page) => {
      const errors = watchConsole(page);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await page.goto(`${site.url}/support/fit/`);
      await page.waitForSelector('#fit-form:not([hidden])');
      expect(requests).not.toContain('/support/fit.json');
      await page.check('input[name="where"][value="jinshan"]');
      await page.check('input[name="need"][value="funding"]');
      await page.waitForFunction(
        () => document.querySelectorAll('#fit-results li').length > 0 && new URLSearchParams(location.search).get('need') === 'funding',
      );
      expect(new URL(page.url()).search).toBe('?need=funding&where=jinshan');
      const results = await page.$$eval('#fit-results li', (items) =>
        items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href'), reasons: li.querySelector('.measure-reasons')!.textContent })),
      );
      // 金山's own funding measures (in force) first, then the city plan's (全市适用, expired).
      expect(results.map((r) => r.href)).toEqual([
        '/plans/2023-jinshan-biomanufacturing/#s6-1',
        '/plans/2023-jinshan-biomanufacturing/#s7-3',
        '/plans/2023-shanghai-synbio/#s4-1',
        '/plans/2023-shanghai-synbio/#s4-6',
      ]);
      expect(results[0]!.reasons).toBe('匹配原因：类型：资金与金融；金山区的方案；方案在实施中');
      expect(results[2]!.reasons).toBe('匹配原因：类型：资金与金融；市级方案，全市适用；规划期已满（2025年）');
      // The same URL, opened afresh, gives the same list.
      await page.goto(`${site.url}/support/fit/?need=funding&where=jinshan`);
      await page.waitForFunction(() => document.querySelectorAll('#fit-results li').length === 4);
      expect(await page.isChecked('input[name="where"][value="jinshan"]')).toBe(true);
      // Only same-origin requests: nothing leaves for another site.
      expect(requests.every((path) => !path.startsWith('http'))).toBe(true);
      expect(errors).toEqual([]);
    });
  });

  it('explains field and stage matches by the term found', async ({ expect }) => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}/support/fit/?stage=startup&field=biomedicine&need=incubation`);
      await page.waitForFunction(() => document.querySelectorAll('#fit-results li').length > 0);
      const first = await page.textContent('#fit-results li .measure-reasons');
      // 孵化 is a process word, not a stage (issue 18): the clause offers 孵化 to firms of any stage, and says so.
      expect(first).toMatch(/^匹配原因：类型：孵化与企业培育；条文提到“[^”]+”（生物医药）；(条文提到“初创[^”]*”（初创企业）|条文不限企业阶段)；方案在实施中$/u);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

describe.concurrent('first visit to /support/', () => {
  const site = useSite();

  it('transfers ≤ 80 KB in all (gzip) and ≤ 12 KB of JavaScript', async ({ expect }) => {
    await site.withPage(async (page) => {
      const pending: Array<Promise<{ path: string; bytes: number }>> = [];
      const onResponse = (response: Response): void => {
        pending.push(response.body().then((body) => ({ path: new URL(response.url()).pathname, bytes: gzipSync(body).length })));
      };
      page.on('response', onResponse);
      await page.goto(`${site.url}/support/`, { waitUntil: 'networkidle' });
      // A response that arrives after network idle (a late favicon) is not part of the first visit; unhooked, its
      // body is never read after the context closes (that read rejected, unhandled, under load).
      page.off('response', onResponse);
      const bodies = await Promise.all(pending);
      // The page, its two stylesheets and its one script.
      expect(bodies.map((b) => b.path.split('.').pop())).toEqual(expect.arrayContaining(['/support/', 'css', 'js']));
      const total = bodies.reduce((sum, b) => sum + b.bytes, 0);
      const js = bodies.filter((b) => b.path.endsWith('.js')).reduce((sum, b) => sum + b.bytes, 0);
      console.log(`/support/ first visit: ${(total / 1024).toFixed(1)} KB gzip in ${bodies.length} responses, JS ${(js / 1024).toFixed(1)} KB`);
      expect(total).toBeLessThanOrEqual(80 * 1024);
      expect(js).toBeLessThanOrEqual(12 * 1024);
    });
  });
});
