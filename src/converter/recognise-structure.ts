/**
 * Stage 4 — recognise the plan's structure: headings (the four ranks of GB/T 9704, and the
 * 章/节/条 of a 管理办法), standalone or run-in (the first sentence of a paragraph), `——`
 * bullets, tables written as lines, leads and `（责任单位：…）`, and build the clause tree.
 *
 * Numbering that skips, repeats or restarts is the source's own fault more often than not (a
 * draft skips （三））: the text is kept exactly as printed and each defect is listed for a person
 * to check (`numberingDefects`, and a 待核对 warning with its line). When the number the
 * sequence expects starts a line inside the paragraph above (a line break the extraction lost),
 * that paragraph is split there, which loses nothing, and the split is listed too. `strict`
 * refuses any defect instead, with the message that names the line.
 */
import { ConversionError } from './errors.ts';
import { inlineText, parseInlines } from './inlines.ts';
import { clauseId, clauseLevel } from './clause-ids.ts';
import { checkNumbering, NumberingState, type NumberingIssue } from './numbering-check.ts';
import { HEADING_KINDS, readHeadingMarker, type HeadingMarker } from './numbering.ts';
import { partOf, settleParts } from './parts.ts';
import { splitHeading } from './split-heading.ts';
import { dutyColumns, dutyLists, rowDuty } from './table-duties.ts';
import { continuedRow, tableRow } from './tables.ts';
import type { Block, Clause, Inline, NumberingDefect, Paragraph, Warning } from './types.ts';

export { splitHeading } from './split-heading.ts';

export interface Structure {
  preamble: Block[];
  clauses: Clause[];
  numberingDefects: NumberingDefect[];
  warnings: Warning[];
}

export interface StructureOptions {
  /** Refuse numbering defects instead of listing them (the converter's strict mode). */
  strict?: boolean;
}

function blockFrom(paragraph: Paragraph, text: string): Block {
  if (text.startsWith('——')) {
    return { kind: 'bullet', inlines: [{ kind: 'text', text: '——' }, ...parseInlines(text.slice(2))], lines: paragraph.lines };
  }
  return { kind: 'paragraph', inlines: parseInlines(text), lines: paragraph.lines };
}

/** Blocks of paragraphs outside the clause tree (an appendix): tables and paragraphs. */
export function blocksOf(paragraphs: Paragraph[]): Block[] {
  const blocks: Block[] = [];
  const rows = tableRows(paragraphs);
  paragraphs.forEach((p, i) => appendBlock(blocks, p, p.text, rows.get(i)));
  return blocks;
}

/** Rows of tables by paragraph index: a line of cells counts only beside another (one line with a `|` is text). */
function tableRows(paragraphs: Paragraph[]): Map<number, string[]> {
  const cells = paragraphs.map((p) => tableRow(p.text));
  const rows = new Map<number, string[]>();
  cells.forEach((row, i) => {
    if (row && (cells[i - 1] || cells[i + 1])) rows.set(i, row);
  });
  return rows;
}

function isDutyOnly(inlines: Inline[]): boolean {
  return inlines.length === 1 && inlines[0]!.kind === 'duty';
}

/** Adds a paragraph to a list of blocks: a table row joins the table before it; a lone 责任单位 closes the paragraph before it. */
function appendBlock(blocks: Block[], paragraph: Paragraph, text: string, row?: string[]): void {
  const previous = blocks.at(-1);
  if (row) {
    if (previous?.kind === 'table') {
      const rows = previous.rows!;
      const joined = continuedRow(rows, row);
      if (joined) rows[rows.length - 1] = joined;
      else {
        rows.push(row);
        previous.rowLines!.push(paragraph.lines[0]);
      }
      previous.inlines[0]!.text += `\n${text}`;
      previous.lines = [previous.lines[0], paragraph.lines[1]];
      const duty = rowDuty(rows, previous.rowLines!.at(-1)!);
      if (duty) previous.duties!.push(duty);
    } else {
      // A header naming a duty column (责任单位 …) makes the table a task table: its rows' units are read as they come.
      const duties = dutyColumns(row).length > 0 ? { duties: [] } : {};
      blocks.push({ kind: 'table', inlines: [{ kind: 'text', text }], rows: [row], rowLines: [paragraph.lines[0]], ...duties, lines: paragraph.lines });
    }
    return;
  }
  const block = blockFrom(paragraph, text);
  if (isDutyOnly(block.inlines) && previous && previous.kind !== 'table') {
    // `（责任单位：…）` on a line of its own closes the paragraph before it.
    previous.inlines.push(...block.inlines);
    previous.lines = [previous.lines[0], block.lines[1]];
  } else {
    blocks.push(block);
  }
}

const precedence = (clause: Clause | HeadingMarker) => HEADING_KINDS.indexOf(clause.kind);

