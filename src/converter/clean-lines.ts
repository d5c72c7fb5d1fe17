/**
 * Stage 2a — drop page furniture that the PDF extraction left between the lines:
 * page numbers (`- 1 -`), separator rules (`━━━`), stray URL lines and blank lines.
 * Every dropped line except a blank one is recorded as a correction.
 */
import type { Correction, CorrectionKind, SourceLine } from './types.ts';

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

export function cleanLines(source: SourceLine[]): { lines: TextLine[]; corrections: Correction[] } {
  const lines: TextLine[] = [];
  const corrections: Correction[] = [];
  for (const { line, text } of source) {
    const trimmed = text.trim();
    if (trimmed === '') continue;
    const rule = droppedLineRules.find((r) => r.pattern.test(trimmed));
    if (rule) {
      corrections.push({ kind: rule.kind, line, before: text, after: '' });
      continue;
    }
    lines.push({ line, text: trimmed, pageBreak: /^[ \t\u3000]/.test(text) });
  }
  return { lines, corrections };
}
