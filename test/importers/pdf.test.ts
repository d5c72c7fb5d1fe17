/**
 * The PDF importer on real PDFs printed by Chromium with a CJK font (Noto CJK), a running header
 * and `— N —` page numbers: after the converter's own unwrap, every sentence of the source is
 * in the import, in order; the furniture is kept on its own lines where the pages have it and
 * listed; a scan and a damaged file give pinned one-line errors.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../src/importers/index.ts';
import type { ImportedDocument } from '../../src/importers/types.ts';
import { launchBrowser } from '../../src/tooling/browser.ts';
import { asConverterReadsIt, compareSentences } from '../../src/tooling/compare-text.ts';
import { makePdf, makeScannedPdf } from '../../src/tooling/make-documents.ts';

const source = readFileSync(new URL('../fixtures/importers/measures.txt', import.meta.url), 'utf8');
const HEADER = '上海市宝山区人民政府公报';
let browser: Browser;
let pdf: Uint8Array;
let imported: ImportedDocument;

beforeAll(async () => {
  browser = await launchBrowser();
  pdf = await makePdf(source, { runningHeader: HEADER, browser });
  imported = await importDocument('received/measures.pdf', pdf);
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe('PDF import', () => {
  it('gives every sentence of the source, in order, once the converter unwraps the lines', () => {
    const result = compareSentences(source, asConverterReadsIt(imported));
    expect(result.missing).toEqual([]);
    expect(result.extra).toEqual([]);
    expect(result.matched).toBe(result.total);
    expect(result.total).toBeGreaterThan(40);
  });

  it('keeps one line per printed line (hard wraps), no line wider than the page', () => {
    const lines = imported.text.split('\n').filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(source.split('\n').filter((l) => l !== '').length + 10);
    // 28 characters a line at 16 pt on A4 with GB/T 9704 margins (Latin and digits narrower).
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(40);
  });

  it('keeps the running header and the page numbers on lines of their own, at each page top and end, and lists them', () => {
    const lines = imported.text.split('\n');
    const pages = Math.max(...imported.report.furniture.map((f) => f.page));
    expect(pages).toBeGreaterThanOrEqual(2);
    const headers = imported.report.furniture.filter((f) => f.kind === 'running-header');
    const numbers = imported.report.furniture.filter((f) => f.kind === 'page-number');
    expect(headers.map((f) => f.page)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
    expect(numbers.map((f) => f.text)).toEqual(Array.from({ length: pages }, (_, i) => `— ${i + 1} —`));
    for (const f of [...headers, ...numbers]) expect(lines[f.line - 1]).toBe(f.text);
    expect(headers.every((f) => f.text === HEADER)).toBe(true);
    // Each header opens its page: line 1, then the line after each page number.
    expect(headers.map((f) => f.line)).toEqual([1, ...numbers.slice(0, -1).map((f) => f.line + 1)]);
    expect(numbers.at(-1)!.line).toBe(lines.filter((l) => l !== '').length);
    expect(imported.report.notes.some((n) => n.includes(`页眉“${HEADER}”`))).toBe(true);
  });

  it('puts no space between CJK glyphs, and keeps the real one', () => {
    const spaced = [...imported.text.matchAll(/[\u4e00-\u9fff] (?=[\u4e00-\u9fff])/gu)].map((m) => imported.text.slice(m.index - 4, m.index + 6));
    expect(spaced).toEqual(['物创新策源 打造高端']);
  });

  it('names ideographs by their own code points (radical code points from the font mapped and listed)', () => {
    expect(imported.text).not.toMatch(/[\u2e80-\u2fdf]/u);
    expect(imported.text).toContain('生物');
    expect(imported.report.notes.find((n) => n.startsWith('PDF 文字层以部首码位'))).toMatch(/⽣→生 ×\d+/u);
  });

  it('refuses a scanned PDF (no text layer) with one line naming the file', async () => {
    const scan = await makeScannedPdf(source, { browser });
    await expect(importDocument('received/scan.pdf', scan)).rejects.toThrow(
      'received/scan.pdf: the PDF has no text layer (1 page of images: a scan?)\n  hint: ask for the born-digital PDF or the Word file; or run OCR',
    );
  });

  it('refuses a damaged PDF with one line naming the file', async () => {
    const damaged = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage, no xref, no trailer');
    await expect(importDocument('received/damaged.pdf', damaged)).rejects.toThrow(
      /^received\/damaged\.pdf: not a readable PDF \(pdf\.js: .+\)\n {2}hint: the file is damaged/u,
    );
    await expect(importDocument('received/empty.pdf', new Uint8Array())).rejects.toThrow(/^received\/empty\.pdf: not a readable PDF/u);
  });

  it('rebuilds a table row whose cells wrap onto several printed lines, one line a row', async () => {
    const rows = [
      '序号 | 指标 | 单位 | 2024年（基期） | 2027年（目标）',
      '1 | 合成生物与生物制造产业规模 | 亿元 | 86 | 200',
      '2 | 生物医药和合成生物领域高新技术企业 | 家 | 42 | 80',
      '3 | 市级及以上研发和公共服务平台 | 个 | 3 | 8',
      '4 | 专业化产业载体面积 | 万平方米 | 25 | 60',
      '5 | 规模以上企业研发投入强度 | % | 6.5 | ≥8',
    ];
    const table = await makePdf(['到2027年，主要指标如下：', ...rows, '注：研发投入强度指规模以上企业研发经费支出占营业收入的比重。'].join('\n'), { browser });
    const lines = (await importDocument('received/table.pdf', table)).text.split('\n');
    expect(lines.filter((line) => line.includes(' | '))).toEqual(rows);
  });
});
