/**
 * Timeline of plan periods, laid out with D3 scales at build time. The result is plain
 * numbers and labels; `Timeline.astro` draws it as static, accessible SVG. “Today” is an
 * input, never read from the clock here.
 */
import { scaleBand, scaleLinear } from 'd3';

export interface TimelinePlan {
  slug: string;
  label: string;
  /** First and last year of the period; plans without a period give the years they name. */
  start: number;
  end: number;
  /** True when the plan names no period (the bar shows signing year to last target year). */
  openEnded: boolean;
  status: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Year boundaries (1 January of each year), drawn as grid lines. */
  gridlines: Array<{ x: number; year: number }>;
  /** Year labels, each centred on its year's column, so a 2023—2025 bar ends where 2025 ends and not under a “2026”. */
  years: Array<{ x: number; year: number }>;
  rows: Array<{ slug: string; label: string; y: number; height: number; x0: number; x1: number; openEnded: boolean; status: string; range: string }>;
  /** The build date (“截至” that day): its position and its Chinese date. */
  today: { x: number; label: string };
}

export function layoutTimeline(plans: TimelinePlan[], today: Date, width = 720): TimelineLayout {
  const margin = { top: 28, right: 16, bottom: 8, left: 240 };
  const rowHeight = 34;
  const height = margin.top + margin.bottom + rowHeight * plans.length;
  const todayYear = today.getUTCFullYear() + (today.getUTCMonth() * 31 + today.getUTCDate()) / 372;
  const first = Math.min(...plans.map((p) => p.start), Math.floor(todayYear));
  const last = Math.max(...plans.map((p) => p.end), Math.ceil(todayYear)) + 1;
  const x = scaleLinear()
    .domain([first, last])
    .range([margin.left, width - margin.right]);
  const y = scaleBand<string>()
    .domain(plans.map((p) => p.slug))
    .range([margin.top, height - margin.bottom])
    .padding(0.3);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    width,
    height,
    margin,
    gridlines: years(first, last).map((year) => ({ x: round(x(year)), year })),
    years: years(first, last - 1).map((year) => ({ x: round(x(year + 0.5)), year })),
    rows: plans.map((p) => ({
      slug: p.slug,
      label: p.label,
      y: round(y(p.slug) ?? 0),
      height: round(y.bandwidth()),
      x0: round(x(p.start)),
      // A period “2023—2025年” runs to the end of 2025.
      x1: round(x(p.end + 1)),
      openEnded: p.openEnded,
      status: p.status,
      range: p.openEnded ? `${p.start}年印发，目标年份至${p.end}年` : `${p.start}—${p.end}年`,
    })),
    today: { x: round(x(todayYear)), label: `${today.getUTCFullYear()}年${today.getUTCMonth() + 1}月${today.getUTCDate()}日` },
  };
}

/** `from`, `from + 1`, …, `to`. */
function years(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
