/**
 * Task tables written as lines: a header cell 责任单位 (牵头单位, 配合单位 …) makes each row's cells
 * in that column the row's list of responsible units — the clause's agencies, as a
 * `（责任单位：…）` gives them — while the table's text stays exactly as printed.
 */
import { describe, expect, it } from 'vitest';
import { recogniseStructure } from '../../src/converter/recognise-structure.ts';
import { dutyColumns, dutyLists, rowsWithoutDuties } from '../../src/converter/table-duties.ts';
import type { Paragraph } from '../../src/converter/types.ts';

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ text, lines: [i + 1, i + 1], lineStarts: [0], lineNumbers: [i + 1] }));
const structure = (...texts: string[]) => recogniseStructure('test.txt', paragraphs(...texts));

describe('dutyColumns', () => {
  it('finds the columns a header names units in, in printed order', () => {
    expect(dutyColumns(['序号', '主要任务', '责任单位', '完成时限'])).toEqual([2]);
    expect(dutyColumns(['序号', '任务', '牵头单位', '配合单位', '完成时间'])).toEqual([2, 3]);
    expect(dutyColumns(['任务', '牵头部门（单位）'])).toEqual([1]);
    expect(dutyColumns(['指标', '2024年', '2027年'])).toEqual([]);
    expect(dutyColumns(['任务', '责任单位说明'])).toEqual([]);
  });
});

describe('a task table in a clause', () => {
  const rows = [
    '序号 | 主要任务 | 责任单位 | 完成时限',
    '1 | 建设中试验证平台，面向中小企业开放中试线 | 区科委、测试工业园区 | 2027年6月',
    '2 | 编制产业招商地图 | 区经委 | 2026年12月',
  ];
  const { clauses } = structure('二、重点任务', '各项任务分解如下：', ...rows, '三、保障措施', '（一）加强组织领导。区科委牵头。（责任单位：区科委、区经委）');
  const table = clauses[0]!.blocks[1]!;

  it('gives each row its units, with its row index and source line', () => {
    expect(table.kind).toBe('table');
    expect(table.duties).toEqual([
      { row: 1, line: 4, agencies: ['区科委', '测试工业园区'] },
      { row: 2, line: 5, agencies: ['区经委'] },
    ]);
  });

  it('fills the clause’s agencies as a duty inline does, de-duplicated, in order', () => {
    expect(clauses[0]!.agencies).toEqual(['区科委', '测试工业园区', '区经委']);
    expect(dutyLists(clauses[0]!)).toEqual([['区科委', '测试工业园区'], ['区经委']]);
    expect(clauses[1]!.children[0]!.agencies).toEqual(['区科委', '区经委']);
  });

  it('keeps the table’s text and cells exactly as printed', () => {
    expect(table.inlines).toEqual([{ kind: 'text', text: rows.join('\n') }]);
    expect(table.rows).toEqual(rows.map((r) => r.split(' | ')));
  });

  it('leaves the duty column out of what the table says', () => {
    expect(rowsWithoutDuties(table)).toEqual([
      ['序号', '主要任务', '完成时限'],
      ['1', '建设中试验证平台，面向中小企业开放中试线', '2027年6月'],
      ['2', '编制产业招商地图', '2026年12月'],
    ]);
  });
});

describe('rows a task table does not read', () => {
  it('puts 牵头单位 before 配合单位, skips a dash for none, a repeated header and a row of another shape', () => {
    const { clauses } = structure(
      '一、重点任务',
      '序号 | 任务 | 牵头单位 | 配合单位',
      '1 | 建设平台 | 区科委 | 区经委、区财政局',
      '2 | 编制地图 | 区经委 | —',
      '序号 | 任务 | 牵头单位 | 配合单位',
      '3 | 开展示范 | 区商务委',
      '4 | 制定指引 | 区生态环境局 | 区应急局',
    );
    const table = clauses[0]!.blocks[0]!;
    expect(table.rows).toHaveLength(6);
    expect(table.duties!.map((d) => [d.row, d.agencies])).toEqual([
      [1, ['区科委', '区经委', '区财政局']],
      [2, ['区经委']],
      [5, ['区生态环境局', '区应急局']],
    ]);
  });

  it('reads no units from a table whose header names none, nor from a target table', () => {
    const { clauses } = structure('一、发展目标', '指标 | 2024年 | 2027年', '产业规模（亿元） | 150 | 300');
    expect(clauses[0]!.blocks[0]!.duties).toBeUndefined();
    expect(clauses[0]!.agencies).toEqual([]);
  });
});

describe('a task row a copy wrapped inside its task cell', () => {
  it('is one row again, with its units and the line it starts on; its text keeps both lines', () => {
    const printed = [
      '序号 | 任务 | 责任单位 | 完成时限',
      '1 | 建设中试验证平台，面向中小企业开放发酵、聚',
      '合和改性中试线 | 区科委、测试工业园区 | 2027年6月',
      '2 | 编制招商地图 | 区经委 | 2026年12月',
    ];
    const { clauses } = structure('一、重点任务', ...printed);
    const table = clauses[0]!.blocks[0]!;
    expect(table.rows).toEqual([
      ['序号', '任务', '责任单位', '完成时限'],
      ['1', '建设中试验证平台，面向中小企业开放发酵、聚合和改性中试线', '区科委、测试工业园区', '2027年6月'],
      ['2', '编制招商地图', '区经委', '2026年12月'],
    ]);
    expect(table.rowLines).toEqual([2, 3, 5]);
    expect(table.duties).toEqual([
      { row: 1, line: 3, agencies: ['区科委', '测试工业园区'] },
      { row: 2, line: 5, agencies: ['区经委'] },
    ]);
    expect(table.inlines).toEqual([{ kind: 'text', text: printed.join('\n') }]);
  });

  it('is not joined in a table without numbered rows, nor where the next line opens on a number', () => {
    const target = structure('一、发展目标', '指标 | 2024年 | 2027年', '产业规模 | 150', '企业数 | 42').clauses[0]!.blocks[0]!;
    expect(target.rows).toHaveLength(3);
    const numbered = structure('一、重点任务', '序号 | 任务 | 责任单位', '1 | 建设平台', '2 | 编制地图 | 区经委').clauses[0]!.blocks[0]!;
    expect(numbered.rows).toEqual([
      ['序号', '任务', '责任单位'],
      ['1', '建设平台'],
      ['2', '编制地图', '区经委'],
    ]);
    expect(numbered.duties).toEqual([{ row: 2, line: 4, agencies: ['区经委'] }]);
  });
});
