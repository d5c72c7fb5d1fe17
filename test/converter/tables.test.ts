import { describe, expect, it } from 'vitest';
import { tableRow } from '../../src/converter/tables.ts';

describe('tableRow', () => {
  it('reads the cells of a row, trimmed, with or without outer bars', () => {
    expect(tableRow('指标 | 2024年 | 2027年')).toEqual(['指标', '2024年', '2027年']);
    expect(tableRow('| 指标 ｜ 2027年 |')).toEqual(['指标', '2027年']);
  });

  it('keeps a task table’s long task cell in its row when the row has three cells or more', () => {
    const row = '1 | 建设生物基材料中试验证平台，面向中小企业开放发酵、聚合和改性中试线 | 区科委、测试工业园区 | 2027年6月';
    expect(tableRow(row)).toEqual(['1', '建设生物基材料中试验证平台，面向中小企业开放发酵、聚合和改性中试线', '区科委、测试工业园区', '2027年6月']);
  });

  it('is text when a line of two cells holds a long one (a sentence with a bar in it)', () => {
    expect(tableRow('说明 | 建设生物基材料中试验证平台，面向中小企业开放发酵、聚合和改性中试线')).toBeUndefined();
  });

  it('is text when a long cell holds a sentence end, or the line ends a sentence', () => {
    expect(tableRow('1 | 建设生物基材料中试验证平台。面向中小企业开放发酵、聚合和改性中试线 | 区科委 | 2027年')).toBeUndefined();
    expect(tableRow('指标 | 2024年 | 2027年。')).toBeUndefined();
    expect(tableRow('没有竖线的一行')).toBeUndefined();
  });
});
