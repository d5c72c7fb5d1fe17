/**
 * The .txt and .docx importers and the choice of importer: a Word file written by the `docx`
 * library comes back paragraph for paragraph (tables as `cell | cell` rows); text must be UTF-8;
 * every refusal is one pinned line naming the file, with a hint.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatOf, importDocument } from '../../src/importers/index.ts';
import { compareSentences } from '../../src/tooling/compare-text.ts';
import { makeDocx } from '../../src/tooling/make-documents.ts';

const source = readFileSync(new URL('../fixtures/importers/measures.txt', import.meta.url), 'utf8');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('DOCX import', () => {
  it('gives the document paragraph for paragraph, tables as cell | cell rows', async () => {
    const imported = await importDocument('received/measures.docx', await makeDocx(source));
    expect(imported.format).toBe('docx');
    expect(imported.text).toBe(source);
    expect(compareSentences(source, imported.text)).toMatchObject({ missing: [], extra: [] });
    expect(imported.text).toContain('\n产业规模（亿元） | 120 | 300\n');
  });

  it('keeps spaces the document has (a typed indent, a space in a title)', async () => {
    const text = '　　为加快合成生物创新策源 打造高端生物制造产业集群，制定本方案。\n一、总体要求\n';
    expect((await importDocument('received/a.docx', await makeDocx(text))).text).toBe(text);
  });

  it('refuses a damaged file, a .doc saved as .docx and a document without text', async () => {
    await expect(importDocument('received/bad.docx', utf8('not a zip at all'))).rejects.toThrow(
      'received/bad.docx: not a readable .docx (a .docx is a ZIP package, and this file is not one)\n  hint: the file is damaged or not a Word document',
    );
    const truncated = (await makeDocx(source)).slice(0, 400);
    await expect(importDocument('received/cut.docx', truncated)).rejects.toThrow(/^received\/cut\.docx: not a readable \.docx \(mammoth: .+\)\n {2}hint: /u);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(importDocument('received/old.docx', ole)).rejects.toThrow(
      'received/old.docx: this is a Word 97–2003 .doc file (or another OLE file), not a .docx\n  hint: open it in Word or WPS and save it as .docx',
    );
    await expect(importDocument('received/empty.docx', await makeDocx(''))).rejects.toThrow('received/empty.docx: the Word document holds no text');
  });
});

describe('TXT import', () => {
  it('keeps UTF-8 text exactly (line ends included), without a byte-order mark', async () => {
    const text = '宝山区若干措施\r\n一、总体要求\r\n';
    expect((await importDocument('a.txt', utf8(text))).text).toBe(text);
    const withBom = await importDocument('b.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]));
    expect(withBom.text).toBe(text);
    expect(withBom.report.notes).toEqual(['文件开头的 UTF-8 BOM（EF BB BF）未写入种子文本。']);
  });

  it('names GB18030 text and how to convert it; other bad bytes get the converter’s UTF-8 error', async () => {
    const gb18030 = Uint8Array.from(Buffer.from('c9cfbaa3cad0bacfb3c9c9faceefb2fad2b5d0d0b6afb7bdb0b80ad2bba1a2d7dccce5d2aac7f30a', 'hex'));
    await expect(importDocument('received/方案.txt', gb18030)).rejects.toThrow(
      "received/方案.txt: line 1: not valid UTF-8 (byte 0xc9 at column 1); it reads as GB18030 (GBK) Chinese text\n  hint: convert it to UTF-8 and add that file: iconv -f GB18030 -t UTF-8 '方案.txt' > '方案.utf8.txt' (keep the original).",
    );
    await expect(importDocument('received/x.txt', new Uint8Array([0x41, 0x0a, 0x42, 0xff, 0x0a]))).rejects.toThrow(
      'received/x.txt:2: the file is not valid UTF-8 (byte 0xff at column 2)',
    );
    await expect(importDocument('received/u16.txt', new Uint8Array([0xff, 0xfe, 0x0a, 0x4e]))).rejects.toThrow(
      'received/u16.txt: the file is UTF-16 text, not UTF-8',
    );
  });
});

describe('choosing the importer', () => {
  it('goes by the extension, .htm being a web page', () => {
    expect(['a.txt', 'a.HTML', 'a.htm', 'a.docx', 'a.PDF'].map(formatOf)).toEqual(['txt', 'html', 'html', 'docx', 'pdf']);
  });

  it('refuses an unknown extension with the formats it reads', async () => {
    await expect(importDocument('received/plan.xlsx', utf8('x'))).rejects.toThrow(
      'received/plan.xlsx: unknown file type ".xlsx"\n  hint: add-plan reads .txt (UTF-8), .html/.htm (a saved web page), .docx and .pdf.',
    );
    await expect(importDocument('received/plan.doc', utf8('x'))).rejects.toThrow(
      'received/plan.doc: unknown file type ".doc"\n  hint: save it as .docx (Word 文档)',
    );
    await expect(importDocument('received/plan', utf8('x'))).rejects.toThrow('received/plan: the file has no extension, so its format is unknown');
  });
});
