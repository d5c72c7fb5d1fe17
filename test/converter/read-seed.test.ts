import { describe, expect, it } from 'vitest';
import { ConversionError } from '../../src/converter/errors.ts';
import { firstInvalidByte, readSeed, slugFromFile } from '../../src/converter/read-seed.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readSeed', () => {
  it('numbers lines from 1 and keeps their white space', () => {
    const seed = readSeed('seeds/a.txt', utf8(' 第一行\n\n第三行 \r\n'));
    expect(seed.lines).toEqual([
      { line: 1, text: ' 第一行' },
      { line: 2, text: '' },
      { line: 3, text: '第三行 ' },
    ]);
    expect(seed.slug).toBe('a');
    expect(seed.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects bytes that are not UTF-8, naming the file, line and byte', () => {
    const gbk = new Uint8Array([...utf8('第一行\n第二'), 0xb5, 0xda, ...utf8('\n')]);
    expect(() => readSeed('seeds/gbk.txt', gbk)).toThrow(ConversionError);
    try {
      readSeed('seeds/gbk.txt', gbk);
    } catch (error) {
      const e = error as ConversionError;
      expect(e.file).toBe('seeds/gbk.txt');
      expect(e.line).toBe(2);
      expect(e.message).toMatch(/^seeds\/gbk\.txt:2: the file is not valid UTF-8 \(byte 0xb5 at column 3\)/);
      expect(e.message).toContain('hint: convert the seed to UTF-8');
    }
  });

  it('finds the first invalid byte after valid multi-byte text', () => {
    expect(firstInvalidByte(new Uint8Array([0x61, 0x0a, 0xe4, 0xb8, 0x80, 0xff]))).toEqual({ line: 2, column: 2, byte: 0xff });
  });

  it('counts CRLF and a lone CR as one line end each, and columns in characters', () => {
    // 甲 CRLF 乙 CR 丙丁 0xff: the bad byte is on line 3, after two characters.
    const bytes = new Uint8Array([...utf8('甲\r\n乙\r丙丁'), 0xff]);
    expect(firstInvalidByte(bytes)).toEqual({ line: 3, column: 3, byte: 0xff });
    expect(() => readSeed('seeds/cr.txt', bytes)).toThrow(/^seeds\/cr\.txt:3: the file is not valid UTF-8 \(byte 0xff at column 3\)/);
  });

  it('rejects an encoded surrogate, which the decoder rejects too', () => {
    expect(firstInvalidByte(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toEqual({ line: 1, column: 2, byte: 0xed });
  });

  it('rejects a YAML front-matter block at the top, naming its lines', () => {
    const seed = utf8('---\ntitle: 某某行动方案\n---\n某某行动方案\n');
    expect(() => readSeed('seeds/fm.txt', seed)).toThrow(
      /^seeds\/fm\.txt:1: the seed starts with a YAML front-matter block \(lines 1–3\), not with the plan text\n  1 \| ---\n  hint: remove the `---` block/,
    );
  });
});

describe('slugFromFile', () => {
  it.each([
    ['seeds/2023-shanghai-synbio.txt', '2023-shanghai-synbio'],
    ['seeds/Foo Bar.TXT', 'foo-bar'],
    ['000_c2279a4cc182d7cf.txt', '000-c2279a4cc182d7cf'],
  ])('%s → %s', (file, slug) => expect(slugFromFile(file)).toBe(slug));
});
