/**
 * Stage 3c — the notice (通知) that issues or forwards a plan (GB/T 9704-2012): letterhead,
 * 发文字号, the notice's title (…的通知), 主送 (…：), its text, the signing office and 成文日期.
 * A notice copied from a web page may print its title first and its 文号 after it, or give the
 * 文号 only in the page's 信息公开 block.
 */
import { DOC_NUMBER } from './doc-number.ts';
import { ConversionError } from './errors.ts';
import { respaceFromQuote } from './titles.ts';
import type { Correction, Notice, Paragraph } from './types.ts';
import { HAN, visualWidth } from './width.ts';

export const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;
export const OFFICE = /(?:文件|办公厅|办公室|人民政府|委员会|管委会|管理委员会|局)$/u;
export const TITLE_MARK = /^[（(](送审稿|征求意见稿|试行|暂行|草案|修订稿|讨论稿)[）)]$/u;
/** A notice's title ends in 通知; a call for comments on a draft is a 公告 (often with no 主送). */
const NOTICE_TITLE_END = /(?:通知|公告)$/u;
const NO_ADDRESSEES = /公告$/u;
/**
 * The widest a notice's title may be (columns): a joint notice names every issuing office before
 * 关于 (`上海市…科学技术委员会 上海市…经济委员会关于联合印发《…（2026—2028年）》的通知` is 140), and
 * a wrapped copy joins its lines into one paragraph. A paragraph wider than this is a sentence.
 */
const NOTICE_TITLE_WIDTH = 200;

export function isoDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

/** Where the notice's title starts: after a 文号 among the first paragraphs, or a title of its own there. */
function noticeStart(paragraphs: Paragraph[]): { numberAt: number; titleAt: number } | undefined {
  const numberAt = paragraphs.slice(0, 4).findIndex((p) => DOC_NUMBER.test(p.text));
  // GB/T 9704 prints the 文号 above the title; a web page prints it under the headline.
  const underTitle = numberAt > 0 && NOTICE_TITLE_END.test(paragraphs[numberAt - 1]!.text);
  if (numberAt >= 0 && !underTitle) return { numberAt, titleAt: numberAt + 1 };
  // No 文号 line: a title of up to three short paragraphs ending in 通知, then 主送 (or the 文号 and
  // 主送, as a web page prints them); only a letterhead may stand above it.
  for (let titleAt = 0; titleAt < 3 && titleAt < paragraphs.length; titleAt++) {
    if (
      titleAt > 0 &&
      !OFFICE.test(
        paragraphs
          .slice(0, titleAt)
          .map((p) => p.text)
          .join(''),
      )
    )
      continue;
    for (let end = titleAt; end < titleAt + 3 && end < paragraphs.length; end++) {
      const p = paragraphs[end]!;
      if (/[。；]$/u.test(p.text) || visualWidth(p.text) > NOTICE_TITLE_WIDTH) break;
      if (!NOTICE_TITLE_END.test(p.text)) continue;
      const after = paragraphs[end + 1];
      const addressees = after && DOC_NUMBER.test(after.text) ? paragraphs[end + 2] : after;
      if (addressees && (/[：:]$/u.test(addressees.text) || (NO_ADDRESSEES.test(p.text) && /[。；]$/u.test(addressees.text)))) return { numberAt: -1, titleAt };
      break;
    }
  }
  return undefined;
}

