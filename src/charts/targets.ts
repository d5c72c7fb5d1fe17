/**
 * Targets by deadline year and plan, laid out with D3 scales at build time: one column per
 * year, one row per plan, one marker per target packed into its cell. Plain numbers and labels;
 * `TargetsChart.astro` draws them as static SVG where every marker links to its clause.
 */
import { scaleBand } from 'd3';

export interface ChartTarget {
  plan: string;
  planLabel: string;
  /** `null`: drawn in a 未定 column. */
  year: number | null;
  url: string;
  /** Accessible name of the marker: metric, value, plan, year. */
  label: string;
  /** Past deadline (filled) or not (outlined). */
  past: boolean;
}

export interface TargetsLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  columns: Array<{ key: string; label: string; x: number; width: number; count: number }>;
  rows: Array<{ plan: string; label: string; y: number; height: number; count: number }>;
  marks: Array<{ x: number; y: number; url: string; label: string; past: boolean }>;
}

const MARK = 12;
const GAP = 4;
const PER_LINE = 6;
/** The plan labels' font size (TargetsChart.astro's font-size). */
const LABEL_FONT = 13;

/**
 * How wide a label draws: a Chinese character or full-width mark takes an em, Latin letters and
 * digits about 0.6 em. The left margin holds the widest label, so none is cut off at the left edge
 * (a fixed 200 cut 上海合成生物与高端生物制造行动方案, 17 characters, to 合成生物与…).
 */
export const labelWidth = (label: string, font = LABEL_FONT): number =>
  [...label].reduce((width, ch) => width + (/[\u2e80-\uffff]/u.test(ch) ? font : font * 0.6), 0);

export function layoutTargets(targets: ChartTarget[], width = 720): TargetsLayout {
  const years = [...new Set(targets.map((t) => t.year))].sort((a, b) => (a ?? 9999) - (b ?? 9999));
  const columnKey = (year: number | null) => (year === null ? 'none' : String(year));
  const plans: Array<{ plan: string; label: string }> = [];
  for (const t of targets) if (!plans.some((p) => p.plan === t.plan)) plans.push({ plan: t.plan, label: t.planLabel });
  const margin = { top: 30, right: 8, bottom: 8, left: Math.ceil(Math.max(120, ...plans.map((p) => labelWidth(p.label))) + 16) };

  // Rows are as tall as their fullest cell.
  const cell = new Map<string, ChartTarget[]>();
  for (const t of targets) {
    const key = `${t.plan}|${columnKey(t.year)}`;
    cell.set(key, [...(cell.get(key) ?? []), t]);
  }
  const lines = (n: number) => Math.max(1, Math.ceil(n / PER_LINE));
  const rowHeights = plans.map((p) => Math.max(...years.map((y) => lines(cell.get(`${p.plan}|${columnKey(y)}`)?.length ?? 0))) * (MARK + GAP) + 14);

  const x = scaleBand<string>()
    .domain(years.map(columnKey))
    .range([margin.left, width - margin.right])
    .paddingInner(0.08);
  const round = (n: number) => Math.round(n * 10) / 10;
  const rows: TargetsLayout['rows'] = [];
  let y = margin.top;
  plans.forEach((p, i) => {
    rows.push({ plan: p.plan, label: p.label, y, height: rowHeights[i]!, count: targets.filter((t) => t.plan === p.plan).length });
    y += rowHeights[i]!;
  });
  const height = y + margin.bottom;

  const marks: TargetsLayout['marks'] = [];
  for (const row of rows) {
    for (const year of years) {
      const inCell = cell.get(`${row.plan}|${columnKey(year)}`) ?? [];
      const x0 = x(columnKey(year))!;
      const cellWidth = PER_LINE * (MARK + GAP) - GAP;
      const left = x0 + (x.bandwidth() - cellWidth) / 2;
      inCell.forEach((t, k) => {
        marks.push({
          x: round(left + (k % PER_LINE) * (MARK + GAP)),
          y: round(row.y + 7 + Math.floor(k / PER_LINE) * (MARK + GAP)),
          url: t.url,
          label: t.label,
          past: t.past,
        });
      });
    }
  }
  return {
    width,
    height,
    margin,
    columns: years.map((year) => ({
      key: columnKey(year),
      label: year === null ? '未定' : `${year}年`,
      x: round(x(columnKey(year))!),
      width: round(x.bandwidth()),
      count: targets.filter((t) => t.year === year).length,
    })),
    rows,
    marks,
  };
}

export const TARGET_MARK_SIZE = MARK;