export function recogniseStructure(file: string, body: Paragraph[], options: StructureOptions = {}): Structure {
  let paragraphs = body;
  const splits: Warning[] = [];
  // Each split fixes one lost line break; a plan has far fewer headings than this.
  for (let attempt = 0; attempt <= body.length; attempt++) {
    const result = build(file, paragraphs, options);
    if (!('split' in result)) {
      if (result.clauses.length === 0) {
        throw new ConversionError({
          file,
          line: body[0]!.lines[0],
          message: 'no headings found (一、 …)',
          hint: 'a plan body is organised under headings 一、 （一） 1. （1） (or 第一章 / 第一条); check that the seed is a plan and that its headings start their own lines.',
          sourceLine: body[0]!.text.slice(0, 60),
        });
      }
      return { ...result, warnings: [...splits, ...result.warnings].sort((a, b) => a.line - b.line) };
    }
    const { index, at, line, number } = result.split;
    const p = paragraphs[index]!;
    paragraphs = [...paragraphs.slice(0, index), ...splitParagraph(p, at), ...paragraphs.slice(index + 1)];
    splits.push({ line, message: `第 ${line} 行以编号“${number}”开头，却与上一行连成了一段（上一行可能缺句末标点）：已在此处分段，请核对原文。` });
  }
  throw new Error(`${file}: the structure did not settle`);
}

/** One pass over the body: the tree, or the paragraph to split first. */
function build(file: string, body: Paragraph[], options: StructureOptions): Structure | { split: NonNullable<NumberingIssue['split']> } {
  const preamble: Block[] = [];
  const clauses: Clause[] = [];
  const stack: Clause[] = [];
  const state = new NumberingState();
  const defects: NumberingDefect[] = [];
  const warnings: Warning[] = [];
  const ids = new Map<string, number>();

  const rows = tableRows(body);
  for (const [index, paragraph] of body.entries()) {
    const marker = readHeadingMarker(paragraph.text);
    if (marker) {
      while (stack.length > 0 && precedence(stack.at(-1)!) >= precedence(marker)) stack.pop();
      const parent = stack.at(-1);
      const siblings = parent ? parent.children : clauses;
      const issue = checkNumbering({ file, body, paragraph, marker, siblings, state, strict: options.strict ?? false });
      if (issue?.split) return { split: issue.split };
      const heading = splitHeading(paragraph.text.slice(marker.length), marker.kind);
      const baseId = clauseId(marker, stack);
      const seen = (ids.get(baseId) ?? 0) + 1;
      ids.set(baseId, seen);
      const clause: Clause = {
        id: seen === 1 ? baseId : `${baseId}-r${seen}`,
        level: clauseLevel(marker, parent),
        kind: marker.kind,
        number: marker.number,
        ordinal: marker.ordinal,
        title: heading.title,
        ...(heading.titleStart ? { titleStart: heading.titleStart } : {}),
        titleEnd: heading.titleEnd,
        inline: heading.inline,
        part: partOf(heading.title, marker.kind, parent),
        blocks: [],
        children: [],
        agencies: [],
        line: paragraph.lines[0],
      };
      if (issue?.defect) {
        defects.push(issue.defect);
        warnings.push({ line: issue.defect.line, message: issue.message(clause.id) });
      }
      if (heading.body !== '') appendBlock(clause.blocks, paragraph, heading.body);
      siblings.push(clause);
      stack.push(clause);
      state.seen(marker);
      continue;
    }
    appendBlock(stack.at(-1)?.blocks ?? preamble, paragraph, paragraph.text, rows.get(index));
  }
  settleParts(clauses);
  collectAgencies(clauses);
  return { preamble, clauses, numberingDefects: defects, warnings };
}

/** Splits a paragraph before its `at`-th source line. */
function splitParagraph(p: Paragraph, at: number): [Paragraph, Paragraph] {
  const offset = p.lineStarts[at]!;
  const first: Paragraph = {
    text: p.text.slice(0, offset),
    lines: [p.lines[0], p.lineNumbers[at - 1]!],
    lineStarts: p.lineStarts.slice(0, at),
    lineNumbers: p.lineNumbers.slice(0, at),
  };
  const second: Paragraph = {
    text: p.text.slice(offset),
    lines: [p.lineNumbers[at]!, p.lines[1]],
    lineStarts: p.lineStarts.slice(at).map((s) => s - offset),
    lineNumbers: p.lineNumbers.slice(at),
  };
  return [first, second];
}

/** Each clause's units: those of its duty inlines and of its task-table rows, in document order. */
function collectAgencies(clauses: Clause[]): void {
  for (const clause of clauses) {
    clause.agencies = [...new Set(dutyLists(clause).flat())];
    collectAgencies(clause.children);
  }
}

/** All clauses in document order. */
export function flattenClauses(clauses: Clause[]): Clause[] {
  return clauses.flatMap((c) => [c, ...flattenClauses(c.children)]);
}

/** A clause's heading as printed: number, title in its brackets if any, closing mark. */
export function headingText(clause: Clause): string {
  return `${clause.number}${clause.titleStart ?? ''}${clause.title}${clause.titleEnd}`;
}

/** The plain text of a block. */
export function blockText(block: Block): string {
  return inlineText(block.inlines);
}
