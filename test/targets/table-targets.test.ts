/**
 * Which year columns of a table are targets: the rules of `table-targets.ts` on small tables
 * written as a plan prints them (`指标 | 单位 | 2024年`).
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/document.ts';
import { tableTargets } from '../../src/targets/table-targets.ts';

function table(lines: string[]): Block {
  return {
    kind: 'table',
    inlines: [{ kind: 'text', text: lines.join('\n') }],
    rows: lines.map((l) => l.split('|').map((c) => c.trim())),
    lines: [1, lines.length],
  };
}

const years = (block: Block, periodStart?: number) => tableTargets(block, periodStart).map((t) => `${t.metric}:${t.year}:${t.value}`);

describe('tableTargets', () => {
  const single = table(['指标 | 单位 | 2024年', '产业产值 | 亿元 | 135', '集聚企业 | 家 | 86']);

  it('reads a table whose only year column may be the aim when the plan states no period', () => {
    expect(years(single)).toEqual(['产业产值:2024:135', '集聚企业:2024:86']);
  });

  it('never reads a year before the plan’s period as a target, even as the only year column', () => {
    expect(years(single, 2025)).toEqual([]);
  });

  it('keeps a column that says 目标 whatever its year', () => {
    expect(years(table(['指标 | 单位 | 2024年目标', '产业产值 | 亿元 | 135']), 2025)).toEqual(['产业产值:2024:135']);
  });

  it('reads the first column as a milestone when its year falls inside the period', () => {
    expect(years(table(['指标 | 单位 | 2025年 | 2027年', '产业产值 | 亿元 | 200 | 300']), 2025)).toEqual(['产业产值:2025:200', '产业产值:2027:300']);
  });

  it('reads the first of several year columns as the base otherwise', () => {
    expect(years(table(['指标 | 单位 | 2023年 | 2027年', '产业产值 | 亿元 | 100 | 300']))).toEqual(['产业产值:2027:300']);
  });
});
