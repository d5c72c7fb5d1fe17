/**
 * Agencies on the real built site in headless Chromium: the /agencies/ index (district-qualified
 * agencies, lead/co-operating counts, the plans without 责任单位 lists), an agency page landing on
 * its clauses and citing its full name's source line, the search facet 责任单位 by district, and
 * enterprise words in search (房租 lists clauses with 厂房/载体/… and says which plan words it searched).
 * Expected counts were read off the seeds' （责任单位：…） lists by hand.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { distDir, useSite } from './site.ts';

const page = (id: string) => `/agencies/${encodeURIComponent(id)}/`;

async function rowOf(p: Page, group: string, name: string): Promise<string[]> {
  return p.$$eval(
    'section',
    (sections, [g, n]) => {
      const section = sections.find((s) => s.querySelector('h2')?.textContent === g);
      const row = [...(section?.querySelectorAll('tbody tr') ?? [])].find((tr) => tr.querySelector('th a')?.textContent === n);
      return row ? [...row.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '') : [];
    },
    [group, name],
  );
}

async function searchFor(p: Page, url: string, query: string): Promise<void> {
  await p.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
  await p.waitForFunction(() => Number(document.getElementById('search-results')?.dataset.searches ?? 0) > 0, null, { timeout: 20_000 });
}

/** Opens the search's 部分/责任单位 fold, whose filter files load on demand, and waits for its counts. */
async function openLazyFacets(p: Page): Promise<void> {
  const searches = await p.evaluate(() => Number(document.getElementById('search-results')?.dataset.searches ?? 0));
  await p.click('.facet-lazy summary');
  await p.waitForFunction((n) => Number(document.getElementById('search-results')?.dataset.searches ?? 0) > n, searches, { timeout: 20_000 });
}

