/**
 * Bad input fails with a message that names the file and line, quotes the line and says
 * what to do. The messages are pinned: they are part of the converter's interface.
 */
import { describe, expect, it } from 'vitest';
import { convertAll, convertSeed } from '../../src/converter/pipeline.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const fails = (text: string) => () => convertSeed('seeds/bad.txt', bytes(text));

describe('converter errors', () => {
  it('a seed with no recognisable title', () => {
    expect(fails('一、总体要求\n\n（一）目标\n\n到2025年，建成先导区。\n')).toThrowError(
      'seeds/bad.txt:1: no recognisable plan title\n  1 | 一、总体要求\n  hint: a plan starts with its title on short lines of its own (after the notice, if any), before the preamble or the first heading 一、.',
    );
  });

  it('numbering that skips', () => {
    expect(fails('测试行动方案\n\n为加快发展，制定本方案。\n\n一、总体要求\n\n正文。\n\n三、保障措施\n\n正文。\n')).toThrowError(
      /^seeds\/bad\.txt:9: heading numbering skips or repeats: 一、 then 三、 \(expected 二、\)\n {2}9 \| 三、保障措施\n {2}hint: check the seed for a heading lost in extraction/,
    );
  });

  it('numbering that repeats', () => {
    expect(fails('测试方案\n\n为加快发展，制定本方案。\n\n一、甲\n\n（一）乙\n\n（一）丙\n')).toThrowError(/bad\.txt:9: heading numbering skips or repeats: （一） then （一） \(expected （二）\)/);
  });

  it('an unknown structure (no headings)', () => {
    expect(fails('测试方案\n\n为加快发展，制定本方案。\n\n这是一段没有任何标题的正文。\n')).toThrowError(
      /^seeds\/bad\.txt:3: no headings found \(一、 …\)\n {2}3 \| 为加快发展，制定本方案。\n {2}hint: a plan body is organised under headings/,
    );
  });

  it('a notice without its addressees', () => {
    expect(fails('宝府办〔2023〕45号\n\n关于印发《测试方案》的通知\n\n经区政府同意，现将方案印发给你们。\n')).toThrowError(
      /bad\.txt:5: the notice title is not followed by its addressees \(主送, ending in ：\)/,
    );
  });

  it('non-UTF-8 bytes', () => {
    expect(() => convertSeed('seeds/gbk.txt', new Uint8Array([0xb2, 0xe2, 0xca, 0xd4]))).toThrowError(/^seeds\/gbk\.txt:1: the file is not valid UTF-8/);
  });

  it('warns, without failing, about a plan with neither 文号 nor draft mark, nor period', () => {
    const { doc } = convertSeed('seeds/plain.txt', bytes('测试方案\n\n为加快发展，制定本方案。\n\n一、总体要求\n\n正文。\n'));
    expect(doc.warnings.map((w) => w.line)).toEqual([1, 1]);
    expect(doc.warnings.map((w) => w.message).join('')).toContain('未见印发通知和发文字号');
  });

  it('two seeds with the same slug', () => {
    const seed = bytes('测试方案\n\n为加快发展，制定本方案。\n\n一、总体要求\n\n正文。\n');
    expect(() => convertAll([{ file: 'seeds/Plan.txt', bytes: seed }, { file: 'seeds/plan.TXT', bytes: seed }])).toThrowError(
      'seeds/plan.TXT:1: slug "plan" is already taken by seeds/Plan.txt\n  hint: rename one of the seeds: the slug is the file name in lower case with other characters turned into dashes.',
    );
  });
});
