/**
 * The timeline layout is deterministic (no clock: today is an input) and pinned by a
 * snapshot of its numbers.
 */
import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../src/charts/timeline.ts';

const plans = [
  { slug: 'a', label: '市级方案', start: 2023, end: 2025, openEnded: false, status: '已期满' },
  { slug: 'b', label: '金山实施意见', start: 2023, end: 2030, openEnded: true, status: '实施中' },
  { slug: 'c', label: '园区方案', start: 2025, end: 2026, openEnded: false, status: '实施中' },
];

describe('layoutTimeline', () => {
  const layout = layoutTimeline(plans, new Date('2026-11-22T00:00:00Z'));

  it('matches the snapshot', () => {
    expect(layout).toMatchSnapshot();
  });

  it('puts bars in order and today inside the 2026 column', () => {
    const x = (year: number) => layout.ticks.find((t) => t.year === year)!.x;
    expect(layout.rows.map((r) => r.slug)).toEqual(['a', 'b', 'c']);
    expect(layout.rows[0]!.x0).toBe(x(2023));
    expect(layout.rows[0]!.x1).toBe(x(2026));
    expect(layout.today.x).toBeGreaterThan(x(2026));
    expect(layout.today.x).toBeLessThan(x(2027));
    expect(layout.rows[1]!.range).toBe('2023年印发，目标年份至2030年');
  });

  it('does not depend on the clock', () => {
    expect(layoutTimeline(plans, new Date('2026-11-22T00:00:00Z'))).toEqual(layout);
  });
});
