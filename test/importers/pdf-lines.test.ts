/** Printed lines to text lines: which lines are table rows (pure geometry, no PDF needed). */
import { describe, expect, it } from 'vitest';
import { lastRow, lineTexts, type PrintedLine } from '../../src/importers/pdf-lines.ts';

const columns = [88, 127, 249, 308];
const row = (y: number, texts: string[]): PrintedLine => ({ y, x: columns[0]!, fontSize: 12, cells: texts.map((text, k) => ({ x: columns[k]!, text })) });
const prose = (y: number, text: string): PrintedLine => ({ y, x: 79, fontSize: 16, cells: [{ x: 79, text }] });
const pageNumber = (n: number): PrintedLine => ({ y: 18, x: 283, fontSize: 10, cells: [{ x: 283, text: `— ${n} —` }] });

describe('lineTexts', () => {
  it('writes lines whose columns line up as rows, cell | cell', () => {
    expect(lineTexts([prose(700, '主要指标如下：'), row(680, ['1', '产业规模', '亿元', '60']), row(660, ['2', '企业数量', '家', '90'])])).toEqual([
      '主要指标如下：',
      '1 | 产业规模 | 亿元 | 60',
      '2 | 企业数量 | 家 | 90',
    ]);
  });

  it('keeps one space in a lone line with a gap (the 印发 line)', () => {
    expect(
      lineTexts([
        prose(100, '正文。'),
        {
          y: 80,
          x: 79,
          fontSize: 16,
          cells: [
            { x: 79, text: '某某办公室' },
            { x: 400, text: '2025年8月22日印发' },
          ],
        },
      ]),
    ).toEqual(['正文。', '某某办公室 2025年8月22日印发']);
  });

  it('reads a table that runs over a page break: the next page’s lone first row lines up with the page before', () => {
    const pageTwo = [prose(700, '主要指标如下：'), row(680, ['1', '产业规模', '亿元', '60']), row(660, ['2', '企业数量', '家', '90']), pageNumber(2)];
    const above = lastRow(pageTwo);
    expect(above?.cells[1]?.text).toBe('企业数量');
    const pageThree = [row(721, ['3', '公共服务平台', '个', '8']), prose(687, '注：企业数量为累计数。')];
    expect(lineTexts(pageThree, above)).toEqual(['3 | 公共服务平台 | 个 | 8', '注：企业数量为累计数。']);
    expect(lineTexts(pageThree)).toEqual(['3 公共服务平台 个 8', '注：企业数量为累计数。']);
  });

  it('carries no row from a page that ends in prose', () => {
    expect(
      lastRow([
        row(680, ['1', '产业规模', '亿元', '60']),
        row(660, ['2', '企业数量', '家', '90']),
        prose(600, '正文继续。'),
        prose(570, '再一行。'),
        pageNumber(2),
      ]),
    ).toBeUndefined();
  });
});
