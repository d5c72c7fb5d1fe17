/**
 * Stage 3 — recognise the document around the plan (GB/T 9704-2012): the 信息公开 block of the
 * web page it was copied from, the notice wrapper (letterhead, 发文字号, notice title, 主送,
 * notice text, signer, 成文日期), the plan title with its period and marks (送审稿, 征求意见稿,
 * 试行), the closing block (attachment list, drafting agency and date, appendices, 抄送, 印发机关
 * and 印发日期) and the document's stated validity. What is left in between is the plan body.
 */
import { ConversionError } from './errors.ts';
import { field, readMetadata } from './metadata.ts';
import { readHeadingMarker } from './numbering.ts';
import { APPENDIX_LABEL, readClosing } from './recognise-closing.ts';
import { DOC_NUMBER } from './doc-number.ts';
import { isoDate, OFFICE, quotedTitles, readNotice, TITLE_MARK } from './recognise-notice.ts';

import { differentNoticeTitle, DRAFT_MARK, respaceFromQuote, splitTrailingMarks } from './titles.ts';
import type { Closing, Correction, Masthead, MetadataField, Notice, Paragraph, PlanPeriod, TitleNote, Validity, Warning } from './types.ts';
import { BLOCK_START, lineAt } from './unwrap.ts';
import { validityInMetadata, validityInSentence, type IssueDates } from './validity.ts';
import { visualWidth } from './width.ts';

export { DATE, isoDate } from './recognise-notice.ts';
const PERIOD = /(\d{4})\s*[—–-]\s*(\d{4})\s*年/u;
/** A one-year plan names its year (`杨浦区科学技术委员会2027年工作要点`, `2027年度工作计划`): that year is its period. */
const ONE_YEAR_PLAN = /(\d{4})\s*年度?[^（）()《》]{0,16}?(?:工作要点|工作计划|工作安排|重点工作|推进计划|实施计划)/u;

/** The period a title states: `（2025—2027年）`, or the one year of a year's work plan. */
function periodOf(title: string): { start: number; end: number; text: string } | undefined {
  const range = PERIOD.exec(title);
  if (range) return { start: Number(range[1]), end: Number(range[2]), text: range[0].replace(/\s+/g, '') };
  const year = ONE_YEAR_PLAN.exec(title);
  return year ? { start: Number(year[1]), end: Number(year[1]), text: `${year[1]}年` } : undefined;
}
/** A note in brackets under a title (`（2024年5月10日区政府常务会议审议通过）`): printed with the title, not part of it. */
const TITLE_NOTE = /^[（(][^（）()]{0,60}(?:通过|公布|印发|发布|会议|修订|施行)[^（）()]{0,20}[）)]$/u;
/** A 规范性文件 prints its 文号 on the line under its title, bare or in brackets (`（长府规〔2026〕2号）`). */
const TITLE_DOC_NUMBER = /^[（(]?(\S{1,12}?〔\d{4}〕\d{1,4}号)[）)]?$/u;

/** A 一、 heading, as the structure stage reads it. */
const isRank1 = (p: Paragraph) => readHeadingMarker(p.text)?.kind === 'rank1';

export interface RecognisedDocument {
  notice?: Notice;
  title: string;
  titleInNotice?: { text: string; line: number };
  titleLines: [number, number];
  titleMarks: string[];
  titleLabel?: string;
  titleNote?: TitleNote;
  masthead?: Masthead;
  draft: boolean;
  period?: PlanPeriod;
  metadata: MetadataField[];
  validity?: Validity;
  body: Paragraph[];
  closing: Closing;
  /** Paragraphs of the appendices after the text (附件1 …), labels included. */
  appendix: Paragraph[];
  /** The attachment list (附件：1.…). */
  attachments: Paragraph[];
  corrections: Correction[];
  warnings: Warning[];
}

