/**
 * The citation graph, laid out with D3 at build time: one column per level (国家级 → 市级 → 区级),
 * documents stacked in each column, a curve from each cited document to each plan citing it.
 * Within a column, nodes are ordered by the mean position of their neighbours (one barycentre
 * sweep) so that curves cross less. Plain numbers; `LineageGraph.astro` draws static SVG.
 */
import { linkHorizontal, scalePoint } from 'd3';

export interface GraphNode {
  key: string;
  title: string;
  level: string;
  docNumber: string | null;
  /** Link to the plan page when the document is a portal plan. */
  href: string | null;
}

export interface GraphEdge {
  /** Cited document. */
  from: string;
  /** Citing plan (its node key). */
  to: string;
}

export interface LineageLayout {
  width: number;
  height: number;
  columns: Array<{ level: string; x: number }>;
  nodes: Array<GraphNode & { x: number; y: number; width: number; height: number; lines: string[] }>;
  edges: Array<{ from: string; to: string; path: string }>;
}

const NODE_WIDTH = 200;
const LINE_HEIGHT = 16;
const CHARS_PER_LINE = 12;
const NODE_GAP = 18;

/** Splits a title into lines of at most `CHARS_PER_LINE` characters (Chinese wraps anywhere). */
export function wrapTitle(title: string, perLine = CHARS_PER_LINE): string[] {
  const chars = [...title];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += perLine) lines.push(chars.slice(i, i + perLine).join(''));
  return lines;
}

export function layoutLineage(nodes: GraphNode[], edges: GraphEdge[], levels: string[], width = 800): LineageLayout {
  const used = levels.filter((level) => nodes.some((n) => n.level === level));
  const x = scalePoint<string>()
    .domain(used)
    .range([NODE_WIDTH / 2 + 40, width - NODE_WIDTH / 2 - 4]);
  const heightOf = (n: GraphNode) => (wrapTitle(n.title).length + (n.docNumber ? 1 : 0)) * LINE_HEIGHT + 12;

  // Columns in input order first, then one sweep left to right by the neighbours' mean rank.
  const columns = new Map(used.map((level) => [level, nodes.filter((n) => n.level === level)]));
  const rank = new Map<string, number>();
  for (const list of columns.values()) list.forEach((n, i) => rank.set(n.key, i));
  for (const level of used.slice(1)) {
    const list = columns.get(level)!;
    const score = (n: GraphNode) => {
      const ranks = edges.filter((e) => e.to === n.key).map((e) => rank.get(e.from) ?? 0);
      return ranks.length ? ranks.reduce((a, b) => a + b, 0) / ranks.length : Number.MAX_SAFE_INTEGER;
    };
    const scored = list.map((n, i) => ({ n, s: score(n), i }));
    scored.sort((a, b) => a.s - b.s || a.i - b.i);
    columns.set(
      level,
      scored.map((s) => s.n),
    );
    scored.forEach((s, i) => rank.set(s.n.key, i));
  }

  // Headers at the top, then a lane where edges that skip a column run above every box.
  const top = 46;
  const lane = 34;
  const placed: LineageLayout['nodes'] = [];
  let height = top;
  for (const level of used) {
    let y = top;
    for (const n of columns.get(level)!) {
      const h = heightOf(n);
      placed.push({ ...n, x: x(level)! - NODE_WIDTH / 2, y, width: NODE_WIDTH, height: h, lines: wrapTitle(n.title) });
      y += h + NODE_GAP;
    }
    height = Math.max(height, y);
  }
  const byKey = new Map(placed.map((n) => [n.key, n]));
  const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const round = (s: string) => s.replace(/\d+\.\d+/gu, (m) => String(Math.round(Number(m) * 10) / 10));
  return {
    width,
    height: height + 4,
    columns: used.map((level) => ({ level, x: x(level)! })),
    nodes: placed,
    edges: edges.flatMap((e) => {
      const a = byKey.get(e.from);
      const b = byKey.get(e.to);
      if (!a || !b) return [];
      const r = (n: number) => Math.round(n * 10) / 10;
      const [sx, sy] = [a.x + a.width, a.y + a.height / 2];
      const [tx, ty] = [b.x, b.y + b.height / 2];
      const columnGap = used.indexOf(b.level) - used.indexOf(a.level);
      if (columnGap === 0) {
        // Same column (a city document cited by the city plan): a loop on the left side.
        const [lx, ly] = [a.x, a.y + a.height / 2];
        return [{ from: e.from, to: e.to, path: `M${r(lx)},${r(ly)}C${r(lx - 36)},${r(ly)} ${r(tx - 36)},${r(ty)} ${r(tx)},${r(ty)}` }];
      }
      if (columnGap > 1) {
        // Skipping a column: over the top lane, so the curve never runs behind a box it does not touch.
        const path = `M${r(sx)},${r(sy)}C${r(sx + 24)},${r(sy)} ${r(sx + 4)},${lane} ${r(sx + 28)},${lane}L${r(tx - 28)},${lane}C${r(tx - 4)},${lane} ${r(tx - 24)},${r(ty)} ${r(tx)},${r(ty)}`;
        return [{ from: e.from, to: e.to, path }];
      }
      return [{ from: e.from, to: e.to, path: round(link({ source: [sx, sy], target: [tx, ty] }) ?? '') }];
    }),
  };
}