// Concurrent: each test has its own page and mostly waits (search, fetches, layout), so a few
// run at once. Each asserts with its own `expect` (from its test context).
describe.concurrent('agencies', () => {
  const site = useSite();

  it('lists 宝山区 区经委 and 金山区 区经委 as two agencies with lead and co-operating counts', async ({ expect }) => {
    await site.withPage(async (p) => {
      await p.goto(`${site.url}/agencies/`);
      // 全称, 名单首位, 名单其余, 合计, 规划数
      expect(await rowOf(p, '宝山区', '区经委')).toEqual(['—', '4', '10', '14', '1']);
      expect(await rowOf(p, '金山区', '区经委')).toEqual(['上海市金山区经济委员会', '7', '3', '10', '1']);
      expect(await rowOf(p, '宝山区', '区发展改革委')).toEqual(['—', '4', '1', '5', '1']);
      expect(await p.locator('text=亦写作 区发展改革委（区金融服务办）').count()).toBe(1);
      const intro = (await p.locator('.agencies-intro').textContent()) ?? '';
      expect(intro).toContain('3 份规划没有（责任单位：…）名单');
      const named = await p.$$eval('.agencies-intro a', (as) => as.map((a) => a.getAttribute('href')));
      expect(named).toEqual(
        expect.arrayContaining(['/plans/2023-shanghai-synbio/', '/plans/2024-baoshan-biomedicine-draft/', '/plans/2025-zhangjiang-baoshan-park/']),
      );
      // No script of its own: only the reader's-modes script every page loads in <head> (public/modes.js).
      expect(await p.$$eval('script', (ss) => ss.map((s) => s.getAttribute('src') ?? 'inline'))).toEqual(['/modes.js']);
    });
    // Aggregates only: measured here for five plans (the 3,000-plan figure comes from the benchmark).
    console.log(`/agencies/ HTML: ${statSync(join(distDir, 'agencies/index.html')).size} bytes`);
  });

  it('shows an agency’s clauses, lead first in each list, and lands on the clause', async ({ expect }) => {
    await site.withPage(async (p) => {
      await p.goto(`${site.url}${page('宝山区-区发展改革委')}`);
      expect(await p.locator('h1').textContent()).toBe('宝山区 区发展改革委');
      const items = await p.$$eval('.agency-clauses li', (lis) =>
        lis.map((li) => [li.querySelector('.agency-role')?.textContent, li.querySelector('a')?.getAttribute('href')]),
      );
      expect(items).toEqual([
        ['名单首位', '/plans/2023-baoshan-synbio/#s4-3-8'],
        ['名单其余', '/plans/2023-baoshan-synbio/#s4-5-11-3'],
        ['名单首位', '/plans/2023-baoshan-synbio/#s4-5-12-1'],
        ['名单首位', '/plans/2023-baoshan-synbio/#s4-5-12-2'],
        ['名单首位', '/plans/2023-baoshan-synbio/#s4-6-13-2'],
      ]);
      expect(await p.locator('.agency-as-written').count()).toBe(3);
      await p.click('.agency-clauses a >> nth=1');
      await p.waitForURL(/#s4-5-11-3$/u);
      // The anchor is the clause's number; its paragraph (with the list) follows within the clause's element.
      expect(await p.locator('#s4-5-11-3').evaluate((n) => n.closest('section, p, li')?.textContent ?? '')).toContain('区发展改革委（区金融服务办）');
    });
  });

  it('cites the line of the plan that states a full name, and states none it cannot cite', async ({ expect }) => {
    await site.withPage(async (p) => {
      await p.goto(`${site.url}${page('金山区-区经委')}`);
      const facts = (await p.locator('.agency-facts').textContent()) ?? '';
      expect(facts).toContain('上海市金山区经济委员会');
      await p.click('.agency-source a');
      await p.waitForURL(/\/plans\/2023-jinshan-biomanufacturing\/original\/#L606$/u);
      expect(await p.locator('#L606').textContent()).toContain('上海市金山区经济委员会');
      await p.goto(`${site.url}${page('宝山区-区经委')}`);
      expect(await p.locator('.agency-facts').textContent()).toContain('规划文本没有写明，暂不列出');
    });
  });

  it('offers the search facet 责任单位 by district, with variants merged', async ({ expect }) => {
    await site.withPage(async (p) => {
      await searchFor(p, site.url, '"区经委"');
      await openLazyFacets(p);
      const values = await p.$$eval('input[name="agency"]', (boxes) => boxes.map((b) => (b as HTMLInputElement).value));
      expect(values).toEqual(expect.arrayContaining(['宝山区 区经委', '金山区 区经委']));
      expect(values).not.toContain('区经委');
      await searchFor(p, site.url, '"区发展改革委"');
      await openLazyFacets(p);
      const more = await p.$$eval('input[name="agency"]', (boxes) => boxes.map((b) => (b as HTMLInputElement).value));
      expect(more).toContain('宝山区 区发展改革委');
      expect(more.some((v) => v.includes('（区金融服务办）'))).toBe(false);
    });
  });
});

describe.concurrent('enterprise words in search', () => {
  const site = useSite();

  it('searching 房租 lists clauses with 厂房/载体/… by plan and says which plan words were searched', async ({ expect }) => {
    await site.withPage(async (p) => {
      await searchFor(p, site.url, '房租');
      const line = (await p.locator('#search-expansion').textContent()) ?? '';
      expect(await p.locator('#search-expansion').isVisible()).toBe(true);
      expect(line).toContain('先租后让、租赁、厂房、载体、空间');
      // 先租后让 occurs once in the seeds (2024-baoshan-biomedicine-draft.txt line 331).
      expect(line).toContain('先租后让 1 处');
      // No clause says 房租: the status says so first, then what the plan words found.
      expect(await p.locator('#search-status').textContent()).toMatch(/^未找到完整短语“房租”。按对应的规划用语，在 \d+ 份规划中找到 \d+ 处/u);
      const groups = await p.$$eval('.plan-group', (els) =>
        els.map((g) => ({
          plan: (g as HTMLElement).dataset.plan ?? '',
          count: Number(/(\d+) 处/u.exec(g.querySelector('.plan-group-count')?.textContent ?? '')?.[1] ?? NaN),
          hits: [...g.querySelectorAll('.hit')].map((e) => ({
            href: e.querySelector('.hit-link')?.getAttribute('href') ?? '',
            via: e.querySelector('.hit-via')?.textContent ?? '',
          })),
        })),
      );
      const hits = groups.flatMap((g) => g.hits);
      expect(hits.length).toBeGreaterThan(5);
      expect(await p.locator('.hit-partial').count()).toBe(0);
      for (const hit of hits) expect(hit.via).toMatch(/^规划用语：/u);
      // The most specific plan word first: in the draft, the clause with 先租后让 (seed line 331) leads.
      const draft = groups.find((g) => g.plan === '宝山生物医药行动方案（送审稿）')!;
      expect(draft.hits[0]).toEqual({ href: '/plans/2024-baoshan-biomedicine-draft/#s3-4-14', via: expect.stringContaining('先租后让') });
      const marks = await p.$$eval('.hit-excerpt mark', (ms) => [...new Set(ms.map((m) => m.textContent))]);
      expect(marks.every((m) => ['先租后让', '租赁', '厂房', '载体', '空间'].includes(m ?? ''))).toBe(true);
      // The plan facet counts what the groups count.
      const facet = await p.$$eval('input[name="plan"]', (boxes) =>
        boxes.map((box) => [(box as HTMLInputElement).value, Number(/\((\d+)\)/u.exec(box.closest('label')?.textContent ?? '')?.[1] ?? NaN)]),
      );
      expect(Object.fromEntries(facet)).toEqual(Object.fromEntries(groups.map((g) => [g.plan, g.count])));
    });
  });

  it('expands 招聘 and 办事 too, and leaves other queries alone', async ({ expect }) => {
    await site.withPage(async (p) => {
      await searchFor(p, site.url, '招聘');
      expect(await p.locator('#search-expansion').textContent()).toContain('引才、委培、用工、人才');
      expect(await p.locator('.hit-partial').count()).toBe(0);
      await searchFor(p, site.url, '办事');
      expect(await p.locator('#search-expansion').textContent()).toContain('一件事、代办、帮办、审批');
      await searchFor(p, site.url, '合成生物');
      expect(await p.locator('#search-expansion').isVisible()).toBe(false);
      // A quoted query means that phrase alone.
      await searchFor(p, site.url, '"房租"');
      expect(await p.locator('#search-expansion').isVisible()).toBe(false);
      expect(await p.locator('#search-status').textContent()).toMatch(/^未找到完整短语“房租”/u);
      expect(await p.locator('.hit').count()).toBe(0);
    });
  });

  it('says plainly when no clause holds the whole phrase', async ({ expect }) => {
    await site.withPage(async (p) => {
      // Both words occur, never together: only partial hits, and the status says so first.
      await searchFor(p, site.url, '生物制造宝山');
      expect(await p.locator('.hit').count()).toBeGreaterThan(0);
      expect(await p.locator('.hit-partial').count()).toBe(await p.locator('.hit').count());
      expect(await p.locator('#search-status').textContent()).toMatch(/^未找到完整短语“生物制造宝山”。以下 \d+ 条为部分匹配/u);
    });
  });
});