export function readNotice(file: string, paragraphs: Paragraph[], corrections: Correction[]): Notice | undefined {
  const start = noticeStart(paragraphs);
  if (!start) return undefined;
  const { numberAt, titleAt } = start;
  const letterheadEnd = numberAt >= 0 ? numberAt : titleAt;
  const letterhead =
    letterheadEnd > 0
      ? paragraphs
          .slice(0, letterheadEnd)
          .map((p) => p.text)
          .join('')
      : undefined;
  const numberParagraph = numberAt >= 0 ? paragraphs[numberAt] : undefined;
  let i = titleAt;
  const titleParts: Paragraph[] = [];
  while (i < paragraphs.length && titleParts.length < 5) {
    const p = paragraphs[i++]!;
    titleParts.push(p);
    if (NOTICE_TITLE_END.test(p.text)) break;
  }
  // A 文号 above a title that is not a notice's (`闵科规〔2026〕2号` / `…实施细则`): the document
  // was issued without one, and prints its masthead itself.
  if (!NOTICE_TITLE_END.test(titleParts.at(-1)?.text ?? '') && numberAt >= 0) return undefined;
  if (!NOTICE_TITLE_END.test(titleParts.at(-1)?.text ?? '')) {
    throw new ConversionError({
      file,
      line: numberParagraph!.lines[0],
      message: `a 发文字号 (${numberParagraph!.text}) is not followed by a notice title ending in 通知`,
      hint: 'a notice wrapper reads: 发文字号, then its title (…的通知), then 主送 (…：), the text and its date.',
      sourceLine: numberParagraph!.text,
    });
  }
  // A web page prints the 文号 under the headline.
  let docNumberParagraph = numberParagraph;
  if (!docNumberParagraph && paragraphs[i] && DOC_NUMBER.test(paragraphs[i]!.text)) docNumberParagraph = paragraphs[i++];
  const addressees = paragraphs[i];
  const unaddressed = NO_ADDRESSEES.test(titleParts.at(-1)!.text) && addressees !== undefined && !/[：:]$/u.test(addressees.text);
  if (!unaddressed && (!addressees || !/[：:]$/u.test(addressees.text))) {
    const p = addressees ?? titleParts.at(-1)!;
    throw new ConversionError({
      file,
      line: p.lines[0],
      message: 'the notice title is not followed by its addressees (主送, ending in ：)',
      hint: 'GB/T 9704 puts the addressees on the line after the notice title.',
      sourceLine: p.text,
    });
  }
  if (!unaddressed) i++;
  const body: Paragraph[] = [];
  while (i < paragraphs.length && !DATE.test(paragraphs[i]!.text)) body.push(paragraphs[i++]!);
  const dateParagraph = paragraphs[i];
  if (!dateParagraph || body.length === 0) {
    throw new ConversionError({
      file,
      line: addressees!.lines[0],
      message: 'the notice has no date line (YYYY年M月D日) after its text',
      hint: 'the notice text ends with the office and the date it was signed (成文日期).',
      sourceLine: addressees!.text,
    });
  }
  let signer: Paragraph | undefined;
  const lastBody = body.at(-1)!;
  if (body.length > 1 && OFFICE.test(lastBody.text) && visualWidth(lastBody.text) <= 60) signer = body.pop();
  i++;
  const remarks: string[] = [];
  let end = dateParagraph.lines[1];
  while (i < paragraphs.length && /^[（(][^）)]{2,12}[）)]$/u.test(paragraphs[i]!.text) && !TITLE_MARK.test(paragraphs[i]!.text)) {
    remarks.push(paragraphs[i]!.text);
    end = paragraphs[i]!.lines[1];
    i++;
  }
  const rawTitle = titleParts.map((p) => p.text).join('');
  const title = respaceNoticeTitle(rawTitle, quotedTitles(body));
  if (title !== rawTitle) {
    corrections.push({ kind: 'title-spacing', line: titleParts[0]!.lines[0], before: rawTitle, after: title });
  }
  return {
    ...(letterhead ? { letterhead } : {}),
    ...(docNumberParagraph ? { docNumber: docNumberParagraph.text, docNumberLine: docNumberParagraph.lines[0] } : {}),
    title,
    titleLine: titleParts[0]!.lines[0],
    ...(unaddressed ? {} : { addressees: addressees!.text }),
    body,
    ...(signer ? { signer: signer.text, signerLine: signer.lines[0] } : {}),
    date: isoDate(dateParagraph.text)!,
    dateText: dateParagraph.text,
    dateLine: dateParagraph.lines[0],
    remarks,
    lines: [paragraphs[0]!.lines[0], end],
  };
}

/** Titles quoted in the notice text, e.g. 《上海市加快合成生物创新策源 打造高端生物制造产业集群行动方案（2023—2025年）》. */
export function quotedTitles(body: Paragraph[]): string[] {
  return body.flatMap((p) => [...p.text.matchAll(/《([^》]+)》/gu)].map((m) => m[1]!));
}

/**
 * The notice title: spaces between Chinese characters are line-break residue; a quoted
 * plan title inside 《》 takes the notice text's own spacing.
 */
function respaceNoticeTitle(title: string, quotedInBody: string[]): string {
  const parts = title.split(/(《[^》]*》)/u);
  return parts
    .map((part) => {
      if (part.startsWith('《')) return `《${respaceFromQuote(part.slice(1, -1), quotedInBody)}》`;
      return part.replace(new RegExp(`(?<=[${HAN}])\\s+(?=[${HAN}])`, 'gu'), '');
    })
    .join('');
}
