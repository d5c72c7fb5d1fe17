import { describe, expect, it } from 'vitest';
import type { TextLine } from '../../src/converter/clean-lines.ts';
import type { Warning } from '../../src/converter/types.ts';
import { continues, lineAt, measureLayout, unwrap } from '../../src/converter/unwrap.ts';

const lines = (...texts: string[]): TextLine[] => texts.map((text, i) => ({ line: i * 2 + 1, text, pageBreak: false, indent: false }));
const full = '一二三四五六七八九十一二三四五六七八九十一二三四五六七'; // 27 characters = 54 columns
const first = full.slice(2); // a paragraph's indented first line

describe('measureLayout', () => {
  it('finds the full width of hard-wrapped text', () => {
    expect(measureLayout(lines(first, full, full, full, '短'))).toEqual({ wrapped: true, fullWidth: 54 });
  });
  it('measures the text, not a table written as lines, however wide its rows', () => {
    const row = '4 | 进入国家创新医疗器械特别审查程序产品数量 | 个 | 18 | 30 | 预期性';
    expect(measureLayout(lines(first, full, full, full, row, row, '短'))).toEqual({ wrapped: true, fullWidth: 54 });
  });
  it('measures the text, not a task table whose task cells run long', () => {
    const row = '1 | 建设生物基材料中试验证平台，面向中小企业开放发酵、聚合和改性中试线 | 区科委、区经委 | 2027年6月';
    expect(measureLayout(lines(first, full, full, full, '序号 | 任务 | 责任单位 | 完成时限', row, '短'))).toEqual({ wrapped: true, fullWidth: 54 });
  });
  it('sees one-line paragraphs as unwrapped', () => {
    expect(measureLayout(lines(full.repeat(5), first, full.repeat(3), full)).wrapped).toBe(false);
  });
});

describe('unwrap (wrapped layout)', () => {
  const layout = { wrapped: true, fullWidth: 54 };

  it('runs a line with a bracket left open on into the next, however short (a copy wrapped by characters)', () => {
    const paragraphs = unwrap(lines('最高1000万元。（责任', '单位：区科委、区经委）', '（二）建设中试平台'), layout);
    expect(paragraphs.map((p) => p.text)).toEqual(['最高1000万元。（责任单位：区科委、区经委）', '（二）建设中试平台']);
  });

  it('joins full lines and ends a paragraph at a short line', () => {
    const paragraphs = unwrap(lines(first, full, '结尾。', '一、总体要求', first, '完。'), layout);
    expect(paragraphs.map((p) => p.text)).toEqual([first + full + '结尾。', '一、总体要求', first + '完。']);
    expect(paragraphs[0]!.lines).toEqual([1, 5]);
  });

  it('runs on after a sentence that ends exactly at the margin', () => {
    const atMargin = full.slice(0, 26) + '。';
    expect(unwrap(lines(first, atMargin, '下一句。'), layout)).toHaveLength(1);
  });

  it('ends a one-line paragraph that closes a sentence at the indented width', () => {
    const addressees = '各镇人民政府，各街道办事处，区政府各委、办、局：'; // 25 characters
    expect(unwrap(lines(addressees, first, '执行。'), layout).map((p) => p.text)).toEqual([addressees, first + '执行。']);
  });

  it('runs a full first line on into a full next line (hanging or margin punctuation)', () => {
    const sentence = '平台层赋能转化，聚焦数字化辅助研发及科研成果转化。'; // 25 characters
    expect(unwrap(lines(sentence, full, '完。'), layout)).toHaveLength(1);
  });

  it('never ends a paragraph on a comma', () => {
    expect(unwrap(lines(first, '短句，', '接着写完。'), layout)).toHaveLength(1);
  });

  it('starts a new block at a heading or bullet after a closed sentence', () => {
    const closed = full.slice(0, 26) + '。';
    expect(unwrap(lines(first, closed, '——目标。'), layout)).toHaveLength(2);
  });
});

describe('unwrap (unwrapped layout)', () => {
  const layout = { wrapped: false, fullWidth: Infinity };
  it('joins a paragraph split by a page break', () => {
    const paragraphs = unwrap(lines(`${full}${full}在国内外`, '具有一定影响力的企业。', '一、总体目标'), layout);
    expect(paragraphs.map((p) => p.text)).toEqual([`${full}${full}在国内外具有一定影响力的企业。`, '一、总体目标']);
  });
  it('keeps a long heading line of its own (40+ columns, no punctuation) apart from the next paragraph', () => {
    const heading = '（一）加快推进合成生物创新平台和产业载体'; // 21 characters = 42 columns
    const next = '依托在沪高校和科研院所，开展生命起源与进化等前沿理论探索，加强前沿技术研究。';
    const warnings: Warning[] = [];
    expect(unwrap(lines(heading, next), layout, warnings).map((p) => p.text)).toEqual([heading, next]);
    expect(warnings).toEqual([]);
  });
  it('keeps a long 一、 heading apart from the （一） heading after it', () => {
    const heading = '一、加快推进合成生物创新平台和产业载体建设全面提升产业能级';
    expect(unwrap(lines(heading, '（一）加快推进合成生物创新平台和产业载体', '正文。'), layout).map((p) => p.text)).toEqual([
      heading,
      '（一）加快推进合成生物创新平台和产业载体',
      '正文。',
    ]);
  });
  it('starts a new paragraph at a line that begins with a heading number', () => {
    const broken = `${full}${full}在国内外`; // no sentence end: would otherwise run on
    expect(unwrap(lines(broken, '2.强化平台服务能级。'), layout)).toHaveLength(2);
  });
  it('runs a numbered line with a comma but no sentence end on into the next, and warns with its line', () => {
    const numbered = '3.依托在沪高校和科研院所，开展生命起源与进化等前沿理论探索';
    const warnings: Warning[] = [];
    expect(unwrap(lines(numbered, '和前沿技术研究。'), layout, warnings)).toHaveLength(1);
    expect(warnings).toEqual([{ line: 1, message: '以编号开头、未以句末标点结束的一行已与下一行（第 3 行）合并为一段：若它是标题，请核对原文。' }]);
  });
  it('keeps a long title line ending in a bracket apart from the preamble', () => {
    const title = '上海市加快合成生物创新策源打造高端生物制造产业集群行动方案（2023—2025年）';
    expect(unwrap(lines(title, '为充分发挥优势，制定本方案。'), layout)).toHaveLength(2);
  });
});

describe('lineAt', () => {
  it('traces a position back to its source line', () => {
    const [p] = unwrap(lines(first, full, '完。'), { wrapped: true, fullWidth: 54 });
    expect(lineAt(p!, 0)).toBe(1);
    expect(lineAt(p!, first.length)).toBe(3);
    expect(lineAt(p!, p!.text.length - 1)).toBe(5);
  });
});

describe('continues', () => {
  it('stops at the end of input', () => {
    expect(continues({ line: 1, text: full, pageBreak: false, indent: false }, undefined, { wrapped: true, fullWidth: 54 })).toBe(false);
  });
});
