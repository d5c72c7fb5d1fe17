import { visualWidth } from './width.ts';

/**
 * Tables written as lines, as importers and editors write them: `指标 | 2024年 | 2027年`, one row
 * a line, cells between `|` (or `｜`), with or without the outer bars of a Markdown table.
 */

/** The widest cell (in columns) a row of two cells may have: wider, the line is a sentence holding a `|`. */
const SHORT_CELL = 60;

/**
 * The cells of a table row (trimmed), or undefined when the line is not one: two cells at least,
 * and no sentence ending the line (a sentence that only contains a `|` is text). A row of two
 * cells keeps them short; a row of three or more may hold a long cell with no sentence end in it
 * (a task table's `1 | 建设…平台，面向…开放…中试线 | 区科委 | 2027年6月`), since prose does not
 * split at two bars.
 */
export function tableRow(text: string): string[] | undefined {
  if (!/[|｜]/u.test(text) || /[。；]$/u.test(text.trim())) return undefined;
  const inner = text.trim().replace(/^[|｜]|[|｜]$/gu, '');
  const cells = inner.split(/[|｜]/u).map((cell) => cell.trim());
  if (cells.length < 2 || cells.every((cell) => cell === '')) return undefined;
  const fits = (cell: string) => visualWidth(cell) <= SHORT_CELL || (cells.length >= 3 && !/[。；！？]/u.test(cell));
  if (!cells.every(fits)) return undefined;
  // A Markdown rule row (`---|---`) carries no text: it is still a row, shown as printed.
  return cells;
}

/** A row number in a table's first column (`1`, `12`, `（3）`). */
const ROW_NUMBER = /^[（(]?\d{1,3}[）)．.、]?$/u;

/**
 * The row a copy wrapped inside a cell, joined again, or undefined when `row` is a row of its own.
 * Only a numbered table (`序号 | …`, each row opening on its number) tells a continuation apart:
 * the last row is short of the header's cells, `row` does not open on a number, and the two
 * together have the header's cells, the broken cell being one.
 */
export function continuedRow(rows: readonly string[][], row: readonly string[]): string[] | undefined {
  const header = rows[0]!;
  const last = rows.at(-1)!;
  if (rows.length < 2 || !/^序号$/u.test(header[0]!) || !ROW_NUMBER.test(last[0]!) || ROW_NUMBER.test(row[0]!)) return undefined;
  if (last.length >= header.length || last.length + row.length - 1 !== header.length) return undefined;
  return [...last.slice(0, -1), `${last.at(-1)!}${row[0]!}`, ...row.slice(1)];
}
