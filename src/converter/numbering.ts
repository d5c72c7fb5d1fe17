/**
 * How headings are numbered and how to read their numbers: the four ranks of GB/T 9704-2012
 * (一、 （一） 1. （1）) and the 章/节/条 of a 管理办法 or 实施细则.
 */
import type { HeadingKind } from './types.ts';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads a Chinese numeral from 一 to 九百九十九 (十, 十一, 二十三, 一百零五 …). */
export function chineseNumeral(text: string): number {
  if (/^[一二三四五六七八九]$/u.test(text)) return DIGITS[text]!;
  const m = /^(?:([一二三四五六七八九])百)?(?:零?([一二三四五六七八九])?十)?零?([一二三四五六七八九])?$/u.exec(text);
  if (!m || text === '' || (!m[1] && !text.includes('十') && text.length > 1)) return NaN;
  const hundreds = m[1] ? DIGITS[m[1]]! * 100 : 0;
  const tens = text.includes('十') ? (m[2] ? DIGITS[m[2]]! : 1) * 10 : 0;
  const ones = m[3] ? DIGITS[m[3]]! : 0;
  const value = hundreds + tens + ones;
  return value > 0 ? value : NaN;
}

export interface HeadingMarker {
  kind: HeadingKind;
  /** The number as printed (without trailing white space). */
  number: string;
  ordinal: number;
  /** Length of the marker in the paragraph, including white space after it. */
  length: number;
}

const CN = '[一二三四五六七八九十百零〇两]{1,5}';

/**
 * One recogniser per kind, tried in order; the first that matches wins. Kinds are listed from
 * the outermost to the innermost (`HEADING_KINDS`): a heading nests in the nearest open heading
 * of a kind listed before its own.
 */
export const headingRecognisers: ReadonlyArray<{ kind: HeadingKind; pattern: RegExp; read: (n: string) => number }> = [
  { kind: 'chapter', pattern: new RegExp(`^第(${CN})章(?:[\\s\\u3000]+|(?=[\\u4e00-\\u9fff]))`, 'u'), read: chineseNumeral },
  { kind: 'section', pattern: new RegExp(`^第(${CN})节(?:[\\s\\u3000]+|(?=[\\u4e00-\\u9fff]))`, 'u'), read: chineseNumeral },
  { kind: 'article', pattern: new RegExp(`^第(${CN})条(?:[\\s\\u3000]+|(?=[\\u4e00-\\u9fff【（(“]))`, 'u'), read: chineseNumeral },
  { kind: 'rank1', pattern: /^([一二三四五六七八九十]{1,3})、\s*/u, read: chineseNumeral },
  { kind: 'rank2', pattern: /^[（(]([一二三四五六七八九十]{1,3})[）)]\s*/u, read: chineseNumeral },
  { kind: 'rank3', pattern: /^(\d{1,2})[.、．](?!\d)\s*/u, read: Number },
  { kind: 'rank4', pattern: /^[（(](\d{1,2})[）)]\s*/u, read: Number },
];

/** Kinds from the outermost to the innermost. */
export const HEADING_KINDS: readonly HeadingKind[] = headingRecognisers.map((r) => r.kind);

/** The GB/T 9704 rank (1–4) of a kind, or undefined for 章/节/条. */
export function gbRank(kind: HeadingKind): 1 | 2 | 3 | 4 | undefined {
  const rank = ['rank1', 'rank2', 'rank3', 'rank4'].indexOf(kind);
  return rank < 0 ? undefined : ((rank + 1) as 1 | 2 | 3 | 4);
}

export function readHeadingMarker(text: string): HeadingMarker | undefined {
  for (const { kind, pattern, read } of headingRecognisers) {
    const m = pattern.exec(text);
    if (!m) continue;
    const ordinal = read(m[1]!);
    if (!Number.isFinite(ordinal) || ordinal < 1) continue;
    return { kind, number: m[0].trim(), ordinal, length: m[0].length };
  }
  return undefined;
}

/** A Chinese numeral for `n` (1–999), as headings print it. */
export function cn(n: number): string {
  const names = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return names[n]!;
  if (n < 100) return `${n >= 20 ? names[Math.floor(n / 10)] : ''}十${names[n % 10]}`;
  const rest = n % 100;
  return `${names[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${names[rest]}` : `${rest < 20 ? '一' : ''}${cn(rest)}`}`;
}

/** How a number of a given kind is written in messages, e.g. 3 at rank 1 → `三、`. */
export function formatNumber(kind: HeadingKind, ordinal: number): string {
  switch (kind) {
    case 'chapter':
      return `第${cn(ordinal)}章`;
    case 'section':
      return `第${cn(ordinal)}节`;
    case 'article':
      return `第${cn(ordinal)}条`;
    case 'rank1':
      return `${cn(ordinal)}、`;
    case 'rank2':
      return `（${cn(ordinal)}）`;
    case 'rank3':
      return `${ordinal}.`;
    case 'rank4':
      return `（${ordinal}）`;
  }
}
