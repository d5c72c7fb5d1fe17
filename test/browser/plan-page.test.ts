/**
 * Behaviour of one plan page: clause heading levels, clause permalinks, the “复制引用” button
 * (clipboard + live-region announcement) with JavaScript, and the no-JavaScript fallback.
 */
import { describe, it } from 'vitest';
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

// Concurrent: each test has its own page and mostly waits (search, fetches, layout), so a few
// run at once. Each asserts with its own `expect` (from its test context).
describe.concurrent(`plan page ${PATH}`, () => {
  const site = useSite();

  it('clause heading levels follow the clause rank (h2 for rank 1 … h5 for rank 4)', async ({ expect }) => {
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

  it('each clause has one permalink to /plans/<slug>/#<id>, and the id exists once', async ({ expect }) => {
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

  it('following a permalink lands on the clause heading', async ({ expect }) => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}${PATH}#${CLAUSE_ID}`);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(CLAUSE_ID);
      const heading = page.locator(`#${CLAUSE_ID}`);
      // The page may still settle (fonts, the lazy layout map) after the jump: a loaded machine needs more than poll's default 1 s.
      await expect.poll(() => heading.evaluate((h) => h.getBoundingClientRect().top), { timeout: 15_000 }).toBeLessThan(200);
      expect(await heading.textContent()).toContain(CLAUSE_TITLE);
    });
  });

  it('with JavaScript, “复制引用” copies the citation and announces it', async ({ expect }) => {
    const { context, page } = await site.newPage();
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
      await page.goto(site.url + PATH, { waitUntil: 'networkidle' });

      const buttons = page.locator('.clause-tools button.copy-cite');
      const clauseCount = await page.locator('[data-clause-rank]').count();
      // Two a clause: GB/T 7714 first, the short form second.
      expect(await buttons.count()).toBe(2 * clauseCount);
      for (const button of await buttons.all()) expect(await button.isVisible()).toBe(true);

      // Put something else on the clipboard first, so a stale value cannot pass the test.
      await page.evaluate(() => navigator.clipboard.writeText('—'));
      const status = page.locator('#copy-status');
      expect(await status.getAttribute('role')).toBe('status');
      expect((await status.textContent())?.trim()).toBe('');

      const button = page.locator(`section[data-clause="${CLAUSE_ID}"] > .clause-tools button.copy-cite:not(.copy-cite--short)`);
      await expect.poll(() => button.count()).toBe(1);
      await button.click();

      // GB/T 7714: issuing office. notice title: 文号, clause[A/OL]. (成文日期)[the day copied]. URL.
      const clauseUrl = `${site.origin}/plans/${SLUG}/#${CLAUSE_ID}`;
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('[A/OL]');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      });
      expect(copied.startsWith('上海市宝山区人民政府办公室. 上海市宝山区人民政府办公室关于印发《'), copied).toBe(true);
      expect(copied).toContain(`: ${DOC_NUMBER}, `);
      expect(copied).toContain(CLAUSE_TITLE);
      expect(copied).toContain(`[${today}]. `);
      expect(copied.endsWith(`${clauseUrl}.`), `${copied} should end with ${clauseUrl}.`).toBe(true);

      // Screen readers hear the result through the polite live region.
      await expect.poll(async () => (await status.textContent()) ?? '').toContain(copied);
      expect(await status.textContent()).toMatch(/^已复制引用/);
      expect(await status.getAttribute('aria-live')).toBe('polite');

      // The short form, second choice: 《title》（文号）path “title” URL.
      await page.locator(`section[data-clause="${CLAUSE_ID}"] > .clause-tools button.copy-cite--short`).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^《/);
      const short = await page.evaluate(() => navigator.clipboard.readText());
      expect(short).toContain(DOC_NUMBER);
      expect(short.endsWith(clauseUrl), `${short} should end with ${clauseUrl}`).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript, the buttons stay hidden but permalinks and the full text are there', async ({ expect }) => {
    await site.withPage(
      async (page) => {
        const res = await page.goto(site.url + PATH);
        expect(res?.status()).toBe(200);

        const buttons = page.locator('.clause-tools button.copy-cite');
        const clauseCount = await page.locator('[data-clause-rank]').count();
        expect(clauseCount).toBeGreaterThan(20);
        expect(await buttons.count()).toBe(2 * clauseCount);
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

/** Runs in the page: how an untitled item's number sits against the first line of its text. */
function untitledLayout(id: string) {
  const number = document.getElementById(id)!;
  const section = number.closest('section.clause')!;
  const paragraph = section.querySelector(':scope > p')!;
  const range = document.createRange();
  const text = [...paragraph.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')!;
  const offset = (text.textContent ?? '').search(/\S/u);
  range.setStart(text, offset);
  range.setEnd(text, offset + 1);
  const first = range.getBoundingClientRect();
  const n = number.getBoundingClientRect();
  return { numberMiddle: (n.top + n.bottom) / 2, numberRight: n.right, firstTop: first.top, firstBottom: first.bottom, firstLeft: first.left };
}

/** Runs in the page: where a clause's tools sit against its heading, and their opacity. */
function toolsLayout(id: string) {
  const heading = document.getElementById(id)!;
  const tools = heading.closest('section.clause')!.querySelector<HTMLElement>(':scope > .clause-tools')!;
  const h = heading.getBoundingClientRect();
  const t = tools.getBoundingClientRect();
  const next = heading.closest('section.clause')!.querySelector(':scope > p, :scope > section')!.getBoundingClientRect();
  return {
    headingTop: h.top,
    headingBottom: h.bottom,
    headingRight: h.right,
    toolsTop: t.top,
    toolsBottom: t.bottom,
    toolsLeft: t.left,
    nextTop: next.top,
    opacity: getComputedStyle(tools).opacity,
    display: getComputedStyle(tools).display,
  };
}

describe.concurrent(`plan page ${PATH}: reading layout`, () => {
  const site = useSite();
  // 11.设立合成生物专项基金 and its untitled items （1）（2）（3）.
  const TITLED = 's4-5-11';
  const UNTITLED = ['s4-5-11-1', 's4-5-11-2', 's4-5-11-3'];

  for (const width of [1280, 375]) {
    it(`at ${width} px an untitled item's number is on the first line of its text`, async ({ expect }) => {
      await site.withPage(
        async (page) => {
          await page.goto(site.url + PATH);
          for (const id of UNTITLED) {
            const l = await page.evaluate(untitledLayout, id);
            expect(l.numberMiddle, `${id}: number beside the first line`).toBeGreaterThan(l.firstTop);
            expect(l.numberMiddle, `${id}: number beside the first line`).toBeLessThan(l.firstBottom);
            expect(l.numberRight, `${id}: number before the text`).toBeLessThanOrEqual(l.firstLeft + 1);
          }
        },
        { viewport: { width, height: 900 } },
      );
    });
  }

  it('permalink and 复制引用 take no row under the heading and stay quiet until hovered or focused', async ({ expect }) => {
    await site.withPage(async (page) => {
      await page.goto(site.url + PATH, { waitUntil: 'networkidle' });
      const before = await page.evaluate(toolsLayout, TITLED);
      // On the heading's line, not below it; the text follows the heading directly.
      expect(before.toolsTop).toBeGreaterThanOrEqual(before.headingTop - 1);
      expect(before.toolsBottom).toBeLessThanOrEqual(before.headingBottom + 1);
      expect(before.nextTop - before.headingBottom).toBeLessThan(40);
      expect(before.opacity).toBe('0');

      await page.hover(`#${TITLED}`);
      await expect.poll(async () => (await page.evaluate(toolsLayout, TITLED)).opacity).toBe('1');
      // Hovering an inner item shows that item's tools, not its parent's.
      await page.hover(`section[data-clause="${UNTITLED[1]}"] > p`);
      await expect.poll(async () => (await page.evaluate(toolsLayout, TITLED)).opacity).toBe('0');
      const itemOpacity = () => page.$eval(`section[data-clause="${UNTITLED[1]}"] > .clause-tools`, (t) => getComputedStyle(t).opacity);
      await expect.poll(itemOpacity).toBe('1');

      // Keyboard: tabbing onto a permalink shows it.
      await page.mouse.move(0, 0);
      await page.focus(`section[data-clause="${UNTITLED[0]}"] > .clause-tools a.permalink`);
      const focusedOpacity = () => page.$eval(`section[data-clause="${UNTITLED[0]}"] > .clause-tools`, (t) => getComputedStyle(t).opacity);
      await expect.poll(focusedOpacity).toBe('1');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('copy-cite');
      await expect.poll(focusedOpacity).toBe('1');

      // Print: only the permalink, as text on its own line (test/browser/print.test.ts); no buttons, no QR fold.
      await page.emulateMedia({ media: 'print' });
      expect((await page.evaluate(toolsLayout, TITLED)).display).toBe('block');
      const printed = await page.$$eval(`section[data-clause="${TITLED}"] > .clause-tools > *`, (els) =>
        els.map((el) => [el.className, getComputedStyle(el).display]),
      );
      expect(printed.filter(([, display]) => display !== 'none').map(([name]) => name)).toEqual(['permalink']);
    });
  });

  it('on a touch screen (no hover) the tools are always visible', async ({ expect }) => {
    await site.withPage(
      async (page) => {
        await page.goto(site.url + PATH);
        expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
        const opacities = await page.$$eval('.clause-tools', (ts) => [...new Set(ts.map((t) => getComputedStyle(t).opacity))]);
        expect(opacities).toEqual(['1']);
      },
      { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true },
    );
  });

  it('责任单位 chips have no paragraph indent and fit a 375 px phone', async ({ expect }) => {
    await site.withPage(
      async (page) => {
        await page.goto(site.url + PATH);
        const chips = await page.$$eval('.agency', (as) =>
          as.map((a) => {
            const r = a.getBoundingClientRect();
            const doc = a.closest('.document')!.getBoundingClientRect();
            return { text: a.textContent, indent: getComputedStyle(a).textIndent, left: r.left, right: r.right, docLeft: doc.left, docRight: doc.right };
          }),
        );
        expect(chips.length).toBeGreaterThan(50);
        expect(chips.filter((c) => c.indent !== '0px').map((c) => c.text)).toEqual([]);
        expect(chips.filter((c) => c.left < c.docLeft - 0.5 || c.right > c.docRight + 0.5).map((c) => c.text)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      },
      { viewport: { width: 375, height: 800 } },
    );
  });

  it('summary references are separated by 分号, without doubled 顿号 or nested brackets', async ({ expect }) => {
    await site.withPage(async (page) => {
      for (const slug of ['2023-baoshan-synbio', '2024-baoshan-biomedicine-draft', '2023-shanghai-synbio']) {
        await page.goto(`${site.url}/plans/${slug}/`);
        const refs = await page.$$eval('.summary li .refs', (rs) => rs.map((r) => r.textContent ?? ''));
        expect(refs.length).toBeGreaterThan(4);
        expect(refs.filter((r) => /、、|、；|、）|、，|、$/u.test(r))).toEqual([]);
        // Not bracketed: the clause numbers' own （二） would nest inside.
        expect(refs.filter((r) => !r.startsWith('见'))).toEqual([]);
      }
      await page.goto(`${site.url}/plans/2024-baoshan-biomedicine-draft/`);
      const refs = await page.$$eval('.summary li .refs', (rs) => rs.map((r) => r.textContent ?? ''));
      expect(refs).toContain('见三、（一）1；三、（一）2');
    });
  });
});

describe.concurrent('the draft plan says what its text does and does not say', () => {
  const site = useSite();
  const DRAFT = '/plans/2024-baoshan-biomedicine-draft/';

  it('文号 无, 发文机关 未署名, status 送审稿 as of the build date, no claim that it was never issued', async ({ expect }) => {
    await site.withPage(async (page) => {
      await page.goto(site.url + DRAFT);
      const meta = await page.$$eval('dl.meta dt', (dts) => Object.fromEntries(dts.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent ?? ''])));
      expect(meta['文号']).toBe('无');
      expect(meta['发文机关']).toBe('未署名');
      expect(meta['状态']).toMatch(/^送审稿 截至\d{4}年\d{1,2}月\d{1,2}日：收录的文本为送审稿，文中未载明是否已正式印发$/u);
      const text = await page.locator('main').textContent();
      expect(text).not.toContain('尚未正式印发');
      expect(text).not.toContain('起草单位未署名');
    });
  });

  it('its original-text page keeps （送审稿） in the tab title and the heading', async ({ expect }) => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}${DRAFT}original/`);
      expect(await page.title()).toContain('（送审稿）');
      expect(await page.locator('h1').textContent()).toBe('原始文本：宝山区促进生物医药产业高质量发展行动方案（2024-2026年）（送审稿）');
    });
  });

  it('a plan in its period says so without nested brackets', async ({ expect }) => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}/plans/2023-jinshan-biomanufacturing/`);
      const meta = await page.$$eval('dl.meta dt', (dts) => Object.fromEntries(dts.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent ?? ''])));
      expect(meta['规划期']).toBe('未载明规划期');
      expect(meta['状态']).toMatch(/^实施中 截至\d{4}年\d{1,2}月\d{1,2}日：在规划期或有效期内；未载明规划期和有效期的文件也列为实施中$/u);
    });
  });
});
