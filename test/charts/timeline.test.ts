/**
 * The timeline layout is deterministic (no clock: today is an input), puts each year's label
 * in the middle of its year, and is pinned by snapshots of its numbers and of the drawn SVG.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../src/charts/timeline.ts';
import Timeline from '../../src/components/Timeline.astro';

const plans = [
  { slug: 'a', label: '市级方案', start: 2023, end: 2025, openEnded: false, status: '已期满' },
  { slug: 'b', label: '金山实施意见', start: 2023, end: 2030, openEnded: true, status: '实施中' },
  { slug: 'c', label: '园区方案', start: 2025, end: 2026, openEnded: false, status: '实施中' },
];
const today = new Date('2026-11-22T00:00:00Z');

/** One element per line, attributes in source order: a diff of the snapshot reads as a diff of the drawing. */
function normaliseSvg(html: string): string {
  const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + '</svg>'.length);
  return svg.replace(/\s+/gu, ' ').replace(/>\s*</gu, '>\n<').trim();
}

describe('layoutTimeline', () => {
  const layout = layoutTimeline(plans, today);

  it('matches the snapshot', () => {
    expect(layout).toMatchSnapshot();
  });

  it('puts bars in order, from the start of their first year to the end of their last', () => {
    const boundary = (year: number) => layout.gridlines.find((t) => t.year === year)!.x;
    expect(layout.rows.map((r) => r.slug)).toEqual(['a', 'b', 'c']);
    expect(layout.rows[0]!.x0).toBe(boundary(2023));
    expect(layout.rows[0]!.x1).toBe(boundary(2026));
    expect(layout.rows[1]!.range).toBe('2023年印发，目标年份至2030年');
  });

  it('centres each year label between its year boundaries, so a 2023—2025 bar ends after “2025”, before “2026”', () => {
    expect(layout.years.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(layout.gridlines.map((g) => g.year)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    for (const label of layout.years) {
      const from = layout.gridlines.find((g) => g.year === label.year)!.x;
      const to = layout.gridlines.find((g) => g.year === label.year + 1)!.x;
      expect(Math.abs(label.x - (from + to) / 2)).toBeLessThanOrEqual(0.1);
    }
    const end2025 = layout.rows[0]!.x1;
    const label = (year: number) => layout.years.find((y) => y.year === year)!.x;
    expect(end2025).toBeGreaterThan(label(2025));
    expect(end2025).toBeLessThan(label(2026));
  });

  it('puts today inside the 2026 column and labels it as a Chinese date', () => {
    const boundary = (year: number) => layout.gridlines.find((t) => t.year === year)!.x;
    expect(layout.today.x).toBeGreaterThan(boundary(2026));
    expect(layout.today.x).toBeLessThan(boundary(2027));
    expect(layout.today.label).toBe('2026年11月22日');
  });

  it('does not depend on the clock', () => {
    expect(layoutTimeline(plans, new Date('2026-11-22T00:00:00Z'))).toEqual(layout);
  });
});

describe('<Timeline>', () => {
  it('draws the layout as static SVG (normalised snapshot), status dated “截至”, never “今天”', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Timeline, { props: { plans, today } });
    expect(normaliseSvg(html)).toMatchSnapshot();
    expect(html).toContain('状态截至2026年11月22日');
    expect(html).not.toContain('今天');
    expect(html).not.toContain('未设');
  });
});
