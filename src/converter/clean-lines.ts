/**
 * Stage 2a — drop page furniture that the PDF extraction left between the lines:
 * page numbers (`- 1 -`), separator rules (`━━━`), stray URL lines and blank lines; remove
 * invisible characters (controls, zero-width and bidi marks) from the lines that stay.
 * Every dropped line except a blank one and every removed character is recorded as a
 * correction; an invisible character is also a warning, since a person should look.
 */
import { codePoint, INVISIBLE, removeInvisible, showInvisible } from './invisible.ts';
import type { Correction, CorrectionKind, SourceLine, Warning } from './types.ts';

/** A line that survived cleaning, trimmed; `pageBreak` marks the extraction's leading space. */
export interface TextLine {
  line: number;
  text: string;
  pageBreak: boolean;
}

/** Named rules for whole lines that are not part of the document's text. */
export const droppedLineRules: ReadonlyArray<{ kind: CorrectionKind; pattern: RegExp }> = [
  { kind: 'page-number', pattern: /^[-—–]\s*\d{1,3}\s*[-—–]$/ },
  { kind: 'separator-rule', pattern: /^[━─═_＝=]{5,}$/ },
  { kind: 'stray-url', pattern: /^https?:\/\/\S+$/ },
];

/** Characters of context shown on each side of a removed invisible character. */
const CONTEXT = 3;

export function cleanLines(source: SourceLine[]): { lines: TextLine[]; corrections: Correction[]; warnings: Warning[] } {
  const lines: TextLine[] = [];
  const corrections: Correction[] = [];
  const warnings: Warning[] = [];
  for (const { line, text: raw } of source) {
    const found = [...raw.matchAll(INVISIBLE)];
    const text = found.length > 0 ? removeInvisible(raw) : raw;
    if (found.length > 0) {
      // One correction per run of adjacent invisible characters, shown by code point.
      // Context is the visible text on either side, so each entry shows only its own run.
      for (const run of raw.matchAll(new RegExp(`(?:${INVISIBLE.source})+`, 'gu'))) {
        const before = [...removeInvisible(raw.slice(0, run.index))].slice(-CONTEXT).join('');
        const after = [...removeInvisible(raw.slice(run.index + run[0].length))].slice(0, CONTEXT).join('');
        corrections.push({ kind: 'invisible-character', line, before: `${before}${showInvisible(run[0])}${after}`, after: `${before}${after}` });
      }
      const points = [...new Set(found.map((m) => codePoint(m[0])))].join('、');
      warnings.push({ line, message: `含不可见字符 ${points}（已删除，列于文本说明）：请核对原文此处是否缺字或有误。` });
    }
    const trimmed = text.trim();
    if (trimmed === '') continue;
    const rule = droppedLineRules.find((r) => r.pattern.test(trimmed));
    if (rule) {
      corrections.push({ kind: rule.kind, line, before: text, after: '' });
      continue;
    }
    lines.push({ line, text: trimmed, pageBreak: /^[ \t\u3000]/.test(text) });
  }
  return { lines, corrections, warnings };
}
