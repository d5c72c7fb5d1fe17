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
