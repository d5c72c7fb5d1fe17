/**
 * What a clause says without who carries it out (place mentions, support measures, related
 * clauses read it): its `（责任单位：…）` lists and a task table's duty columns are left out.
 */
import { describe, expect, it } from 'vitest';
import { recogniseStructure } from '../../src/converter/recognise-structure.ts';
import type { Paragraph } from '../../src/converter/types.ts';
import { blockTextsWithoutDuties, clauseText, clauseTextWithoutDuties } from '../../src/model/index.ts';

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ text, lines: [i + 1, i + 1], lineStarts: [0], lineNumbers: [i + 1] }));

describe('a clause’s text without its duties', () => {
  const [clause] = recogniseStructure(
    'test.txt',
    paragraphs(
      '二、重点任务',
      '推动园区建设。（责任单位：区经委、测试镇）',
      '序号 | 任务 | 责任单位 | 完成时限',
      '1 | 完成一期厂房改造 | 区经委、测试镇 | 2027年12月',
    ),
  ).clauses;

  it('leaves out the duty inline and the table’s 责任单位 column, keeping the other cells', () => {
    expect(blockTextsWithoutDuties(clause!)).toEqual(['推动园区建设。', '序号 | 任务 | 完成时限\n1 | 完成一期厂房改造 | 2027年12月']);
    expect(clauseTextWithoutDuties(clause!)).not.toContain('测试镇');
  });

  it('keeps both in the clause’s whole text', () => {
    expect(clauseText(clause!)).toBe(
      '二、重点任务\n推动园区建设。（责任单位：区经委、测试镇）\n序号 | 任务 | 责任单位 | 完成时限\n1 | 完成一期厂房改造 | 区经委、测试镇 | 2027年12月',
    );
  });
});
