/**
 * Titles: the plan's title as printed over it, the marks printed with it (（征求意见稿）,
 * （试行）), and the same title quoted in the notice, whose spacing is the authority.
 */
import type { Notice } from './types.ts';

const compact = (text: string) => text.replace(/\s+/gu, '');

/** A mark printed with a title, in its own brackets: drafts, trial and interim versions. */
export const MARK_WORDS = '送审稿|征求意见稿|试行|暂行|草案|修订稿|讨论稿';
const TRAILING_MARK = new RegExp(`[（(](?:${MARK_WORDS})[）)]$`, 'u');

/** Marks that make the document a draft rather than a text in force (试行 and 暂行 are in force). */
export const DRAFT_MARK = /送审稿|征求意见稿|草案|修订稿|讨论稿/u;

/**
 * Splits marks printed at the end of the title line itself (`…管理办法（征求意见稿）`) off the
 * title; the page prints them right after it, so the text reads the same.
 */
export function splitTrailingMarks(title: string): { title: string; marks: string[] } {
  const marks: string[] = [];
  let rest = title;
  for (let m = TRAILING_MARK.exec(rest); m && m.index > 0; m = TRAILING_MARK.exec(rest)) {
    marks.unshift(m[0]);
    rest = rest.slice(0, m.index).trimEnd();
  }
  return { title: rest, marks };
}

/**
 * A title printed over several centred lines picks up spaces where the lines broke. When the
 * notice quotes the same title (equal but for white space), its spacing is the authority.
 */
export function respaceFromQuote(title: string, quoted: string[]): string {
  const same = quoted.find((q) => compact(q) === compact(title));
  return same ?? title;
}

/**
 * The plan's title as the notice names it (`关于印发《…》的通知`), when it is worded otherwise
 * than the title printed over the plan: the Zhangjiang notice has `…改革创新发展行动方案`, the
 * plan itself `…改革创新发展的行动方案`. Neither text is changed; the page notes the difference.
 */
export function differentNoticeTitle(notice: Notice, title: string): { text: string; line: number } | undefined {
  const named = [...notice.title.matchAll(/《([^》]+)》/gu)].at(-1)?.[1];
  if (!named) return undefined;
  const comparable = (text: string) => compact(text).replace(/\(/gu, '（').replace(/\)/gu, '）');
  const [a, b] = [comparable(named), comparable(title)];
  // A title printed with its marks (…办法（试行）) is the title the notice names.
  return a === b || splitTrailingMarks(a).title === b ? undefined : { text: named, line: notice.titleLine };
}
