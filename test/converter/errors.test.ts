/**
 * Bad input fails with a message that names the file and line, quotes the line and says
 * what to do. The messages are pinned: they are part of the converter's interface.
 */
import { describe, expect, it } from 'vitest';
import { convertAll, convertSeed } from '../../src/converter/pipeline.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const fails = (text: string) => () => convertSeed('seeds/bad.txt', bytes(text));
/** Strict mode refuses what the default mode lists under 待核对 (numbering faults of the source). */
const failsStrictly = (text: string) => () => convertSeed('seeds/bad.txt', bytes(text), { strict: true });

describe('converter errors', () => {
  it('a seed with no recognisable title', () => {
    expect(fails('一、总体要求\n\n（一）目标\n\n到2025年，建成先导区。\n')).toThrow(
      'seeds/bad.txt:1: no recognisable plan title\n  1 | 一、总体要求\n  hint: a plan starts with its title on short lines of its own (after the notice, if any), before the preamble or the first heading 一、.',
    );
  });

  it('numbering that skips (strict mode)', () => {
    expect(failsStrictly('测试行动方案\n\n为加快发展，制定本方案。\n\n一、总体要求\n\n正文。\n\n三、保障措施\n\n正文。\n')).toThrow(
      /^seeds\/bad\.txt:9: heading numbering skips or repeats: 一、 then 三、 \(expected 二、\)\n {2}9 \| 三、保障措施\n {2}hint: check the seed for a heading lost in extraction/,
    );
  });

  it('a heading run into the paragraph above it names the heading’s own line (strict mode)', () => {
    const full = '一二三四五六七八九十一二三四五六七八九十一二三四五六七'; // 54 columns: a wrapped seed
    const seed = [
      '测试方案',
      '',
      full.slice(2),
      full,
      full,
      `${full}。`,
      '一、总体',
      '',
      full.slice(2),
      full,
      full,
      '（一）目标',
      '',
      `${full.slice(2)}。`,
      '（二）任务',
      '',
      '完。',
    ].join('\n');
    expect(failsStrictly(seed)).toThrow(
      'seeds/bad.txt:12: heading （一） on line 12 was run into the paragraph above it (from line 9): the numbering found （二） on line 15 where （一） was expected\n  12 | （一）目标\n  hint: the line before the heading reads as running on (full width, no sentence end): check that line in the seed for a lost closing mark or a line break the extraction removed.',
    );
  });

  it('a YAML front-matter block instead of the plan text', () => {
    expect(fails('---\ntitle: 测试方案\n---\n测试方案\n\n为加快发展，制定本方案。\n\n一、总体要求\n\n正文。\n')).toThrow(
      'seeds/bad.txt:1: the seed starts with a YAML front-matter block (lines 1–3), not with the plan text\n  1 | ---\n  hint: remove the `---` block: a seed holds only the extracted text; the title, 文号 and dates are recognised from the text itself.',
    );
  });

  it('invisible characters: removed from the page, listed by code point, warned with their line', () => {
    const { doc, mdx } = convertSeed('seeds/ctl.txt', bytes('测试方案\n\n为加快发展，制定本方案。\n\n一、总体\u202e要求\n\n正文\u0000内容\u200b。\n'));
    expect(mdx).not.toMatch(/[\u0000\u200b\u202e]/u);
    expect(doc.clauses[0]!.title).toBe('总体要求');
    expect(doc.corrections.filter((c) => c.kind === 'invisible-character')).toEqual([
      { kind: 'invisible-character', line: 5, before: '、总体⟨U+202E⟩要求', after: '、总体要求' },
      { kind: 'invisible-character', line: 7, before: '正文⟨U+0000⟩内容。', after: '正文内容。' },
      { kind: 'invisible-character', line: 7, before: '文内容⟨U+200B⟩。', after: '文内容。' },
    ]);
    expect(doc.warnings.filter((w) => w.message.includes('不可见字符'))).toEqual([
      { line: 5, message: '含不可见字符 U+202E（已删除，列于文本说明）：请核对原文此处是否缺字或有误。' },
      { line: 7, message: '含不可见字符 U+0000、U+200B（已删除，列于文本说明）：请核对原文此处是否缺字或有误。' },
    ]);
  });

  it('numbering that repeats (strict mode)', () => {
    expect(failsStrictly('测试方案\n\n为加快发展，制定本方案。\n\n一、甲\n\n（一）乙\n\n（一）丙\n')).toThrow(
      /bad\.txt:9: heading numbering skips or repeats: （一） then （一） \(expected （二）\)/,
    );
  });

  it('an unknown structure (no headings)', () => {
    expect(fails('测试方案\n\n为加快发展，制定本方案。\n\n这是一段没有任何标题的正文。\n')).toThrow(
      /^seeds\/bad\.txt:3: no headings found \(一、 …\)\n {2}3 \| 为加快发展，制定本方案。\n {2}hint: a plan body is organised under headings/,
    );
  });

  it('a notice without its addressees', () => {
    expect(fails('宝府办〔2023〕45号\n\n关于印发《测试方案》的通知\n\n经区政府同意，现将方案印发给你们。\n')).toThrow(
      /bad\.txt:5: the notice title is not followed by its addressees \(主送, ending in ：\)/,
    );
  });

  it('non-UTF-8 bytes', () => {
    expect(() => convertSeed('seeds/gbk.txt', new Uint8Array([0xb2, 0xe2, 0xca, 0xd4]))).toThrow(/^seeds\/gbk\.txt:1: the file is not valid UTF-8/);
  });

  it('gives a draft’s 自印发之日起施行 no start: the draft is not issued yet', () => {
    const text = [
      '某区支持产业发展的若干措施',
      '（征求意见稿）',
      '为加快发展，制定本措施。',
      '一、支持对象',
      '本措施适用于本区企业。',
      '二、附则',
      '本措施自印发之日起施行，有效期至2031年12月31日。',
      '某区经济委员会',
      '2026年11月18日',
    ].join('\n\n');
    const { doc } = convertSeed('seeds/draft.txt', bytes(`${text}\n`));
    expect(doc.validity).toMatchObject({ to: '2031-12-31' });
    expect(doc.validity?.from ?? null).toBeNull();
  });

  it('ends a plan title where the title its notice quotes ends, though the preamble’s first line is title-short', () => {
    const text = [
      '上海市某区人民政府文件',
      '某府发〔2025〕11号',
      '上海市某区人民政府关于印发《某区推进产业集群发展三年行动计划（2025—2027年）》的通知',
      '各镇人民政府：',
      '现将《某区推进产业集群发展三年行动计划（2025—2027年）》印发给你们，请认真遵照执行。',
      '上海市某区人民政府',
      '2025年4月28日',
      '某区推进产业集群发展三年行动计划',
      '（2025—2027年）',
      '为深入贯彻《医疗器械监督管理条例》和《若干措施》',
      '',
      '一、总体要求',
      '正文。',
    ].join('\n');
    const { doc } = convertSeed('seeds/quoted.txt', bytes(`${text}\n`));
    expect(doc.title).toBe('某区推进产业集群发展三年行动计划（2025—2027年）');
  });

  it('warns, without failing, about a plan with neither 文号 nor draft mark, nor period', () => {
    const { doc } = convertSeed('seeds/plain.txt', bytes('测试方案\n\n为加快发展，制定本方案。\n\n一、总体要求\n\n正文。\n'));
    expect(doc.warnings.map((w) => w.line)).toEqual([1, 1]);
    expect(doc.warnings.map((w) => w.message).join('')).toContain('未见印发通知和发文字号');
  });

  it('two seeds with the same slug', () => {
    const seed = bytes('测试方案\n\n为加快发展，制定本方案。\n\n一、总体要求\n\n正文。\n');
    expect(() =>
      convertAll([
        { file: 'seeds/Plan.txt', bytes: seed },
        { file: 'seeds/plan.TXT', bytes: seed },
      ]),
    ).toThrow(
      'seeds/plan.TXT:1: slug "plan" is already taken by seeds/Plan.txt\n  hint: rename one of the seeds: the slug is the file name in lower case with other characters turned into dashes.',
    );
  });
});
