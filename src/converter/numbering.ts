/**
 * The four heading ranks of GB/T 9704-2012 and how to read their numbers.
 */
import type { Level } from './types.ts';

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads a Chinese numeral from 一 to 九十九 (十, 十一, 二十, 二十三 …). */
export function chineseNumeral(text: string): number {
  if (/^[一二三四五六七八九]$/u.test(text)) return DIGITS[text]!;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/u.exec(text);
  if (!m) return NaN;
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[2] ? DIGITS[m[2]]! : 0);
}

export interface HeadingMarker {
  level: Level;
  /** The number as printed (without trailing white space). */
  number: string;
  ordinal: number;
  /** Length of the marker in the paragraph, including white space after it. */
  length: number;
}

/** One recogniser per rank, tried in order; the first that matches wins. */
export const headingRecognisers: ReadonlyArray<{ level: Level; pattern: RegExp; read: (n: string) => number }> = [
  { level: 1, pattern: /^([一二三四五六七八九十]{1,3})、\s*/u, read: chineseNumeral },
  { level: 2, pattern: /^[（(]([一二三四五六七八九十]{1,3})[）)]\s*/u, read: chineseNumeral },
  { level: 3, pattern: /^(\d{1,2})[.、．](?!\d)\s*/u, read: Number },
  { level: 4, pattern: /^[（(](\d{1,2})[）)]\s*/u, read: Number },
];

export function readHeadingMarker(text: string): HeadingMarker | undefined {
  for (const { level, pattern, read } of headingRecognisers) {
    const m = pattern.exec(text);
    if (!m) continue;
    const ordinal = read(m[1]!);
    if (!Number.isFinite(ordinal) || ordinal < 1) continue;
    return { level, number: m[0].trim(), ordinal, length: m[0].length };
  }
  return undefined;
}

/** How a number of a given rank is written in messages, e.g. 3 at rank 1 → `三、`. */
export function formatNumber(level: Level, ordinal: number): string {
  const cn = (n: number) => {
    const names = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if (n < 10) return names[n]!;
    return `${n >= 20 ? names[Math.floor(n / 10)] : ''}十${names[n % 10]}`;
  };
  switch (level) {
    case 1:
      return `${cn(ordinal)}、`;
    case 2:
      return `（${cn(ordinal)}）`;
    case 3:
      return `${ordinal}.`;
    case 4:
      return `（${ordinal}）`;
  }
}
