/**
 * The compare model (src/compare/) on the five plans: columns with level, district and status
 * 截至 the build date, cells with 责任单位, the 布局 row from the map's layouts, clauses in their
 * plan's part, the pre-rendered sets and their canonical (sorted) URLs.
 */
import { describe, expect, it } from 'vitest';
import { compareOutline, compareSets, compareTable, compareUrl, MAX_PLANS, movedPairs } from '../../src/compare/index.ts';
import { compareLayouts, compareTopics } from '../../src/compare/topics.ts';
import { loadSite } from '../../src/model/index.ts';
import { placesOf } from '../../src/places/index.ts';

const site = loadSite();
const today = new Date('2026-12-02T00:00:00Z');
const slugs = ['2023-shanghai-synbio', '2023-jinshan-biomanufacturing', '2025-zhangjiang-baoshan-park', '2024-baoshan-biomedicine-draft'];
const plans = slugs.map((s) => site.plan(s));
const table = compareTable(plans, today, compareTopics(site), compareLayouts(site));
const row = (key: string) => table.rows.find((r) => r.key === key)!;
const paths = (cell: { path: string }[]) => cell.map((e) => e.path);

describe('compare table', () => {
  it('has one column per plan, each with level, district and status 截至 the build date', () => {
    expect(table.columns.map((c) => c.slug)).toEqual(slugs);
    expect(table.columns[0]!.note).toBe('市级 · 已期满（截至 2026-12-02）');
    expect(table.columns[1]!.note).toMatch(/^区级 · 金山区 · .+（截至 2026-12-02）$/u);
    expect(table.columns[3]!.note).toBe('区级 · 宝山区 · 送审稿（文本未载明是否印发）（截至 2026-12-02）');
    for (const r of table.rows) expect(r.cells).toHaveLength(4);
  });

  it('files every clause under its own part: Jinshan 六、（三） under 任务, never 重点领域', () => {
    expect(paths(row('part-任务').cells[1]!)).toContain('六、（三）');
    expect(paths(row('part-重点领域').cells[1]!)).not.toContain('六、（三）');
    for (const plan of plans)
      for (const c of plan.clauses)
        expect(
          compareTopics(site)
            .filter((t) => t.key.startsWith('part-') && t.key !== 'part-布局' && t.includes(c))
            .map((t) => t.label),
        ).toEqual([c.part].filter((p) => p !== '布局'));
  });

  it('lists each clause with its 责任单位 as written', () => {
    const jinshan = row('part-任务').cells[1]!.find((e) => e.path === '六、（一）')!;
    expect(jinshan.agencies).toEqual(site.clause('2023-jinshan-biomanufacturing', 's6-1')!.agencies);
    expect(jinshan.agencies.length).toBeGreaterThan(0);
  });

  it('takes layouts from the map data: the city 一核两翼 and 张江 南研发+北制造 are no longer （无）', () => {
    const layouts = row('part-布局');
    const formulas = (cell: (typeof layouts.cells)[number]) => cell.flatMap((e) => e.layouts.map((l) => l.formula));
    expect(formulas(layouts.cells[0]!)).toEqual(['一核两翼']);
    expect(formulas(layouts.cells[2]!).sort()).toEqual(['一东一西', '南研发+北制造']);
    expect(paths(layouts.cells[0]!)).toContain('三、（六）');
    const cityLayout = layouts.cells[0]!.flatMap((e) => e.layouts)[0]!;
    expect(cityLayout.groups).toContain('一核：浦东新区');
    expect(cityLayout.url).toBe('/map/#layout-city-one-core-two-wings');
    // Every layout the map draws for these plans is in the row, on its clause.
    for (const view of placesOf(site).layouts.filter((v) => slugs.includes(v.layout.plan))) {
      const cell = layouts.cells[slugs.indexOf(view.layout.plan)]!;
      expect(
        cell.find((e) => e.url.endsWith(`#${view.layout.clause}`))?.layouts.map((l) => l.formula),
        view.layout.id,
      ).toContain(view.layout.formula);
    }
    // A layout clause keeps its own part too: the city's 三、（六） is also a task.
    expect(paths(row('part-任务').cells[0]!)).toContain('三、（六）');
  });

  it('the outline the browser reads carries the same entries as the static table', () => {
    const outline = compareOutline(plans[0]!, today, compareTopics(site), compareLayouts(site));
    expect(outline.note).toBe(table.columns[0]!.note);
    for (const r of table.rows) {
      const fromOutline = outline.clauses
        .filter((c) => c.topics.includes(r.key))
        .map(({ topics: _, ...e }) => (r.key === 'part-布局' ? e : { ...e, layouts: [] }));
      expect(fromOutline, r.key).toEqual(r.cells[0]);
    }
  });
});

describe('compare sets and URLs', () => {
  it('pre-renders every set of 2–4 of the five plans, once each, slugs sorted', () => {
    const sets = compareSets(site);
    expect(sets.map((s) => s.length).reduce((n, k) => ({ ...n, [k]: (n[k] ?? 0) + 1 }), {} as Record<number, number>)).toEqual({ 2: 10, 3: 10, 4: 5 });
    const urls = sets.map((s) => compareUrl(s.map((p) => p.slug)));
    expect(new Set(urls).size).toBe(25);
    for (const s of sets) expect(s.map((p) => p.slug)).toEqual(s.map((p) => p.slug).sort());
    expect(Math.max(...sets.map((s) => s.length))).toBe(MAX_PLANS);
  });

  it('gives the same URL whatever order the plans were picked in', () => {
    expect(compareUrl(['2023-shanghai-synbio', '2023-baoshan-synbio'])).toBe('/compare/2023-baoshan-synbio/2023-shanghai-synbio/');
    expect(compareUrl(['2023-baoshan-synbio', '2023-shanghai-synbio'])).toBe(compareUrl(['2023-shanghai-synbio', '2023-baoshan-synbio']));
  });
});

describe('movedPairs', () => {
  it('gives each old pair URL in site order that is not today’s sorted one, with the canonical URL it moved to', () => {
    const moved = movedPairs(site);
    // The city plan comes first in site order; the Baoshan and Jinshan slugs sort before its own.
    expect(moved.map((m) => m.path)).toEqual(
      expect.arrayContaining(['2023-shanghai-synbio/2023-baoshan-synbio', '2023-shanghai-synbio/2023-jinshan-biomanufacturing']),
    );
    const canonical = new Set(compareSets(site).map((set) => compareUrl(set.map((p) => p.slug))));
    for (const m of moved) {
      const [a, b] = m.path.split('/');
      expect(a! > b!, m.path).toBe(true);
      expect(m.to).toBe(compareUrl([b!, a!]));
      expect(canonical.has(m.to)).toBe(true);
      expect(m.plans.map((p) => p.slug)).toEqual([b, a]);
    }
    // Every pair of the site order lands: sorted, it is a canonical page; unsorted, a moved one.
    const order = site.plans.map((p) => p.slug);
    for (const [i, a] of order.entries())
      for (const b of order.slice(i + 1)) expect(a < b ? canonical.has(compareUrl([a, b])) : moved.some((m) => m.path === `${a}/${b}`), `${a}/${b}`).toBe(true);
  });
});
