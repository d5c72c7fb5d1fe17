/**
 * Stage 2c — inline corrections of extraction artifacts inside paragraphs.
 *
 * Each rule is named, applied in order to every paragraph, and every change it makes is
 * recorded with its source line and a little context, so the plan page can list it under
 * “文本说明”. Nothing else in the text changes.
 */
import { lineAt } from './unwrap.ts';
import type { Correction, CorrectionKind, Paragraph } from './types.ts';
import { CJK_PUNCT, HAN } from './width.ts';

interface InlineRule {
  kind: CorrectionKind;
  /** Global pattern; the whole match is replaced. */
  pattern: RegExp;
  replace: (match: string, ...groups: string[]) => string;
}

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const CJK = `[${HAN}${CJK_PUNCT}]`;
const SPACE = '[ \\t\\u3000]';

/** The rules, in the order they run. */
export const inlineRules: ReadonlyArray<InlineRule> = [
  {
    // `**高端装备材料领域：**` — Markdown bold that the PDF extraction left; the bold itself
    // is kept as a lead label by the structure stage.
    kind: 'bold-marker',
    pattern: /\*\*([^*]+)\*\*/gu,
    replace: (_m, inner) => inner,
  },
  {
    // `硬件设备 and 应用集成` — an English `and` where the Chinese text has 和.
    kind: 'english-and',
    pattern: new RegExp(`(?<=[${HAN}])${SPACE}*and${SPACE}*(?=[${HAN}])`, 'gu'),
    replace: () => '和',
  },
  {
    // `2025 年`, `到 2025年`, `科创 30条` — digits spaced off from the Chinese around them.
    kind: 'digit-spacing',
    pattern: new RegExp(`(?<=[${HAN}])${SPACE}+(?=\\d)|(?<=\\d)${SPACE}+(?=[${HAN}])`, 'gu'),
    replace: () => '',
  },
  {
    // `(一)`, `(2023—2025年)`, `(BDA)` — half-width brackets in Chinese text.
    kind: 'half-width-punctuation',
    pattern: new RegExp(`(?<=(${CJK})?)\\(([^()（）]*)\\)(?=(${CJK})?)`, 'gu'),
    replace: (match, before, inner, after) =>
      before || after || new RegExp(`[${HAN}]`, 'u').test(inner ?? '') ? `（${inner}）` : match,
  },
  {
    // `,` `;` `:` `?` `!` next to Chinese text.
    kind: 'half-width-punctuation',
    pattern: new RegExp(`(?<=${CJK})[,;:?!]|[,;:?!](?=${SPACE}*[${HAN}])`, 'gu'),
    replace: (match) => HALF_TO_FULL[match] ?? match,
  },
  {
    // `罗店镇、 宝山高新区`, `抄送： 市委`, `行动方案 （2025` — white space against full-width punctuation.
    kind: 'space-after-punctuation',
    pattern: new RegExp(`(?<=[，。、；：？！（《“])${SPACE}+|${SPACE}+(?=[，。、；：？！（）》”])`, 'gu'),
    replace: () => '',
  },
];

const CONTEXT = 3;

/** Applies every rule to a paragraph; returns the corrected paragraph and what changed. */
export function fixInline(paragraph: Paragraph): { paragraph: Paragraph; corrections: Correction[] } {
  let current = paragraph;
  const corrections: Correction[] = [];
  for (const rule of inlineRules) {
    const result = applyRule(current, rule);
    current = result.paragraph;
    corrections.push(...result.corrections);
  }
  return { paragraph: current, corrections };
}

function applyRule(paragraph: Paragraph, rule: InlineRule): { paragraph: Paragraph; corrections: Correction[] } {
  const { text } = paragraph;
  const corrections: Correction[] = [];
  const lineStarts = [...paragraph.lineStarts];
  let output = '';
  let last = 0;
  for (const match of text.matchAll(rule.pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    const replacement = rule.replace(match[0], ...(match.slice(1) as string[]));
    if (replacement === match[0]) continue;
    const left = text.slice(Math.max(0, start - CONTEXT), start);
    const right = text.slice(end, end + CONTEXT);
    corrections.push({
      kind: rule.kind,
      line: lineAt(paragraph, start),
      before: left + match[0] + right,
      after: left + replacement + right,
    });
    const delta = replacement.length - match[0].length;
    paragraph.lineStarts.forEach((lineStart, i) => {
      if (lineStart >= end) lineStarts[i]! += delta;
    });
    output += text.slice(last, start) + replacement;
    last = end;
  }
  if (corrections.length === 0) return { paragraph, corrections };
  output += text.slice(last);
  return { paragraph: { ...paragraph, text: output, lineStarts }, corrections };
}
