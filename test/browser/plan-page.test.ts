/**
 * Behaviour of one plan page: clause heading levels, clause permalinks, the “复制引用” button
 * (clipboard + live-region announcement) with JavaScript, and the no-JavaScript fallback.
 */
import { describe, it, expect } from 'vitest';
import { useSite } from './site.ts';

const SLUG = '2023-baoshan-synbio';
const PATH = `/plans/${SLUG}/`;
const DOC_NUMBER = '宝府办〔2023〕45号';
const CLAUSE_ID = 's4-3-7';
const CLAUSE_TITLE = '加速建设上海南大合成生物产业园';

interface ClauseInfo {
  tag: string;
  rank: string | null;
  id: string;
  section: string | null;
  untitled: boolean;
  labelledBy: string | null;
  permalinks: string[];
  idCount: number;
}

/**
 * Runs in the page: every clause anchor (`[data-clause-rank]`) with its section and permalink(s).
 * Titled clauses carry the rank on their heading; untitled items such as “（1）” on a
 * `<span class="clause-number">` inside a `section.clause--untitled` (no heading to make).
 */
function readClauses(): ClauseInfo[] {
  return [...document.querySelectorAll<HTMLElement>('[data-clause-rank]')].map((h) => {
    const section = h.closest<HTMLElement>('section.clause');
    const tools = section?.querySelectorAll(':scope > .clause-tools a.permalink') ?? [];
    return {
      tag: h.tagName.toLowerCase(),
      rank: h.getAttribute('data-clause-rank'),
      id: h.id,
      section: section?.dataset.clause ?? null,
      untitled: section?.classList.contains('clause--untitled') ?? false,
      labelledBy: section?.getAttribute('aria-labelledby') ?? null,
      permalinks: [...tools].map((a) => a.getAttribute('href') ?? ''),
      idCount: h.id ? document.querySelectorAll(`[id="${CSS.escape(h.id)}"]`).length : 0,
    };
  });
}

