/**
 * `.pdf`: the text layer, one output line per printed line (the converter's unwrap stage
 * rebuilds paragraphs from hard-wrapped lines, as it does for text copied from a PDF viewer).
 *
 * Page furniture is found by position and repetition: a page's top line that recurs (digits
 * aside) at the top of other pages is a running header; a page's bottom (or top) line that
 * reads as a page number (`— 3 —`, `- 3 -`, `3`, `第3页`, `3/10`) is a page number. Both are
 * KEPT, each on its own line where the page has it, and listed in the report: the seed stays
 * the whole text layer, and the converter drops and lists them on the page's 文本说明, so the
 * published seed (`original.txt`), the kept PDF and the page all show what was left out.
 *
 * The converter already drops `— 3 —` / `- 3 -` lines. The rules it needs for the rest (asked
 * of the converter): a line `3`, `第3页`, `第3页 共10页` or `3/10` that ends a page — the line
 * before a running header, or the last line — is a page number; and a line that stands at a page
 * top — the first line of the seed, or the first line after a page-number line — and recurs
 * there identically, digits aside, on at least two pages is a running header. Both dropped and
 * listed with their lines, like `— 3 —`. `report.furniture` gives the lines this importer found.
 */
import { readPdfText, type PdfPage } from './adapters/pdfjs.ts';
import { describeMapped, ideographsForRadicals } from './glyphs.ts';
import { lastRow, lineTexts, printedLines, type PrintedLine } from './pdf-lines.ts';
import { mergeTableRows } from './pdf-tables.ts';
import { emptyReport, ImportError, type FurnitureLine, type ImportedDocument } from './types.ts';

/** Page numbers as printed in footers (GB/T 9704 uses `— 3 —`). */
export const PAGE_NUMBER = /^(?:[-—–]\s*\d{1,4}\s*[-—–]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/u;
/** Furniture sits in the top or bottom eighth of a page (GB/T 9704's margins are 37 and 35 mm of 297). */
const MARGIN = 0.12;

interface PageLines {
  page: PdfPage;
  lines: Array<{ text: string; y: number }>;
}

export async function importPdf(file: string, bytes: Uint8Array): Promise<ImportedDocument> {
  const pages = await readPdfText(file, bytes);
  let rowAbove: PrintedLine | undefined;
  const laidOut: PageLines[] = pages.map((page) => {
    const lines = mergeTableRows(printedLines(page.items));
    const texts = lineTexts(lines, rowAbove);
    rowAbove = lastRow(lines);
    return { page, lines: lines.map((line, i) => ({ text: texts[i]!, y: line.y })) };
  });
  if (laidOut.every((p) => p.lines.length === 0)) {
    throw new ImportError(
      file,
      `the PDF has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'} of images: a scan?)`,
      'ask for the born-digital PDF or the Word file; or run OCR (e.g. ocrmypdf) and check its text against the scan line by line before adding it as .txt.',
    );
  }
  const report = emptyReport();
  const headers = runningHeaders(laidOut);
  const out: string[] = [];
  for (const { page, lines } of laidOut) {
    if (lines.length === 0) report.notes.push(`第 ${page.number} 页没有文字层（图片或空白页）：请对照原件核对此页是否有正文。`);
    lines.forEach(({ text }, i) => {
      const kind = furnitureKind(page, lines, i, headers);
      out.push(text);
      if (kind) report.furniture.push({ kind, line: out.length, page: page.number, text });
    });
  }
  const mapped = new Map<string, number>();
  const text = `${out.map((line) => ideographsForRadicals(line, mapped)).join('\n')}\n`;
  for (const f of report.furniture) f.text = ideographsForRadicals(f.text);
  if (mapped.size > 0) {
    report.notes.push(`PDF 文字层以部首码位表示的字已换为对应汉字（字形相同）：${describeMapped(mapped)}。`);
  }
  noteFurniture(report.furniture, report.notes);
  return { text, format: 'pdf', report };
}

/** A page's first line counts as a header when its text (digits aside) tops at least two pages. */
function runningHeaders(pages: PageLines[]): Set<string> {
  const counts = new Map<string, number>();
  for (const { page, lines } of pages) {
    const top = lines[0];
    if (!top || top.y < page.height * (1 - MARGIN) || PAGE_NUMBER.test(top.text)) continue;
    const key = headerKey(top.text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([key]) => key));
}

const headerKey = (text: string): string => text.replace(/\s+/gu, '').replace(/\d+/gu, '#');

function furnitureKind(page: PdfPage, lines: PageLines['lines'], i: number, headers: Set<string>): FurnitureLine['kind'] | undefined {
  const line = lines[i]!;
  const atTop = i === 0 && line.y >= page.height * (1 - MARGIN);
  const atBottom = i === lines.length - 1 && line.y <= page.height * MARGIN;
  if ((atTop || atBottom) && PAGE_NUMBER.test(line.text.trim())) return 'page-number';
  if (atTop && headers.has(headerKey(line.text))) return 'running-header';
  return undefined;
}

/** One note per header text and one for the page numbers, naming pages and lines. */
function noteFurniture(furniture: FurnitureLine[], notes: string[]): void {
  const headers = new Map<string, FurnitureLine[]>();
  for (const f of furniture) if (f.kind === 'running-header') headers.set(f.text, [...(headers.get(f.text) ?? []), f]);
  for (const [text, found] of headers) {
    notes.push(
      `页眉“${text}”见于第 ${found.map((f) => f.page).join('、')} 页，保留为各页首的单独一行（第 ${found.map((f) => f.line).join('、')} 行），由转换器删除并列出。`,
    );
  }
  const numbers = furniture.filter((f) => f.kind === 'page-number');
  if (numbers.length > 0) notes.push(`页码 ${numbers.length} 处（第 ${numbers.map((f) => f.line).join('、')} 行）保留为单独一行，由转换器删除并列出。`);
}
