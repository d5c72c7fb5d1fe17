/**
 * Stage 2b — rebuild paragraphs from hard-wrapped lines.
 *
 * Three of the seeds wrap every line at the page width; the other two keep a paragraph on
 * one line except where a page break split it. A line continues into the next unless it is
 * visibly short (a heading, a title line, the last line of a paragraph) or ends a sentence
 * before the full width. The next line starting a heading, bullet or closing block also
 * ends the paragraph when the current line closes a sentence.
 */
import type { TextLine } from './clean-lines.ts';
import { DOC_NUMBER_LINE } from './doc-number.ts';
import { isMetadataLine } from './metadata.ts';
import { tableRow } from './tables.ts';
import type { Paragraph, Warning } from './types.ts';
import { visualWidth } from './width.ts';

/** A line that is a date and nothing else: a signature's 成文日期. */
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u;
/** Sentence-closing characters after which a paragraph may end. */
const TERMINAL = /(?:[。；！？：:;!?]["”’）)]?|[）)]|的通知)$/u;
/** Marks after which a sentence always goes on. */
const MID_SENTENCE = /[，、（(《“‘—]$/u;
/** Starts of lines that open a new block: headings, bullets, 责任单位, 抄送. */
export const BLOCK_START =
  /^(?:第[一二三四五六七八九十百零]{1,5}[章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.、．]|[（(]\d{1,2}[）)]|——|[（(]?(?:责任单位|责任部门|牵头单位|牵头部门|责任主体)[：:]|抄送[:：]|附件\s*[\d一二三四五六七八九十]{0,3}\s*[：:]|(?:\*\*)?[\u4e00-\u9fff]{2,12}领域[：:])/u;

export interface Layout {
  /** True when the seed wraps its lines at a fixed width. */
  wrapped: boolean;
  /** The width of a full line in columns (Infinity for unwrapped seeds). */
  fullWidth: number;
}

/**
 * Finds the full line width. Lines are wrapped when most long lines share one width (give or
 * take a few columns for proportional Latin and digits) and none but a table's rows is much
 * wider than it.
 */
export function measureLayout(lines: TextLine[]): Layout {
  // A table written as lines (`序号 | 指标 | …`) is laid out by its cells, not the text width.
  const long = lines
    .filter((l) => !tableRow(l.text))
    .map((l) => visualWidth(l.text))
    .filter((w) => w >= 30);
  if (long.length < 3) return { wrapped: false, fullWidth: Infinity };
  const counts = new Map<number, number>();
  for (const w of long) counts.set(w, (counts.get(w) ?? 0) + 1);
  let mode = 0;
  let best = -1;
  for (const [w, n] of counts) if (n > best || (n === best && w > mode)) [mode, best] = [w, n];
  const near = long.filter((w) => Math.abs(w - mode) <= 6).length / long.length;
  const widest = Math.max(...long);
  const wrapped = near >= 0.6 && widest <= mode + 12;
  return wrapped ? { wrapped, fullWidth: mode } : { wrapped: false, fullWidth: Infinity };
}

/**
 * Whether line `current` runs on into `next` within one paragraph. `first` says that
 * `current` opens a paragraph: its full width is two characters less (the indent), and
 * Chinese typesetting lets a closing mark hang past the margin.
 */
export function continues(current: TextLine, next: TextLine | undefined, layout: Layout, first = false): boolean {
  if (!next) return false;
  // Mid-sentence marks never close a paragraph (a dropped URL or page break can leave such a
  // line short).
  if (MID_SENTENCE.test(current.text)) return true;
  // A paragraph indent (`　　` in text copied from a web page or a Word file) starts a paragraph;
  // so does each row of a table written as lines.
  if (next.indent || tableRow(current.text) || tableRow(next.text)) return false;
  // Each field line of a web page's 信息公开 block stands alone; so does a date line (成文日期).
  if (isMetadataLine(current.text) || isMetadataLine(next.text)) return false;
  if (DATE_LINE.test(current.text) || DATE_LINE.test(next.text)) return false;
  // A 责任单位 line without brackets ends where the next heading begins.
  if (/^(?:责任单位|责任部门|牵头单位|牵头部门|责任主体)[：:]/u.test(current.text) && BLOCK_START.test(next.text)) return false;
  // A letterhead (`…管理委员会文件`) and a 发文字号 each stand on their own line.
  if (/文件$/u.test(current.text) || DOC_NUMBER_LINE.test(current.text) || DOC_NUMBER_LINE.test(next.text)) return false;
  // A bracket opened and not closed (`…最高1000万元。（责任` / `单位：区科委）`) runs on, however
  // short the line: a copy wrapped by characters leaves lines with digits narrower than the margin.
  if (unclosedBracket(current.text)) return true;
  const width = visualWidth(current.text);
  const terminal = TERMINAL.test(current.text);
  // 主送 (`各区人民政府，市政府各委、办、局：`) is a paragraph of its own, however wide.
  if (first && /^各/u.test(current.text) && /[：:]$/u.test(current.text)) return false;
  if (terminal && BLOCK_START.test(next.text)) return false;
  if (layout.wrapped) {
    const full = first ? layout.fullWidth - 4 : layout.fullWidth;
    if (width < full - 6) return false;
    if (!terminal) return true;
    // A sentence may end exactly at the margin inside a paragraph. A paragraph's first line
    // that closes a sentence runs on when its closing mark hangs past the indented width, or
    // when it is full and the next line is a full line too (not the indented start of the
    // next paragraph).
    if (!first) return width >= full - 1;
    if (width >= full + 1) return true;
    return width >= full - 1 && visualWidth(next.text) >= layout.fullWidth - 1;
  }
  if (width < 40) return false;
  if (terminal || /[）)]$/u.test(current.text)) return false;
  // One paragraph per line: a paragraph runs on only across a page break. A numbered line
  // with no punctuation in it is a heading of its own, however long; and a page break does
  // not fall just before a heading number, so a line that starts with one starts a block.
  if (isHeadingLine(current.text)) return false;
  // A line of title length with no punctuation at all is a title of its own (a web page's title line).
  if (width <= 100 && !/[，、。；：,;:（(“]/u.test(current.text)) return false;
  if (HEADING_START.test(next.text)) return false;
  return true;
}

/** Whether the line's last opening bracket （ is not closed on it. */
function unclosedBracket(text: string): boolean {
  const open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
  return open >= 0 && !/[）)]/u.test(text.slice(open));
}

/** A heading number of GB/T 9704 at the start of a line: 一、 （一） 1. （1）. */
export const HEADING_START =
  /^(?:第[一二三四五六七八九十百零]{1,5}[章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[）)])/u;

/** A line that is a heading and nothing else: a number, then a title without punctuation. */
export function isHeadingLine(text: string): boolean {
  const marker = HEADING_START.exec(text);
  return marker !== null && !/[。；！？，,;!?]/u.test(text.slice(marker[0].length));
}

/**
 * Joins lines into paragraphs. `warnings` collects the joins a person should check: in a seed
 * with one paragraph per line, a numbered line without a sentence end run on into the next
 * (were it a heading, it would lose its title without any error). Wrapped seeds wrap long
 * numbered lines as a matter of course.
 */
export function unwrap(lines: TextLine[], layout: Layout = measureLayout(lines), warnings: Warning[] = []): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  lines.forEach((line, index) => {
    if (!current) {
      current = { text: '', lines: [line.line, line.line], lineStarts: [], lineNumbers: [] };
    }
    const first = current.text === '';
    current.lineStarts.push(current.text.length);
    current.lineNumbers.push(line.line);
    current.text += line.text;
    current.lines[1] = line.line;
    const next = lines[index + 1];
    // A signature (an office, then its date on the next line) never runs on from the text above it.
    const signature = next !== undefined && isSignature(next.text, lines[index + 2]?.text);
    const runsOn = !signature && continues(line, next, layout, first);
    if (runsOn && next && !layout.wrapped && HEADING_START.test(line.text) && !/[。；！？;!?]/u.test(line.text)) {
      warnings.push({
        line: line.line,
        message: `以编号开头、未以句末标点结束的一行已与下一行（第 ${next.line} 行）合并为一段：若它是标题，请核对原文。`,
      });
    }
    if (!runsOn) {
      paragraphs.push(current);
      current = undefined;
    }
  });
  return paragraphs;
}

/** A signing office (`上海市普陀区人民政府办公室`) on a short line, followed by a date line. */
function isSignature(text: string, after: string | undefined): boolean {
  return after !== undefined && DATE_LINE.test(after) && visualWidth(text) <= 60 && /(?:办公厅|办公室|人民政府|委员会|管委会|管理委员会|局|中心)$/u.test(text);
}

/** The source line that holds position `offset` of a paragraph. */
export function lineAt(paragraph: Paragraph, offset: number): number {
  let found = paragraph.lineNumbers[0]!;
  paragraph.lineStarts.forEach((start, i) => {
    if (start <= offset) found = paragraph.lineNumbers[i]!;
  });
  return found;
}
