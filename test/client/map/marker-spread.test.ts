/** Markers pushed apart until no two 26 px squares overlap; fixed ones stay put. */
import { describe, expect, it } from 'vitest';
import { spreadTargets, type Target } from '../../../src/client/map/marker-spread.ts';

function overlaps(targets: Target[], moved: Map<string, [number, number]>, size: number): string[] {
  const at = targets.map((t) => ({ id: t.id, x: t.x + moved.get(t.id)![0], y: t.y + moved.get(t.id)![1] }));
  const found: string[] = [];
  for (let i = 0; i < at.length; i++)
    for (let j = i + 1; j < at.length; j++)
      if (Math.abs(at[i]!.x - at[j]!.x) < size && Math.abs(at[i]!.y - at[j]!.y) < size) found.push(`${at[i]!.id}/${at[j]!.id}`);
  return found;
}

describe('spreadTargets', () => {
  it('leaves targets that do not overlap where they are', () => {
    const targets = [
      { id: 'a', x: 0, y: 0, fixed: false },
      { id: 'b', x: 30, y: 0, fixed: false },
    ];
    expect([...spreadTargets(targets, 26)]).toEqual([
      ['a', [0, 0]],
      ['b', [0, 0]],
    ]);
  });

  it('moves two overlapping targets apart by the overlap, half each, the shorter way', () => {
    // 10 px apart horizontally, 2 px vertically: 16.5 px to go, sideways.
    const moved = spreadTargets(
      [
        { id: 'a', x: 0, y: 0, fixed: false },
        { id: 'b', x: 10, y: 2, fixed: false },
      ],
      26,
    );
    expect(moved.get('a')).toEqual([-8.25, 0]);
    expect(moved.get('b')).toEqual([8.25, 0]);
  });

  it('never moves a fixed target', () => {
    const moved = spreadTargets(
      [
        { id: 'grid', x: 0, y: 0, fixed: true },
        { id: 'b', x: 0, y: 20, fixed: false },
      ],
      26,
    );
    expect(moved.get('grid')).toEqual([0, 0]);
    expect(moved.get('b')).toEqual([0, 6.5]);
  });

  it('untangles a dense cluster (twelve places on a few pixels)', () => {
    const targets: Target[] = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, x: (i % 4) * 3, y: Math.floor(i / 4) * 4, fixed: i === 5 }));
    const moved = spreadTargets(targets, 26);
    expect(overlaps(targets, moved, 26)).toEqual([]);
    expect(moved.get('p5')).toEqual([0, 0]);
  });
});