export function recogniseDocument(file: string, all: Paragraph[]): RecognisedDocument {
  const corrections: Correction[] = [];
  const warnings: Warning[] = [];
  if (all.length === 0) {
    throw new ConversionError({ file, line: 1, message: 'the seed holds no text', hint: 'check that the extraction produced the plan text.' });
  }
  const metadata = readMetadata(all);
  const paragraphs = withoutPageHeadline(
    all.filter((_, i) => !metadata.taken.has(i)),
    metadata.taken.size > 0 ? Math.min(...metadata.taken) : 0,
    corrections,
  );
  let index = 0;
  const notice = readNotice(file, paragraphs, corrections);
  if (notice) index = paragraphs.findIndex((p) => p.lines[0] > notice.lines[1]);
  if (notice && index < 0) return documentInNotice(notice, metadata.fields, corrections, warnings);
  // A notice whose own text is set out in 一、二、 (a 申报通知) followed only by a 附件 without
  // headings of its own (a 分工表) is the document itself, the 附件 its appendix — not a plan
  // titled by the table's caption. An attachment with headings (a 申报指南) is the plan.
  const rest = paragraphs.slice(index);
  if (notice && APPENDIX_LABEL.test(rest[0]!.text) && notice.body.some(isRank1) && !rest.some(isRank1)) {
    return documentInNotice(notice, metadata.fields, corrections, warnings, rest);
  }

  const masthead = notice ? undefined : readMasthead(paragraphs, index);
  if (masthead) index = paragraphs.findIndex((p) => p.lines[0] > masthead.lines[1]);

  // Plan title: the short paragraphs before the first sentence (the preamble) or heading.
  const compact = (t: string) => t.replace(/\s+/gu, '');
  const quotedByNotice = new Set(notice ? [...notice.title.matchAll(/《([^》]+)》/gu)].map((m) => compact(m[1]!)) : []);
  const titleParagraphs: Paragraph[] = [];
  while (index < paragraphs.length && titleParagraphs.length < 4) {
    const p = paragraphs[index]!;
    if (visualWidth(p.text) > 100 || BLOCK_START.test(p.text) || /[。；]$/u.test(p.text)) break;
    titleParagraphs.push(p);
    index++;
    // The title the notice quotes is whole: what follows is the preamble, however its first line looks.
    if (quotedByNotice.has(compact(titleParagraphs.map((t) => t.text).join('')))) break;
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
  // `附件` above the title: the text is a notice's attachment.
  const label =
    titleParagraphs.length > 1 && /^附件\s*[\d一二三四五六七八九十]{0,3}$/u.test(titleParagraphs[0]!.text) ? titleParagraphs.shift()!.text : undefined;
  // A note under the title (`（2026年11月10日…管委会发布　沪化管规〔2026〕3号）`) says when and by whom it was issued;
  // a 文号 alone there (`松科规〔2025〕3号`) says which document it is — neither is part of the title.
  const noteAt = titleParagraphs.findIndex((p, i) => i > 0 && (TITLE_NOTE.test(p.text) || TITLE_DOC_NUMBER.test(p.text)));
  const note = noteAt > 0 ? titleParagraphs.splice(noteAt, 1)[0] : undefined;
  const isMark = (p: Paragraph) => TITLE_MARK.test(p.text);
  const printedMarks = titleParagraphs.filter(isMark).map((p) => p.text.replace(/\(/g, '（').replace(/\)/g, '）'));
  const split = splitTrailingMarks(
    titleParagraphs
      .filter((p) => !isMark(p))
      .map((p) => p.text)
      .join(''),
  );
  const titleMarks = [...split.marks, ...printedMarks];
  let title = split.title;
  const quoted = notice ? quotedTitles(notice.body) : [];
  const respaced = respaceFromQuote(title, quoted);
  if (respaced !== title) {
    corrections.push({ kind: 'title-spacing', line: titleParagraphs[0]!.lines[0], before: title, after: respaced });
    title = respaced;
  }
  const period = periodOf(title);

  const titleInNotice = notice ? differentNoticeTitle(notice, title) : undefined;

  const draft = titleMarks.some((m) => DRAFT_MARK.test(m));
  const titleLine = titleParagraphs[0]!.lines[0];

  const { closing, closingStart, appendix, attachments } = readClosing(paragraphs, index);
  const body = paragraphs.slice(index, closingStart);
  if (body.length === 0) {
    throw new ConversionError({
      file,
      line: titleParagraphs.at(-1)!.lines[1],
      message: 'the plan has a title but no text',
      hint: 'the plan body (preamble and headings 一、…) should follow the title.',
    });
  }
  // A draft is not yet issued: its 自印发之日起 names no day yet (a 公告's date is when comments were asked).
  const dates = draft ? {} : issueDates(notice, closing, metadata.fields);
  const validity = statedValidity([...(notice?.body ?? []), ...body], metadata.fields, dates);
  // Safe to publish, but a reader should know: listed on the page under “待核对”.
  if (!period && !validity) warnings.push({ line: titleLine, message: '标题未载明规划期：状态按“未载明规划期”计为实施中，目标年份见正文。' });
  if (!notice && !masthead && !draft && !field(metadata.fields, '发文字号', '文号')) {
    warnings.push({ line: titleLine, message: '未见印发通知和发文字号，也未标明送审稿：请核对文件的正式状态。' });
  }
  return {
    ...(notice ? { notice } : {}),
    title,
    ...(titleInNotice ? { titleInNotice } : {}),
    titleLines: [titleParagraphs[0]!.lines[0], titleParagraphs.at(-1)!.lines[1]],
    titleMarks,
    ...(label ? { titleLabel: label } : {}),
    ...(note ? { titleNote: titleNoteOf(note) } : {}),
    ...(masthead ? { masthead } : {}),
    draft,
    ...(period ? { period } : {}),
    metadata: metadata.fields,
    ...(validity ? { validity } : {}),
    body,
    closing,
    appendix,
    attachments,
    corrections,
    warnings,
  };
}

/** A letterhead (…文件, optional) and a 发文字号 on lines of their own above the title, with no notice. */
function readMasthead(paragraphs: Paragraph[], index: number): Masthead | undefined {
  const first = paragraphs[index];
  if (!first) return undefined;
  const hasLetterhead = OFFICE.test(first.text) && visualWidth(first.text) <= 60 && paragraphs[index + 1] !== undefined;
  const numberParagraph = hasLetterhead ? paragraphs[index + 1]! : first;
  if (!DOC_NUMBER.test(numberParagraph.text)) return undefined;
  return {
    ...(hasLetterhead ? { letterhead: first.text } : {}),
    docNumber: numberParagraph.text,
    lines: [first.lines[0], numberParagraph.lines[1]],
  };
}

/** What a note under the title states: the date, the authority and the 文号 it was issued with. */
function titleNoteOf(p: Paragraph): TitleNote {
  const number = TITLE_DOC_NUMBER.exec(p.text);
  if (number) return { text: p.text, line: p.lines[0], docNumber: number[1]! };
  const m = /^[（(](\d{4}年\d{1,2}月\d{1,2}日)(.*?)(?:审议通过|通过|发布|印发|公布)\s*(\S{1,14}?〔\d{4}〕\d{1,4}号)?[^（）()]*[）)]$/u.exec(p.text);
  const issuer = m?.[2]?.replace(/(?:第[\d一二三四五六七八九十]+次)?(?:常务会议|主任办公会议|会议)$/u, '').trim();
  return {
    text: p.text,
    line: p.lines[0],
    ...(m ? { date: isoDate(m[1]!)! } : {}),
    ...(issuer ? { issuer } : {}),
    ...(m?.[3] ? { docNumber: m[3] } : {}),
  };
}

/**
 * A notice with nothing after it is the document itself (a 申报指南 issued as a 通知): its title
 * is the document's, its text the body (headings and all), its signature and date the closing.
 */

function documentInNotice(
  notice: Notice,
  fields: MetadataField[],
  corrections: Correction[],
  warnings: Warning[],
  after: Paragraph[] = [],
): RecognisedDocument {
  const { closing, closingStart, appendix: inBody, attachments } = readClosing(notice.body, 0);
  // What follows the notice's date: its 附件, then perhaps the 抄送 and 印发 lines.
  const rest = readClosing(after, -1);
  const appendix = [...inBody, ...rest.appendix];
  Object.assign(closing, rest.closing);
  if (notice.signer !== undefined) {
    closing.drafter = { agency: notice.signer, date: notice.date, dateText: notice.dateText, lines: [notice.signerLine!, notice.dateLine] };
  }
  const body = notice.body.slice(0, closingStart);
  const period = periodOf(notice.title);
  const validity = statedValidity(body, fields, issueDates(notice, closing, fields));
  const { body: _text, signer: _signer, signerLine: _line, ...frame } = notice;
  return {
    notice: { ...frame, body: [], isDocument: true },
    title: notice.title,
    titleLines: [notice.titleLine, notice.titleLine],
    titleMarks: [],
    draft: false,
    ...(period ? { period } : {}),
    metadata: fields,
    ...(validity ? { validity } : {}),
    body,
    closing,
    appendix,
    attachments,
    corrections,
    warnings,
  };
}

/**
 * What stands above a web page's 信息公开 block is the page's own header (site name, headline):
 * when a title follows the block, that header is the page's, not the document's — listed and
 * dropped (a headline repeating the title loses nothing: the title stays, once).
 */
function withoutPageHeadline(paragraphs: Paragraph[], metadataAt: number, corrections: Correction[]): Paragraph[] {
  const after = paragraphs[metadataAt];
  if (metadataAt === 0 || !after || visualWidth(after.text) > 100 || BLOCK_START.test(after.text) || /[。；：:]$/u.test(after.text)) return paragraphs;
  for (const p of paragraphs.slice(0, metadataAt)) corrections.push({ kind: 'web-chrome', line: p.lines[0], before: p.text, after: '' });
  return paragraphs.slice(metadataAt);
}

/** The day 自印发之日 means, and what it is called, from what the document prints. */
function issueDates(notice: Notice | undefined, closing: Closing, fields: MetadataField[]): IssueDates {
  if (closing.printedDate) return { issued: { iso: closing.printedDate, label: '印发日期' } };
  if (notice) return { issued: { iso: notice.date, label: '成文日期' } };
  if (closing.drafter) return { issued: { iso: closing.drafter.date, label: '成文日期' } };
  for (const label of ['成文日期', '发布日期', '印发日期'] as const) {
    const value = field(fields, label)?.value;
    const iso = value ? (isoDate(value) ?? isoFromDashes(value)) : undefined;
    if (iso) return { issued: { iso, label: `信息公开栏所载${label}` } };
  }
  return {};
}

const isoFromDashes = (value: string) => (/^\d{4}-\d{2}-\d{2}$/u.test(value.trim()) ? value.trim() : undefined);

/** The last sentence of the text that states when it takes effect or ends, else the 信息公开 block's. */
function statedValidity(paragraphs: Paragraph[], fields: MetadataField[], dates: IssueDates): Validity | undefined {
  let found: Validity | undefined;
  for (const p of paragraphs) {
    // A heading number before the sentence (`第二十条　本办法自…`) is not part of what it says.
    const skip = readHeadingMarker(p.text)?.length ?? 0;
    for (const m of p.text.slice(skip).matchAll(/[^。；]+[。；]?/gu)) {
      const v = validityInSentence(m[0], lineAt(p, skip + m.index), dates);
      if (v && (v.from || v.to)) found = v;
    }
  }
  const fromMetadata = validityInMetadata(fields);
  if (!found) return fromMetadata;
  return fromMetadata?.stated ? { ...found, stated: fromMetadata.stated } : found;
}
