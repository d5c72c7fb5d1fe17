/**
 * Industry × plan heatmap, laid out with D3 scales at build time; `Heatmap.astro` draws the
 * result as static SVG (each cell a link) next to a table with the same numbers. Pure: counts
 * in, rectangles, colours and labels out.
 */
import { scaleBand, scaleQuantize } from 'd3';

export interface HeatmapAxis {
  id: string;
  label: string;
}

export interface HeatmapCell {
  row: string;
  col: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  /** Text colour with enough contrast on `fill`. */
  ink: string;
}

export interface HeatmapLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  rows: Array<HeatmapAxis & { y: number }>;
  cols: Array<HeatmapAxis & { x: number }>;
  cells: HeatmapCell[];
  bandWidth: number;
  bandHeight: number;
  /** Legend: the count range each colour stands for. */
  legend: Array<{ fill: string; label: string }>;
}

/** Five blues from pale to dark; counts of 0 stay white. */
const PALETTE = ['#e8f1fb', '#bcd6f2', '#7fb0e3', '#3d7fc6', '#0b4f94'] as const;
const DARK = new Set<string>(['#3d7fc6', '#0b4f94']);

export function layoutHeatmap(rows: HeatmapAxis[], cols: HeatmapAxis[], count: (row: string, col: string) => number, width = 720): HeatmapLayout {
  const margin = { top: 120, right: 8, bottom: 8, left: 132 };
  const bandHeight = 34;
  const height = margin.top + margin.bottom + bandHeight * rows.length;
  const x = scaleBand<string>()
    .domain(cols.map((c) => c.id))
    .range([margin.left, width - margin.right])
    .padding(0.06);
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.id))
    .range([margin.top, height - margin.bottom])
    .padding(0.06);
  const counts = rows.flatMap((row) => cols.map((col) => count(row.id, col.id)));
  const max = Math.max(1, ...counts);
  const colour = scaleQuantize<string>()
    .domain([1, max + 1])
    .range([...PALETTE].slice(0, Math.min(PALETTE.length, max)));
  const round = (n: number) => Math.round(n * 10) / 10;
  const cells: HeatmapCell[] = rows.flatMap((row) =>
    cols.map((col) => {
      const value = count(row.id, col.id);
      const fill = value === 0 ? '#ffffff' : colour(value);
      return {
        row: row.id,
        col: col.id,
        count: value,
        x: round(x(col.id)!),
        y: round(y(row.id)!),
        width: round(x.bandwidth()),
        height: round(y.bandwidth()),
        fill,
        ink: DARK.has(fill) ? '#ffffff' : '#1d1d1f',
      };
    }),
  );
  const legend = [
    { fill: '#ffffff', label: '0' },
    ...colour.range().map((fill) => {
      const [lo, hi] = colour.invertExtent(fill);
      const from = Math.ceil(lo);
      const to = Math.ceil(hi) - 1;
      return { fill, label: from >= to ? `${from}` : `${from}–${to}` };
    }),
  ];
  return {
    width,
    height,
    margin,
    rows: rows.map((row) => ({ ...row, y: round(y(row.id)! + y.bandwidth() / 2) })),
    cols: cols.map((col) => ({ ...col, x: round(x(col.id)! + x.bandwidth() / 2) })),
    cells,
    bandWidth: round(x.bandwidth()),
    bandHeight: round(y.bandwidth()),
    legend,
  };
}