describe(`plan page ${PATH}`, () => {
  const site = useSite();

  it('clause heading levels follow the clause rank (h2 for rank 1 … h5 for rank 4)', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.url + PATH);
      const clauses = await page.evaluate(readClauses);
      expect(clauses.length).toBeGreaterThan(20);
      const ranks = new Set(clauses.map((c) => c.rank));
      // This plan uses four levels of numbering: 一、（一）1.（1）
      expect([...ranks].sort()).toEqual(['1', '2', '3', '4']);
      const headings = clauses.filter((c) => /^h[1-6]$/.test(c.tag));
      expect(headings.length).toBeGreaterThan(20);
      const wrong = headings
        .filter((c) => !/^[1-5]$/.test(c.rank ?? '') || c.tag !== `h${Number(c.rank) + 1}`)
        .map((c) => `<${c.tag} id="${c.id}" data-clause-rank="${c.rank}">`);
      expect(wrong).toEqual([]);
      expect(new Set(headings.map((c) => c.tag))).toEqual(new Set(['h2', 'h3', 'h4', 'h5']));
      // Anything else carrying a rank is an untitled item (e.g. “（1）”), which has no heading.
      const notHeadings = clauses
        .filter((c) => !/^h[1-6]$/.test(c.tag) && !c.untitled)
        .map((c) => `<${c.tag} id="${c.id}" data-clause-rank="${c.rank}"> in a titled clause`);
      expect(notHeadings).toEqual([]);
      // Heading levels never skip downwards across the whole page (h1 → h2 → h3 …).
      const levels = await page.$$eval('main h1, main h2, main h3, main h4, main h5, main h6', (hs) =>
        hs.map((h) => ({ level: Number(h.tagName[1]), text: (h.textContent ?? '').slice(0, 30) })),
      );
      expect(levels[0]?.level).toBe(1);
      const skips = levels.slice(1).filter((h, i) => h.level > levels[i]!.level + 1);
      expect(skips).toEqual([]);
    });
  });

  it('each clause has one permalink to /plans/<slug>/#<id>, and the id exists once', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.url + PATH);
      const clauses = await page.evaluate(readClauses);
      expect(clauses.length).toBeGreaterThan(20);
      const problems: string[] = [];
      for (const c of clauses) {
        if (!/^s\d+(-\d+)*$/.test(c.id)) problems.push(`heading without a clause id: "${c.id}"`);
        if (c.idCount !== 1) problems.push(`#${c.id} occurs ${c.idCount} times`);
        if (c.section !== c.id) problems.push(`#${c.id}: section data-clause="${c.section}"`);
        if (!c.untitled && c.labelledBy !== c.id) problems.push(`#${c.id}: section aria-labelledby="${c.labelledBy}"`);
        if (c.permalinks.length !== 1 || c.permalinks[0] !== `/plans/${SLUG}/#${c.id}`) {
          problems.push(`#${c.id}: permalinks ${JSON.stringify(c.permalinks)}`);
        }
      }
      expect(problems).toEqual([]);
      // Permalinks are labelled for screen readers (the visible text is just “¶”).
      const unlabelled = await page.$$eval('a.permalink', (as) =>
        as.filter((a) => !(a.getAttribute('aria-label') ?? '').startsWith('本条链接')).map((a) => a.getAttribute('href')),
      );
      expect(unlabelled).toEqual([]);
    });
  });

  it('following a permalink lands on the clause heading', async () => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}${PATH}#${CLAUSE_ID}`);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(CLAUSE_ID);
      const heading = page.locator(`#${CLAUSE_ID}`);
      await expect.poll(() => heading.evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(200);
      expect(await heading.textContent()).toContain(CLAUSE_TITLE);
    });
  });

  it('with JavaScript, “复制引用” copies the citation and announces it', async () => {
    const { context, page } = await site.newPage();
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
      await page.goto(site.url + PATH, { waitUntil: 'networkidle' });

      const buttons = page.locator('button.copy-cite');
      const clauseCount = await page.locator('[data-clause-rank]').count();
      expect(await buttons.count()).toBe(clauseCount);
      for (const button of await buttons.all()) expect(await button.isVisible()).toBe(true);

      // Put something else on the clipboard first, so a stale value cannot pass the test.
      await page.evaluate(() => navigator.clipboard.writeText('—'));
      const status = page.locator('#copy-status');
      expect(await status.getAttribute('role')).toBe('status');
      expect((await status.textContent())?.trim()).toBe('');

      const button = page.locator(`section[data-clause="${CLAUSE_ID}"] > .clause-tools button.copy-cite`);
      await expect.poll(() => button.count()).toBe(1);
      await button.click();

      const clauseUrl = `${site.origin}/plans/${SLUG}/#${CLAUSE_ID}`;
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^《/);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied.startsWith('《')).toBe(true);
      expect(copied).toContain(DOC_NUMBER);
      expect(copied).toContain(CLAUSE_TITLE);
      expect(copied.endsWith(clauseUrl), `${copied} should end with ${clauseUrl}`).toBe(true);

      // Screen readers hear the result through the polite live region.
      await expect.poll(async () => (await status.textContent()) ?? '').toContain(copied);
      expect(await status.textContent()).toMatch(/^已复制引用/);
      expect(await status.getAttribute('aria-live')).toBe('polite');
    } finally {
      await context.close();
    }
  });

  it('without JavaScript, the buttons stay hidden but permalinks and the full text are there', async () => {
    await site.withPage(
      async (page) => {
        const res = await page.goto(site.url + PATH);
        expect(res?.status()).toBe(200);

        const buttons = page.locator('button.copy-cite');
        const clauseCount = await page.locator('[data-clause-rank]').count();
        expect(clauseCount).toBeGreaterThan(20);
        expect(await buttons.count()).toBe(clauseCount);
        for (const button of await buttons.all()) expect(await button.isHidden()).toBe(true);

        const permalinks = page.locator('a.permalink');
        expect(await permalinks.count()).toBe(clauseCount);
        expect(await permalinks.first().isVisible()).toBe(true);
        expect(await page.locator(`a.permalink[href="/plans/${SLUG}/#${CLAUSE_ID}"]`).count()).toBe(1);

        const text = await page.locator('main').innerText();
        expect(text).toContain(CLAUSE_TITLE);
        expect(text).toContain(DOC_NUMBER);
        // The last clause's heading is rendered too, i.e. the body is not truncated.
        const lastId = await page.locator('[data-clause-rank]').last().getAttribute('id');
        expect(await page.locator(`#${lastId}`).isVisible()).toBe(true);
      },
      { javaScriptEnabled: false },
    );
  });
});
