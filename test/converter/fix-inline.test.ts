import { describe, expect, it } from 'vitest';
import { fixInline } from '../../src/converter/fix-inline.ts';
import type { Paragraph } from '../../src/converter/types.ts';

function paragraph(...lines: string[]): Paragraph {
  const lineStarts: number[] = [];
  let text = '';
  for (const line of lines) {
    lineStarts.push(text.length);
    text += line;
  }
  return { text, lines: [10, 10 + lines.length - 1], lineStarts, lineNumbers: lines.map((_, i) => 10 + i) };
}

const fix = (...lines: string[]) => fixInline(paragraph(...lines));

describe('fixInline', () => {
  it('removes bold markers, also when a page break split them', () => {
    const { paragraph: p, corrections } = fix('产业化。**高端装备材料领域：**重点发展。**生**', '物医用材料领域：支持');
    expect(p.text).toBe('产业化。高端装备材料领域：重点发展。生物医用材料领域：支持');
    expect(corrections.map((c) => [c.kind, c.line, c.before, c.after])).toEqual([
      ['bold-marker', 10, '业化。**高端装备材料领域：**重点发', '业化。高端装备材料领域：重点发'],
      ['bold-marker', 10, '发展。**生**物医用', '发展。生物医用'],
    ]);
  });

  it('replaces an English "and" between Chinese words with 和', () => {
    const { paragraph: p, corrections } = fix('硬件设备 and 应用集成，行业and产业链');
    expect(p.text).toBe('硬件设备和应用集成，行业和产业链');
    expect(corrections.map((c) => c.kind)).toEqual(['english-and', 'english-and']);
  });

  it('leaves "and" inside Latin text alone', () => {
    expect(fix('采用 Research and Development 模式').paragraph.text).toBe('采用 Research and Development 模式');
  });

  it('closes spaces between digits and Chinese, keeping spaces around Latin words', () => {
    const { paragraph: p } = fix('到 2025 年，第 39 次会议，加强 DNA 分子器件，科创 30条');
    expect(p.text).toBe('到2025年，第39次会议，加强 DNA 分子器件，科创30条');
  });

  it('makes half-width punctuation in Chinese text full-width', () => {
    const { paragraph: p, corrections } = fix('(一)提升能级。强化功能,形成集群;依托(BDA)工具:支持1,3-丙二醇和 CAR-T (test)');
    expect(p.text).toBe('（一）提升能级。强化功能，形成集群；依托（BDA）工具：支持1,3-丙二醇和 CAR-T (test)');
    expect(corrections.every((c) => c.kind === 'half-width-punctuation')).toBe(true);
  });

  it('removes white space against full-width punctuation', () => {
    expect(fix('罗店镇、 宝山高新区', '抄送: 市委', '行动方案 (2025—2026年)').paragraph.text).toBe('罗店镇、宝山高新区抄送：市委行动方案（2025—2026年）');
  });

  it('records the source line of every change, with context', () => {
    const { corrections } = fix('第一行没有问题', '到 2025 年');
    expect(corrections).toEqual([{ kind: 'digit-spacing', line: 11, before: '问题到 2025 年', after: '问题到2025年' }]);
  });

  it('lists a number spaced on both sides once, with both spaces in the one entry', () => {
    const { paragraph: p, corrections } = fix('新增 5 个以上，新增 3 至 5 家，到 2025年');
    expect(p.text).toBe('新增5个以上，新增3至5家，到2025年');
    expect(corrections.map((c) => [c.kind, c.before, c.after])).toEqual([
      ['digit-spacing', '新增 5 个以上', '新增5个以上'],
      // Context that reaches into the next number takes its change whole, spaces and all.
      ['digit-spacing', '，新增 3 至 5 ', '，新增3至5'],
      ['digit-spacing', ' 3 至 5 家，到', '3至5家，到'],
      ['digit-spacing', '家，到 2025年', '家，到2025年'],
    ]);
  });

  it('aligns each snippet on the changed characters: both sides show the same stretch of text', () => {
    const { corrections } = fix('行动方案(2023—2025 年)');
    expect(corrections.map((c) => [c.kind, c.before, c.after])).toEqual([
      ['digit-spacing', '23—2025 年)', '23—2025年）'],
      ['half-width-punctuation', '动方案(202', '动方案（202'],
      // The context reaches into the number whose space was closed: it takes that change whole.
      ['half-width-punctuation', '2025 年)', '2025年）'],
    ]);
  });

  it('changes nothing in clean text', () => {
    const clean = '到2025年，在合成生物领域，涌现一批创新成果。（责任单位：区科委）';
    const result = fix(clean);
    expect(result.paragraph.text).toBe(clean);
    expect(result.corrections).toEqual([]);
  });
});
