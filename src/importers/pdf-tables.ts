/**
 * Tables in a PDF's text layer: a cell too long for its column wraps onto two or more printed
 * lines, and the cells beside it sit on the middle line (vertically centred), so a row prints
 * as several lines each holding some of its cells. A row is told by the space above it: lines of
 * one row stand closer together than two rows do (the rows' padding and rule lie between rows).
 * Each row's lines are merged into one line whose cells are the columns' texts, top to bottom.
 * Pure geometry over printed lines.
 */
import type { PrintedLine } from './pdf-lines.ts';

/** Lines with two or more cells within this many lines of each other belong to one table. */
const NEAR = 4;

/** A cell's column: the nearest column start at most this many font sizes away. */
const COLUMN_TOLERANCE = 0.6;

export function mergeTableRows(lines: PrintedLine[]): PrintedLine[] {
  const out: PrintedLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const region = tableRegion(lines, i);
    if (!region) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    out.push(...rowsOf(lines.slice(region[0], region[1] + 1)));
    i = region[1] + 1;
  }
  return out;
}

/** The table starting at line `start`: from it to the last multi-cell line near another, with the lines of its edge rows. */
function tableRegion(lines: PrintedLine[], start: number): [number, number] | undefined {
  const multi = (k: number) => (lines[k]?.cells.length ?? 0) >= 2;
  if (!multi(start)) return undefined;
  let end = start;
  for (let k = start + 1; k < lines.length && k <= end + NEAR; k++) if (multi(k)) end = k;
  if (end === start) return undefined;
  const threshold = rowGap(lines.slice(start, end + 1));
  if (threshold === undefined) return undefined;
  // The first and last rows may have wrapped cells above and below their multi-cell line.
  let first = start;
  while (first > 0 && lines[first - 1]!.y - lines[first]!.y < threshold && onColumns(lines[first - 1]!, lines.slice(start, end + 1))) first--;
  let last = end;
  while (last + 1 < lines.length && lines[last]!.y - lines[last + 1]!.y < threshold && onColumns(lines[last + 1]!, lines.slice(start, end + 1))) last++;
  return [first, last];
}

/** Whether a line's cells all start at columns of the table (a wrapped cell's other line). */
function onColumns(line: PrintedLine, table: PrintedLine[]): boolean {
  const starts = columnStarts(table);
  return line.cells.every((cell) => starts.some((x) => Math.abs(x - cell.x) <= line.fontSize * COLUMN_TOLERANCE));
}

/**
 * The smallest gap that separates two rows. Two one-line rows stand a row pitch apart (line
 * height, padding and rule); the lines of a row stand a line or half a line apart. The pitch is
 * the widest gap that recurs; gaps clearly below it (nine tenths) are lines within a row.
 */
function rowGap(lines: PrintedLine[]): number | undefined {
  const gaps = lines.slice(1).map((line, i) => Math.round((lines[i]!.y - line.y) * 2) / 2);
  if (gaps.length === 0) return undefined;
  const counts = new Map<number, number>();
  for (const g of gaps) counts.set(g, (counts.get(g) ?? 0) + 1);
  const recurring = [...counts].filter(([, n]) => n >= 2).map(([g]) => g);
  const pitch = recurring.length > 0 ? Math.max(...recurring) : Math.max(...gaps);
  return pitch * 0.9;
}

/** Left edges of the table's columns: cell starts clustered. */
function columnStarts(lines: PrintedLine[]): number[] {
  const xs = lines.flatMap((line) => line.cells.map((c) => ({ x: c.x, size: line.fontSize }))).sort((a, b) => a.x - b.x);
  const starts: number[] = [];
  for (const { x, size } of xs) if (starts.length === 0 || x - starts.at(-1)! > size * COLUMN_TOLERANCE) starts.push(x);
  return starts;
}

/** Merges each row's lines into one line, a cell per column (texts top to bottom). */
function rowsOf(lines: PrintedLine[]): PrintedLine[] {
  const threshold = rowGap(lines)!;
  const starts = columnStarts(lines);
  const rows: PrintedLine[][] = [];
  lines.forEach((line, i) => {
    if (i === 0 || lines[i - 1]!.y - line.y >= threshold) rows.push([line]);
    else rows.at(-1)!.push(line);
  });
  return rows.map((row) => {
    const columns: string[] = starts.map(() => '');
    for (const line of row) {
      for (const cell of line.cells) {
        const column = starts.reduce((best, x, k) => (Math.abs(x - cell.x) < Math.abs(starts[best]! - cell.x) ? k : best), 0);
        columns[column] += cell.text;
      }
    }
    return { y: row[0]!.y, x: starts[0]!, fontSize: Math.max(...row.map((l) => l.fontSize)), cells: columns.map((text, k) => ({ x: starts[k]!, text })) };
  });
}
