/**
 * The targets chart layout is deterministic and pinned by a snapshot of its numbers; markers
 * sit in their year's column and plan's row and keep their links.
 */
import { describe, expect, it } from 'vitest';
import { labelWidth, layoutTargets, type ChartTarget } from '../../src/charts/targets.ts';

const t = (plan: string, year: number | null, n: number, past = false): ChartTarget => ({
  plan,
  planLabel: `规划${plan}`,
  year,
  url: `/plans/${plan}/#s${n}`,
  label: `${plan}-${n}`,
  past,
});
const targets = [
  t('a', 2025, 1, true),
  t('a', 2025, 2, true),
  t('b', 2026, 1),
  t('b', 2030, 2),
  ...Array.from({ length: 8 }, (_, i) => t('c', 2026, i + 1)),
  t('c', null, 9),
];

describe('layoutTargets', () => {
  const layout = layoutTargets(targets);

  it('matches the snapshot', () => {
    expect(layout).toMatchSnapshot();
  });

  it('leaves room on the left for the widest plan label, so none is cut off', () => {
    const long = '上海合成生物与高端生物制造行动方案';
    const wide = layoutTargets([{ ...t('a', 2025, 1), planLabel: long }]);
    expect(labelWidth(long)).toBe(17 * 13);
    // Labels end 8 units left of the margin (TargetsChart.astro): the label starts at x ≥ 0.
    expect(wide.margin.left - 8 - labelWidth(long)).toBeGreaterThanOrEqual(0);
    expect(labelWidth('2023年方案')).toBeCloseTo(4 * 13 * 0.6 + 3 * 13);
  });

  it('has a column per year (未定 last) and a row per plan in input order', () => {
    expect(layout.columns.map((c) => [c.label, c.count])).toEqual([
      ['2025年', 2],
      ['2026年', 9],
      ['2030年', 1],
      ['未定', 1],
    ]);
    expect(layout.rows.map((r) => [r.plan, r.count])).toEqual([
      ['a', 2],
      ['b', 2],
      ['c', 9],
    ]);
  });

  it('puts each marker inside its cell, with its own link', () => {
    expect(layout.marks).toHaveLength(targets.length);
    for (const mark of layout.marks) {
      const target = targets.find((x) => x.url === mark.url)!;
      const column = layout.columns.find((c) => c.key === (target.year === null ? 'none' : String(target.year)))!;
      const row = layout.rows.find((r) => r.plan === target.plan)!;
      expect(mark.x).toBeGreaterThanOrEqual(column.x);
      expect(mark.x).toBeLessThan(column.x + column.width);
      expect(mark.y).toBeGreaterThanOrEqual(row.y);
      expect(mark.y).toBeLessThan(row.y + row.height);
      expect(mark.past).toBe(target.past);
    }
  });

  it('wraps a full cell onto a second line and makes the row taller', () => {
    const c = layout.rows.find((r) => r.plan === 'c')!;
    const a = layout.rows.find((r) => r.plan === 'a')!;
    expect(c.height).toBeGreaterThan(a.height);
    expect(new Set(layout.marks.filter((m) => m.url.startsWith('/plans/c/') && !m.url.endsWith('s9')).map((m) => m.y)).size).toBe(2);
  });
});
