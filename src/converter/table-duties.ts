/**
 * Task tables written as lines (`序号 | 任务 | 责任单位 | 完成时限`): a header cell naming who
 * carries the rows out (责任单位, 牵头单位, 配合单位 … — the labels a `（责任单位：…）` opens with)
 * makes that column's cells each row's list of responsible units, the same list a duty inline
 * gives a paragraph. The table's text is not touched: the lists sit beside its rows.
 */
import { DUTY_LABEL, splitAgencies } from './inlines.ts';
import type { Block, Clause, RowDuty } from './types.ts';

/** A header cell that names the units of a row: `责任单位`, `牵头部门（单位）`. */
const DUTY_HEADER = new RegExp(`^${DUTY_LABEL}(?:[（(][^（）()]*[）)])?$`, 'u');
/** A cell that names nobody: empty, or a dash or slash printed for none. */
const NOBODY = /^[\s—–\-－/／、]*$/u;
/** A Markdown rule row (`---|:---:`). */
const RULE_CELL = /^:?-+:?$/u;

/** Indices of a header row's duty columns, in printed order ([] when it has none). */
export function dutyColumns(header: readonly string[]): number[] {
  return header.flatMap((cell, i) => (DUTY_HEADER.test(cell.replace(/\s+/gu, '')) ? [i] : []));
}

/**
 * The duty of a row just added to a table (`rows.at(-1)`), or undefined when the table has no
 * duty column, or the row is the header, a repeat of it (a new page), a rule row, or has
 * another number of cells than the header (its columns cannot be told apart).
 */
export function rowDuty(rows: readonly string[][], line: number): RowDuty | undefined {
  const header = rows[0]!;
  const row = rows.at(-1)!;
  const columns = dutyColumns(header);
  if (rows.length < 2 || columns.length === 0 || row.length !== header.length) return undefined;
  if (row.every((cell, i) => cell === header[i]) || row.every((cell) => RULE_CELL.test(cell))) return undefined;
  const agencies = columns.flatMap((i) => (NOBODY.test(row[i]!) ? [] : splitAgencies(row[i]!)));
  return agencies.length > 0 ? { row: rows.length - 1, line, agencies } : undefined;
}

/** The agencies each `（责任单位：…）` of a block names, in order. */
export function inlineDutyLists(block: Block): string[][] {
  return block.inlines.flatMap((inline) => (inline.kind === 'duty' ? [inline.agencies] : []));
}

/**
 * Every list of responsible units a clause's own blocks print, in document order: each
 * `（责任单位：…）` and each task-table row. The first unit of a list is only first: the text
 * does not say it leads, except a 牵头单位 column does (and its units come first).
 */
export function dutyLists(clause: Clause): string[][] {
  return clause.blocks.flatMap((block) => [...inlineDutyLists(block), ...(block.duties ?? []).map((d) => d.agencies)]);
}

/** A table's rows without its duty columns: what it says, not who carries it out (place mentions, support measures). */
export function rowsWithoutDuties(block: Block): string[][] {
  const rows = block.rows ?? [];
  const header = rows[0] ?? [];
  const columns = new Set(block.duties ? dutyColumns(header) : []);
  return rows.map((row) => (row.length === header.length ? row.filter((_, i) => !columns.has(i)) : row));
}
