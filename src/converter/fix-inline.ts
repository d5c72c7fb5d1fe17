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
    // One match per number, spaces on both sides included, so `新增 5 个` is one correction.
    kind: 'digit-spacing',
    pattern: new RegExp(`(?:(?<=[${HAN}])${SPACE}+)?\\d+(?:[.．]\\d+)*(?:${SPACE}+(?=[${HAN}]))?`, 'gu'),
    replace: (match) => match.replace(new RegExp(SPACE, 'gu'), ''),
  },
  {
    // `(一)`, `(2023—2025年)`, `(BDA)` — half-width brackets in Chinese text.
    kind: 'half-width-punctuation',
    pattern: new RegExp(`(?<=(${CJK})?)\\(([^()（）]*)\\)(?=(${CJK})?)`, 'gu'),
    replace: (match, before, inner, after) => (before || after || new RegExp(`[${HAN}]`, 'u').test(inner ?? '') ? `（${inner}）` : match),
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

/** One replacement made by one pass, in that pass's input coordinates. */
interface Edit {
  kind: CorrectionKind;
  start: number;
  end: number;
  replacement: string;
}

/**
 * Applies every rule to a paragraph; returns the corrected paragraph and what changed.
 * Rules run one after another, but each correction is reported against the raw text
 * (`before`) and the final text (`after`), so neighbouring corrections never leave stale
 * context behind.
 */
export function fixInline(paragraph: Paragraph): { paragraph: Paragraph; corrections: Correction[] } {
  const passes: Edit[][] = [];
  let text = paragraph.text;
  for (const rule of inlineRules) {
    const edits = findEdits(text, rule);
    passes.push(edits);
    text = applyEdits(text, edits);
  }
  const corrections: Correction[] = [];
  passes.forEach((edits, pass) => {
    for (const edit of edits) {
      // Span of the edit in the raw paragraph: map its input span back through earlier passes.
      let [rawStart, rawEnd] = [edit.start, edit.end];
      for (let p = pass - 1; p >= 0; p--) [rawStart, rawEnd] = [mapBack(rawStart, passes[p]!, 'start'), mapBack(rawEnd, passes[p]!, 'end')];
      // The snippet is one stretch of the raw text — the change and a little context on each
      // side — shown as it stands in the seed and as it stands on the page, so both sides
      // line up on the changed characters.
      // A context edge that falls inside another change widens to take that change whole.
      const [finalStart, finalEnd] = [
        toFinal(Math.max(0, rawStart - CONTEXT), passes, 'start'),
        toFinal(Math.min(paragraph.text.length, rawEnd + CONTEXT), passes, 'end'),
      ];
      const [contextStart, contextEnd] = [toRaw(finalStart, passes, 'start'), toRaw(finalEnd, passes, 'end')];
      corrections.push({
        kind: edit.kind,
        line: lineAt(paragraph, rawStart),
        before: paragraph.text.slice(contextStart, contextEnd),
        after: text.slice(finalStart, finalEnd),
      });
    }
  });
  corrections.sort((a, b) => a.line - b.line);
  const lineStarts = paragraph.lineStarts.map((offset) => toFinal(offset, passes, 'start'));
  return { paragraph: { ...paragraph, text, lineStarts }, corrections };
}

/**
 * The edits a rule makes, each as small as the change itself: `(2023年)` → `（2023年）` is two
 * edits, one per bracket, so each correction shows just what changed.
 */
function findEdits(text: string, rule: InlineRule): Edit[] {
  const edits: Edit[] = [];
  for (const match of text.matchAll(rule.pattern)) {
    const original = match[0];
    const replacement = rule.replace(original, ...(match.slice(1) as string[]));
    if (replacement === original) continue;
    if (replacement.length === original.length) {
      for (let i = 0; i < original.length;) {
        if (original[i] === replacement[i]) {
          i++;
          continue;
        }
        let j = i;
        while (j < original.length && original[j] !== replacement[j]) j++;
        edits.push({ kind: rule.kind, start: match.index + i, end: match.index + j, replacement: replacement.slice(i, j) });
        i = j;
      }
    } else {
      edits.push({ kind: rule.kind, start: match.index, end: match.index + original.length, replacement });
    }
  }
  return edits;
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = '';
  let last = 0;
  for (const e of edits) {
    out += text.slice(last, e.start) + e.replacement;
    last = e.end;
  }
  return out + text.slice(last);
}

const delta = (e: Edit) => e.replacement.length - (e.end - e.start);

/** Maps a position in the final text back to the raw paragraph, through every pass. */
function toRaw(pos: number, passes: Edit[][], edge: 'start' | 'end'): number {
  return passes.reduceRight((at, edits) => mapBack(at, edits, edge), pos);
}

/** Maps a position in the raw paragraph to the final text, through every pass. */
function toFinal(pos: number, passes: Edit[][], edge: 'start' | 'end'): number {
  return passes.reduce((at, edits) => mapForward(at, edits, edge), pos);
}

/** Maps an input position of a pass to its output position; inside an edit, to its edge. */
function mapForward(pos: number, edits: Edit[], edge: 'start' | 'end'): number {
  let shift = 0;
  for (const e of edits) {
    if (e.end <= pos && !(e.start === pos && e.end === pos)) shift += delta(e);
    else if (e.start < pos && pos < e.end) return e.start + shift + (edge === 'end' ? e.replacement.length : 0);
  }
  return pos + shift;
}

/** Maps an output position of a pass back to its input position; inside an edit, to its edge. */
function mapBack(pos: number, edits: Edit[], edge: 'start' | 'end'): number {
  let shift = 0;
  for (const e of edits) {
    const outStart = e.start + shift;
    const outEnd = outStart + e.replacement.length;
    if (outEnd <= pos && !(outStart === pos && outEnd === pos && edge === 'start')) shift += delta(e);
    else if (outStart < pos && pos < outEnd) return edge === 'end' ? e.end : e.start;
  }
  return pos - shift;
}
