/**
 * A PDF page's text runs into printed lines, in reading order: runs on one baseline make a
 * line, lines go from the top of the page down, runs in a line from left to right. Pure
 * geometry, no library: the pdf.js adapter supplies the runs.
 */
import type { PdfTextItem } from './adapters/pdfjs.ts';

/** A printed line: its baseline, and its text in cells split at wide gaps (one cell unless columns). */
export interface PrintedLine {
  y: number;
  /** Left edge of the line's first run. */
  x: number;
  fontSize: number;
  /** Runs joined; a line with column gaps has several cells, each with its left edge. */
  cells: Array<{ x: number; text: string }>;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
/** A gap this many font sizes wide separates columns (a table's cells, a 印发 line's two ends). */
const COLUMN_GAP = 1.2;
/** A gap this wide beside a Latin letter or digit is a space (a space glyph is about a third of the size). */
const WORD_GAP = 0.2;

/** Groups runs into lines (baselines within a third of the font size are one line). */
export function printedLines(items: PdfTextItem[]): PrintedLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of sorted) {
    const group = groups.at(-1);
    const size = Math.max(item.fontSize, group?.[0]?.fontSize ?? 0);
    if (group && Math.abs(group[0]!.y - item.y) <= size / 3) group.push(item);
    else groups.push([item]);
  }
  return groups.map(lineOf).filter((line) => line.cells.some((cell) => cell.text.trim() !== ''));
}

function lineOf(runs: PdfTextItem[]): PrintedLine {
  runs.sort((a, b) => a.x - b.x);
  const fontSize = Math.max(...runs.map((r) => r.fontSize));
  const cells: Array<{ x: number; text: string }> = [];
  let end = -Infinity;
  for (const run of runs) {
    const blank = run.text.trim() === '';
    const gap = run.x - end;
    const cell = cells.at(-1);
    // A run of white space alone is pdf.js's stand-in for a gap between two runs (a space the
    // PDF draws is a glyph inside a run): the gap itself decides below, as for any two runs.
    if (blank) continue;
    if (!cell || gap >= COLUMN_GAP * fontSize) {
      cells.push({ x: run.x, text: run.text.trimStart() });
    } else {
      const before = cell.text.at(-1) ?? '';
      const after = run.text[0] ?? '';
      // A gap as wide as a space beside Latin letters or digits is one (pdf.js gives the space
      // glyph a run of its own where the font changes: `2023` ` ` `年`); no space is ever put
      // between two CJK glyphs, where such gaps are justification.
      const drawnSpace = gap >= WORD_GAP * fontSize && !/\s/u.test(before) && !/\s/u.test(after) && !(CJK.test(before) && CJK.test(after));
      cell.text += (drawnSpace ? ' ' : '') + run.text;
    }
    end = Math.max(end, run.x + run.width);
  }
  for (const cell of cells) cell.text = withoutLayoutSpaces(cell.text.trimEnd());
  return { y: runs[0]!.y, x: runs[0]!.x, fontSize, cells: cells.filter((c) => c.text !== '') };
}

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/**
 * Full-width punctuation (not the ideographic space U+3000, a character of its own; not the
 * dash, which is set with spaces in `— 3 —`).
 */
const CJK_MARK = '\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018\\u2019\\u201c\\u201d\\u2026\\u00b7';
const SPACE_BY_MARK = new RegExp(`(?<=[${CJK_MARK}]) +| +(?=[${CJK_MARK}])`, 'gu');
const SPACE_IN_HAN = new RegExp(`(?<=[${HAN}]) (?=[${HAN}])`, 'gu');
const HAN_PAIR = new RegExp(`[${HAN}](?=[${HAN}])`, 'gu');

/**
 * pdf.js writes a space wherever two glyphs stand apart by more than a tenth of the font size,
 * whether or not the PDF drew a space: a justified line that holds a long Latin word spreads
 * its Chinese glyphs (`相关 技 术 为 主`), and a mark set half-width leaves a gap beside it. Chinese
 * typesetting puts no space beside full-width punctuation, so such spaces go; spaces between
 * ideographs go when they stand between most of the line's ideographs (justification), and are
 * kept where they are the exception (a title's deliberate `创新策源 打造`).
 */
export function withoutLayoutSpaces(text: string): string {
  const trimmed = text.replace(SPACE_BY_MARK, '');
  const spaced = trimmed.match(SPACE_IN_HAN)?.length ?? 0;
  const close = trimmed.match(HAN_PAIR)?.length ?? 0;
  return spaced >= 3 && spaced >= close ? trimmed.replace(SPACE_IN_HAN, '') : trimmed;
}

/**
 * Lines whose column gaps line up with a neighbour's are table rows, written `cell | cell`;
 * a lone line with a gap (the 印发 line: office left, date right) keeps one space there, as a
 * PDF viewer's copy does.
 */
export function lineTexts(lines: PrintedLine[], rowAbove?: PrintedLine): string[] {
  const isRow = lines.map((line, i) => line.cells.length > 1 && [lines[i - 1], lines[i + 1]].some((other) => other !== undefined && aligned(line, other)));
  // A table that runs over a page break: the page's first row (under, at most, its running
  // header) lines up with the last row of the page before, though no neighbour of its own does.
  const first = lines.findIndex((line) => line.cells.length > 1);
  if (rowAbove && first >= 0 && first <= 1 && aligned(lines[first]!, rowAbove)) isRow[first] = true;
  return lines.map((line, i) => line.cells.map((c) => c.text).join(isRow[i] ? ' | ' : ' '));
}

/** The page's last table row, when the page ends in a table (at most its page number below it). */
export function lastRow(lines: PrintedLine[]): PrintedLine | undefined {
  const last = lines.findLastIndex((line) => line.cells.length > 1);
  if (last < 0 || last < lines.length - 2) return undefined;
  const line = lines[last]!;
  return lines[last - 1] && aligned(line, lines[last - 1]!) ? line : undefined;
}

/** Two lines of a table: both have columns, and a cell after the first starts at the same x. */
function aligned(a: PrintedLine, b: PrintedLine): boolean {
  if (b.cells.length < 2) return false;
  const tolerance = a.fontSize / 2;
  return a.cells.slice(1).some((cell) => b.cells.slice(1).some((other) => Math.abs(other.x - cell.x) <= tolerance));
}
