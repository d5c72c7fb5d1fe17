/** The heatmap layout on hand-made counts: one cell per row × column, colour bins, legend, contrast. */
import { describe, expect, it } from 'vitest';
import { layoutHeatmap } from '../../src/charts/heatmap.ts';

const rows = [
  { id: 'a', label: '生物医药' },
  { id: 'b', label: '生物材料' },
];
const cols = [
  { id: 'p1', label: '方案一' },
  { id: 'p2', label: '方案二' },
  { id: 'p3', label: '方案三' },
];
const counts: Record<string, number> = { 'a/p1': 0, 'a/p2': 1, 'a/p3': 10, 'b/p1': 5, 'b/p2': 2, 'b/p3': 0 };

describe('layoutHeatmap', () => {
  const layout = layoutHeatmap(rows, cols, (row, col) => counts[`${row}/${col}`]!);
  it('lays out one cell per field and plan, rows top to bottom, columns left to right', () => {
    expect(layout.cells.map((c) => `${c.row}/${c.col}:${c.count}`)).toEqual(['a/p1:0', 'a/p2:1', 'a/p3:10', 'b/p1:5', 'b/p2:2', 'b/p3:0']);
    const [first, second] = layout.cells;
    expect(second!.x).toBeGreaterThan(first!.x);
    expect(layout.cells[3]!.y).toBeGreaterThan(first!.y);
    expect(layout.height).toBe(120 + 8 + 34 * 2);
  });
  it('leaves zero white and shades counts darker as they grow, with readable text', () => {
    const fill = (key: string) => layout.cells.find((c) => `${c.row}/${c.col}` === key)!;
    expect(fill('a/p1').fill).toBe('#ffffff');
    expect(fill('a/p2').fill).toBe('#e8f1fb');
    expect(fill('a/p3').fill).toBe('#0b4f94');
    expect(fill('a/p3').ink).toBe('#ffffff');
    expect(fill('a/p2').ink).toBe('#1d1d1f');
  });
  it('labels each colour with the counts it stands for', () => {
    expect(layout.legend.map((l) => l.label)).toEqual(['0', '1–2', '3–4', '5–6', '7–8', '9–10']);
  });
});
