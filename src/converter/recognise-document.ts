/**
 * Stage 3 — recognise the document around the plan (GB/T 9704-2012): the notice wrapper
 * (letterhead, 发文字号, notice title, 主送, notice text, signer, 成文日期), the plan title
 * with its period and draft mark, and the closing block (drafting agency and date, 抄送,
 * 印发机关 and 印发日期). What is left in between is the plan body.
 */
import { ConversionError } from './errors.ts';
import type { Closing, Correction, Notice, Paragraph, PlanPeriod, Warning } from './types.ts';
import { BLOCK_START } from './unwrap.ts';
import { HAN, visualWidth } from './width.ts';

export const DOC_NUMBER = /^(\S{1,12}?)〔(\d{4})〕(\d{1,4})号$/u;
export const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;
const PRINTED = /^(.*?)(\d{4}年\d{1,2}月\d{1,2}日)印发$/u;
const CC = /^抄送[:：]\s*/u;
const OFFICE = /(?:文件|办公厅|办公室|人民政府|委员会|局)$/u;
const TITLE_MARK = /^[（(](送审稿|征求意见稿|试行|草案)[）)]$/u;
const PERIOD = /(\d{4})\s*[—–-]\s*(\d{4})\s*年/u;

export interface RecognisedDocument {
  notice?: Notice;
  title: string;
  titleInNotice?: { text: string; line: number };
  titleLines: [number, number];
  titleMarks: string[];
  draft: boolean;
  period?: PlanPeriod;
  body: Paragraph[];
  closing: Closing;
  corrections: Correction[];
  warnings: Warning[];
}

export function isoDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

export function recogniseDocument(file: string, paragraphs: Paragraph[]): RecognisedDocument {
  const corrections: Correction[] = [];
  const warnings: Warning[] = [];
  if (paragraphs.length === 0) {
    throw new ConversionError({ file, line: 1, message: 'the seed holds no text', hint: 'check that the extraction produced the plan text.' });
  }
  let index = 0;
  const notice = readNotice(file, paragraphs, corrections);
  if (notice) index = paragraphs.findIndex((p) => p.lines[0] > notice.lines[1]);

  // Plan title: the short paragraphs before the first sentence (the preamble) or heading.
  const titleParagraphs: Paragraph[] = [];
  while (index < paragraphs.length && titleParagraphs.length < 4) {
    const p = paragraphs[index]!;
    if (visualWidth(p.text) > 100 || BLOCK_START.test(p.text) || /[。；]$/u.test(p.text)) break;
    titleParagraphs.push(p);
    index++;
  }
  if (titleParagraphs.length === 0) {
    const p = paragraphs[Math.min(index, paragraphs.length - 1)]!;
    throw new ConversionError({
      file,
      line: p.lines[0],
      message: 'no recognisable plan title',
      hint: 'a plan starts with its title on short lines of its own (after the notice, if any), before the preamble or the first heading 一、.',
      sourceLine: p.text.slice(0, 60),
    });
  }
  const titleMarks = titleParagraphs.filter((p) => TITLE_MARK.test(p.text)).map((p) => p.text.replace(/\(/g, '（').replace(/\)/g, '）'));
  let title = titleParagraphs
    .filter((p) => !TITLE_MARK.test(p.text))
    .map((p) => p.text)
    .join('');
  const quoted = notice ? quotedTitles(notice.body) : [];
  const respaced = respaceFromQuote(title, quoted);
  if (respaced !== title) {
    corrections.push({ kind: 'title-spacing', line: titleParagraphs[0]!.lines[0], before: title, after: respaced });
    title = respaced;
  }
  const periodMatch = PERIOD.exec(title);
  const period = periodMatch ? { start: Number(periodMatch[1]), end: Number(periodMatch[2]), text: periodMatch[0].replace(/\s+/g, '') } : undefined;

  const titleInNotice = notice ? differentNoticeTitle(notice, title) : undefined;

  const draft = titleMarks.some((m) => /送审稿|征求意见稿|草案/u.test(m));
  const titleLine = titleParagraphs[0]!.lines[0];
  // Safe to publish, but a reader should know: listed on the page under “待核对”.
  if (!period) warnings.push({ line: titleLine, message: '标题未载明规划期：状态按“未载明规划期”计为实施中，目标年份见正文。' });
  if (!notice && !draft) warnings.push({ line: titleLine, message: '未见印发通知和发文字号，也未标明送审稿：请核对文件的正式状态。' });

  const { closing, closingStart } = readClosing(paragraphs, index);
  const body = paragraphs.slice(index, closingStart);
  if (body.length === 0) {
    throw new ConversionError({
      file,
      line: titleParagraphs.at(-1)!.lines[1],
      message: 'the plan has a title but no text',
      hint: 'the plan body (preamble and headings 一、…) should follow the title.',
    });
  }
  return {
    ...(notice ? { notice } : {}),
    title,
    ...(titleInNotice ? { titleInNotice } : {}),
    titleLines: [titleParagraphs[0]!.lines[0], titleParagraphs.at(-1)!.lines[1]],
    titleMarks,
    draft,
    ...(period ? { period } : {}),
    body,
    closing,
    corrections,
    warnings,
  };
}

