/**
 * Which part of a plan a clause is filed under (src/converter/parts.ts): a heading names a part
 * only at the top level or inside the general part; below a named part its words are that part's
 * content (issue 18: 金山 六、主要任务 →（三）聚焦载体建设 was filed under 重点领域).
 */
import { describe, expect, it } from 'vitest';
import { flattenClauses, recogniseStructure } from '../../src/converter/recognise-structure.ts';
import type { Paragraph } from '../../src/converter/types.ts';
import { loadSite } from '../../src/model/index.ts';

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ text, lines: [i + 1, i + 1], lineStarts: [0], lineNumbers: [i + 1] }));
const partsOf = (...texts: string[]) =>
  Object.fromEntries(flattenClauses(recogniseStructure('t.txt', paragraphs(...texts)).clauses).map((c) => [`${c.number}${c.title}`, c.part]));

describe('parts of a plan', () => {
  it('a top-level heading, or one inside 总体要求, names its part', () => {
    expect(partsOf('一、总体要求', '（一）指导思想', '（二）主要目标', '（三）空间布局', '（四）发展重点', '二、重点任务', '三、保障措施')).toEqual({
      '一、总体要求': '总体',
      '（一）指导思想': '总体',
      '（二）主要目标': '目标',
      '（三）空间布局': '布局',
      '（四）发展重点': '重点领域',
      '二、重点任务': '任务',
      '三、保障措施': '保障措施',
    });
  });

  it('below a named part, a heading keeps that part whatever its words', () => {
    const parts = partsOf(
      '一、主要任务',
      '（一）聚焦载体建设，增强产业竞争优势',
      '（二）优化空间格局',
      '（三）强化要素保障',
      '二、保障措施',
      '（一）落实重点任务',
      '（二）明确发展目标',
    );
    expect(parts['（一）聚焦载体建设，增强产业竞争优势']).toBe('任务');
    expect(parts['（二）优化空间格局']).toBe('任务');
    expect(parts['（三）强化要素保障']).toBe('任务');
    expect(parts['（一）落实重点任务']).toBe('保障措施');
    expect(parts['（二）明确发展目标']).toBe('保障措施');
  });

  it('files every clause of the five plans under its top-level part (Jinshan 六、（三） under 任务)', () => {
    const site = loadSite();
    for (const plan of site.plans) {
      for (const clause of plan.clauses) {
        const top = plan.clauses.find((c) => c.id === clause.id.split('-')[0])!;
        // Inside 总体要求 the sections name their own parts; everywhere else a clause has its chapter's part.
        if (top.part !== '总体') expect(clause.part, `${plan.slug} ${clause.path}`).toBe(top.part);
      }
    }
    const jinshan = site.plan('2023-jinshan-biomanufacturing');
    expect(jinshan.clauses.find((c) => c.id === 's6-3')).toMatchObject({ heading: expect.stringContaining('聚焦载体建设'), part: '任务' });
  });
});
