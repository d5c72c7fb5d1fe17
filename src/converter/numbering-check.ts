/**
 * Checks a heading's number against the sequence it belongs to: the siblings of its kind, the
 * articles of the whole document (第X条 run through the chapters), or — for 1. 2. 3., which some
 * plans number straight through — the last such number anywhere. A mismatch is either a lost
 * line break (the expected number starts a line inside an earlier paragraph: split there) or a
 * fault of the source (listed as a defect, the text kept). `strict` refuses both.
 */
import { ConversionError } from './errors.ts';
import { formatNumber, readHeadingMarker, type HeadingMarker } from './numbering.ts';
import type { Clause, HeadingKind, NumberingDefect, Paragraph } from './types.ts';

/** What the check has seen so far in the document. */
export class NumberingState {
  lastRank3 = 0;
  lastArticle = 0;

  seen(marker: HeadingMarker): void {
    if (marker.kind === 'rank3') this.lastRank3 = marker.ordinal;
    if (marker.kind === 'article') this.lastArticle = marker.ordinal;
  }
}

export interface NumberingIssue {
  /** Split paragraph `index` before its `at`-th line, where the expected number starts. */
  split?: { index: number; at: number; line: number; number: string };
  defect?: NumberingDefect;
  /** The 待核对 message for the defect, given the id the clause got. */
  message: (id: string) => string;
}

export interface NumberingInput {
  file: string;
  body: Paragraph[];
  paragraph: Paragraph;
  marker: HeadingMarker;
  siblings: Clause[];
  state: NumberingState;
  strict: boolean;
}

export function checkNumbering({ file, body, paragraph, marker, siblings, state, strict }: NumberingInput): NumberingIssue | undefined {
  const previous = siblings.at(-1)?.kind === marker.kind ? siblings.at(-1) : undefined;
  const last = marker.kind === 'article' ? state.lastArticle : (previous?.ordinal ?? 0);
  const expected = last + 1;
  if (marker.ordinal === expected) return undefined;
  if (marker.kind === 'rank3' && !previous && marker.ordinal === state.lastRank3 + 1) return undefined;
  const expectedNumber = formatNumber(marker.kind, expected);
  const joined = joinedHeading(body.slice(0, body.indexOf(paragraph)), marker.kind, expected);
  if (joined) {
    if (strict) {
      throw new ConversionError({
        file,
        line: joined.line,
        message: `heading ${expectedNumber} on line ${joined.line} was run into the paragraph above it (from line ${joined.paragraph.lines[0]}): the numbering found ${marker.number} on line ${paragraph.lines[0]} where ${expectedNumber} was expected`,
        hint: 'the line before the heading reads as running on (full width, no sentence end): check that line in the seed for a lost closing mark or a line break the extraction removed.',
        sourceLine: joined.paragraph.text.slice(joined.offset, joined.offset + 60),
      });
    }
    return { split: { index: joined.index, at: joined.at, line: joined.line, number: expectedNumber }, message: () => '' };
  }
  const after = previous?.number ?? (marker.kind === 'article' && last > 0 ? formatNumber('article', last) : undefined);
  if (strict) {
    throw new ConversionError({
      file,
      line: paragraph.lines[0],
      message: `heading numbering skips or repeats: ${after ? `${after} then ` : ''}${marker.number} (expected ${expectedNumber})`,
      hint: 'check the seed for a heading lost in extraction (often merged into the paragraph before it) or a misnumbered heading in the source.',
      sourceLine: paragraph.text.slice(0, 60),
    });
  }
  const kind: NumberingDefect['kind'] =
    last > 0 && marker.ordinal === last ? 'repeated' : last > 0 && marker.ordinal === 1 ? 'restarted' : marker.ordinal > expected ? 'skipped' : 'out-of-order';
  const defect: NumberingDefect = { kind, line: paragraph.lines[0], found: marker.number, expected: expectedNumber, ...(after ? { after } : {}) };
  return { defect, message: (id) => defectMessage(defect, marker.kind, expected, id) };
}

function defectMessage(defect: NumberingDefect, kind: HeadingKind, expected: number, id: string): string {
  const kept = '原文如此，正文照录未改';
  switch (defect.kind) {
    case 'skipped': {
      const found = readHeadingMarker(defect.found)?.ordinal ?? expected;
      const missing = Array.from({ length: found - expected }, (_, i) => formatNumber(kind, expected + i)).join('');
      return `编号跳过：${defect.after ? `${defect.after}之后` : '开头'}是${defect.found}，缺${missing}。${kept}，请核对原文。`;
    }
    case 'repeated':
      return `编号重复：${defect.found}出现两次（第二处的条款链接为 #${id}）。${kept}，请核对原文。`;
    case 'restarted':
      return `编号重新开始：${defect.after}之后又从${defect.found}编起（应为${defect.expected}）。${kept}，请核对原文。`;
    case 'out-of-order':
      return `编号顺序有误：${defect.after ? `${defect.after}之后` : '开头'}是${defect.found}（应为${defect.expected}）。${kept}，请核对原文。`;
  }
}

/**
 * A source line inside an earlier paragraph (not its first) that starts with the number the
 * sequence expected: the heading was run into the paragraph above it.
 */
function joinedHeading(
  before: Paragraph[],
  kind: HeadingKind,
  ordinal: number,
): { paragraph: Paragraph; index: number; at: number; line: number; offset: number } | undefined {
  for (let index = before.length - 1; index >= 0; index--) {
    const paragraph = before[index]!;
    for (let at = 1; at < paragraph.lineStarts.length; at++) {
      const offset = paragraph.lineStarts[at]!;
      const marker = readHeadingMarker(paragraph.text.slice(offset));
      if (marker?.kind === kind && marker.ordinal === ordinal) return { paragraph, index, at, line: paragraph.lineNumbers[at]!, offset };
    }
  }
  return undefined;
}
