/**
 * Stage 3d — the closing block after the plan text (GB/T 9704-2012), read back from the end:
 * 印发机关 and 印发日期, 抄送, the appendices (附件1 and what follows it), the drafting agency's
 * signature and date, and the attachment list (附件：1.…) right after the text.
 */
import { DATE, isoDate, OFFICE } from './recognise-notice.ts';
import type { Closing, Paragraph } from './types.ts';
import { visualWidth } from './width.ts';

const PRINTED = /^(.*?)(\d{4}年\d{1,2}月\d{1,2}日)印发$/u;
const CC = /^抄送[:：]\s*/u;
/** `附件`, `附件1`, `附件二` on a line of its own: an appendix starts. */
export const APPENDIX_LABEL = /^附件\s*[\d一二三四五六七八九十]{0,3}$/u;
/** `附件：1.重点任务分工表` — the list of attachments. */
const ATTACHMENT_LIST = /^附件[:：]/u;
/** An item of the attachment list: numbered, short, not a sentence. */
const ATTACHMENT_ITEM = /^\d{1,2}[.、．]\s*\S/u;

export interface ReadClosing {
  closing: Closing;
  /** Index of the first paragraph after the body. */
  closingStart: number;
  /** Paragraphs of the appendices (labels included), when there are any. */
  appendix: Paragraph[];
  /** The attachment list's paragraphs, when there is one. */
  attachments: Paragraph[];
}

export function readClosing(paragraphs: Paragraph[], bodyStart: number): ReadClosing {
  const closing: Closing = {};
  let end = paragraphs.length;
  const last = paragraphs[end - 1];
  const printed = last ? PRINTED.exec(last.text) : null;
  if (last && printed) {
    let printedBy = printed[1]!.trim();
    let first = last.lines[0];
    end--;
    const before = paragraphs[end - 1];
    if (printedBy === '' && before && OFFICE.test(before.text) && visualWidth(before.text) <= 60) {
      printedBy = before.text;
      first = before.lines[0];
      end--;
    }
    closing.printedBy = printedBy;
    closing.printedDate = isoDate(printed[2]!);
    closing.printedText = printed[2]!;
    closing.printedLines = [first, last.lines[1]];
  }
  const ccAt = paragraphs.findIndex((p, i) => i >= bodyStart && i < end && CC.test(p.text));
  if (ccAt >= 0) {
    const cc = paragraphs.slice(ccAt, end);
    closing.cc = cc
      .map((p) => p.text)
      .join('')
      .replace(CC, '');
    closing.ccLines = [cc[0]!.lines[0], cc.at(-1)!.lines[1]];
    end = ccAt;
  }
  const appendixAt = paragraphs.findIndex((p, i) => i > bodyStart && i < end && APPENDIX_LABEL.test(p.text));
  const appendix = appendixAt >= 0 ? paragraphs.slice(appendixAt, end) : [];
  if (appendixAt >= 0) end = appendixAt;
  const date = paragraphs[end - 1];
  const agency = paragraphs[end - 2];
  if (date && agency && end - 2 > bodyStart && DATE.test(date.text) && OFFICE.test(agency.text) && visualWidth(agency.text) <= 60) {
    closing.drafter = { agency: agency.text, date: isoDate(date.text)!, dateText: date.text, lines: [agency.lines[0], date.lines[1]] };
    end -= 2;
  }
  const attachments = attachmentList(paragraphs, bodyStart, end);
  end -= attachments.length;
  return { closing, closingStart: end, appendix, attachments };
}

/** The attachment list ending at `end`: `附件：…` and the numbered items after it. */
function attachmentList(paragraphs: Paragraph[], bodyStart: number, end: number): Paragraph[] {
  for (let at = end - 1; at > bodyStart && end - at <= 12; at--) {
    const p = paragraphs[at]!;
    if (ATTACHMENT_LIST.test(p.text)) return paragraphs.slice(at, end);
    if (!ATTACHMENT_ITEM.test(p.text) || visualWidth(p.text) > 80 || /[。；]$/u.test(p.text)) return [];
  }
  return [];
}