function readNotice(file: string, paragraphs: Paragraph[], corrections: Correction[]): Notice | undefined {
  const numberAt = paragraphs.slice(0, 4).findIndex((p) => DOC_NUMBER.test(p.text));
  if (numberAt < 0) return undefined;
  const letterhead =
    numberAt > 0
      ? paragraphs
          .slice(0, numberAt)
          .map((p) => p.text)
          .join('')
      : undefined;
  const numberParagraph = paragraphs[numberAt]!;
  let i = numberAt + 1;
  const titleParts: Paragraph[] = [];
  while (i < paragraphs.length && titleParts.length < 5) {
    const p = paragraphs[i++]!;
    titleParts.push(p);
    if (/通知$/u.test(p.text)) break;
  }
  if (!/通知$/u.test(titleParts.at(-1)?.text ?? '')) {
    throw new ConversionError({
      file,
      line: numberParagraph.lines[0],
      message: `a 发文字号 (${numberParagraph.text}) is not followed by a notice title ending in 通知`,
      hint: 'a notice wrapper reads: 发文字号, then its title (…的通知), then 主送 (…：), the text and its date.',
      sourceLine: numberParagraph.text,
    });
  }
  const addressees = paragraphs[i];
  if (!addressees || !/[：:]$/u.test(addressees.text)) {
    const p = addressees ?? titleParts.at(-1)!;
    throw new ConversionError({
      file,
      line: p.lines[0],
      message: 'the notice title is not followed by its addressees (主送, ending in ：)',
      hint: 'GB/T 9704 puts the addressees on the line after the notice title.',
      sourceLine: p.text,
    });
  }
  i++;
  const body: Paragraph[] = [];
  while (i < paragraphs.length && !DATE.test(paragraphs[i]!.text)) body.push(paragraphs[i++]!);
  const dateParagraph = paragraphs[i];
  if (!dateParagraph || body.length === 0) {
    throw new ConversionError({
      file,
      line: addressees.lines[0],
      message: 'the notice has no date line (YYYY年M月D日) after its text',
      hint: 'the notice text ends with the office and the date it was signed (成文日期).',
      sourceLine: addressees.text,
    });
  }
  let signer: string | undefined;
  const lastBody = body.at(-1)!;
  if (body.length > 1 && OFFICE.test(lastBody.text) && visualWidth(lastBody.text) < 40) {
    signer = body.pop()!.text;
  }
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
    docNumber: numberParagraph.text,
    title,
    titleLine: titleParts[0]!.lines[0],
    addressees: addressees.text,
    body,
    ...(signer ? { signer } : {}),
    date: isoDate(dateParagraph.text)!,
    dateText: dateParagraph.text,
    remarks,
    lines: [paragraphs[0]!.lines[0], end],
  };
}

/**
 * The plan's title as the notice names it (`关于印发《…》的通知`), when it is worded otherwise
 * than the title printed over the plan: the Zhangjiang notice has `…改革创新发展行动方案`, the
 * plan itself `…改革创新发展的行动方案`. Neither text is changed; the page notes the difference.
 */
function differentNoticeTitle(notice: Notice, title: string): { text: string; line: number } | undefined {
  const named = [...notice.title.matchAll(/《([^》]+)》/gu)].at(-1)?.[1];
  if (!named) return undefined;
  const comparable = (text: string) => compact(text).replace(/\(/gu, '（').replace(/\)/gu, '）');
  return comparable(named) === comparable(title) ? undefined : { text: named, line: notice.titleLine };
}

/** Titles quoted in the notice text, e.g. 《上海市加快合成生物创新策源 打造高端生物制造产业集群行动方案（2023—2025年）》. */
function quotedTitles(body: Paragraph[]): string[] {
  return body.flatMap((p) => [...p.text.matchAll(/《([^》]+)》/gu)].map((m) => m[1]!));
}

const compact = (text: string) => text.replace(/\s+/gu, '');

/**
 * A title printed over several centred lines picks up spaces where the lines broke. When the
 * notice quotes the same title (equal but for white space), its spacing is the authority.
 */
export function respaceFromQuote(title: string, quoted: string[]): string {
  const same = quoted.find((q) => compact(q) === compact(title));
  return same ?? title;
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

/** Reads 印发, 抄送 and the drafting agency's signature back from the end. */
function readClosing(paragraphs: Paragraph[], bodyStart: number): { closing: Closing; closingStart: number } {
  const closing: Closing = {};
  let end = paragraphs.length;
  const last = paragraphs[end - 1];
  const printed = last ? PRINTED.exec(last.text) : null;
  if (last && printed) {
    let printedBy = printed[1]!.trim();
    let first = last.lines[0];
    end--;
    const before = paragraphs[end - 1];
    if (printedBy === '' && before && OFFICE.test(before.text) && visualWidth(before.text) < 40) {
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
  const date = paragraphs[end - 1];
  const agency = paragraphs[end - 2];
  if (date && agency && end - 2 > bodyStart && DATE.test(date.text) && OFFICE.test(agency.text) && visualWidth(agency.text) < 40) {
    closing.drafter = { agency: agency.text, date: isoDate(date.text)!, dateText: date.text, lines: [agency.lines[0], date.lines[1]] };
    end -= 2;
  }
  return { closing, closingStart: end };
}
