import { visualWidth } from './width.ts';

/**
 * Tables written as lines, as importers and editors write them: `指标 | 2024年 | 2027年`, one row
 * a line, cells between `|` (or `｜`), with or without the outer bars of a Markdown table.
 */

/**
 * The cells of a table row (trimmed), or undefined when the line is not one: two cells at least,
 * each short, and no sentence ending the line (a sentence that only contains a `|` is text).
 */
export function tableRow(text: string): string[] | undefined {
  if (!/[|｜]/u.test(text) || /[。；]$/u.test(text.trim())) return undefined;
  const inner = text.trim().replace(/^[|｜]|[|｜]$/gu, '');
  const cells = inner.split(/[|｜]/u).map((cell) => cell.trim());
  if (cells.length < 2 || cells.every((cell) => cell === '') || cells.some((cell) => visualWidth(cell) > 60)) return undefined;
  // A Markdown rule row (`---|---`) carries no text: it is still a row, shown as printed.
  return cells;
}
