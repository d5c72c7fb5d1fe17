/**
 * The search page's status line, now a pure module (issue 19): the wording for whole phrases,
 * plan words, partial matches, cut queries, plan-level counts and the tips when nothing is found.
 * The outcomes are built by hand with only what the line reads; the real engine's outcomes are
 * shown by the browser tests (test/browser/search.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { statusText } from '../../../src/client/search/status-text.ts';
import type { SearchOutcome } from '../../../src/search/engine.ts';
import { parseQuery } from '../../../src/search/normalize.ts';

function outcome(
  query: string,
  parts: Partial<Omit<SearchOutcome, 'groups' | 'partial' | 'summaries'>> & { groups?: number; partial?: number; summaries?: number } = {},
): SearchOutcome {
  const { groups = 0, partial = 0, summaries = 0, ...rest } = parts;
  return {
    query: parseQuery(query),
    exactOnly: false,
    exactCount: 0,
    partialWithheld: false,
    facets: {},
    phrases: [{ phrase: query, count: rest.exactCount ?? 0 }],
    ...rest,
    groups: Array.from({ length: groups }) as SearchOutcome['groups'],
    partial: Array.from({ length: partial }) as SearchOutcome['partial'],
    summaries: Array.from({ length: summaries }) as SearchOutcome['summaries'],
  };
}

describe('statusText', () => {
  it('counts whole phrases by plan, with summaries and partial matches apart', () => {
    expect(statusText(outcome('先投后股', { exactCount: 4, groups: 2, summaries: 1, partial: 3 }), {})).toBe(
      '在 2 份规划中找到 4 处“先投后股”（按条款计）。另有 1 份编辑摘要提到（不计入）。完整短语之后另列 3 条部分匹配。',
    );
  });

  it('names the plan words searched for an enterprise word', () => {
    const result = outcome('房租', {
      exactCount: 5,
      groups: 2,
      phrases: [
        { phrase: '房租', count: 0 },
        { phrase: '租金', count: 5 },
      ],
    });
    expect(statusText(result, {})).toBe('未找到完整短语“房租”。按对应的规划用语，在 2 份规划中找到 5 处（按条款计）。');
  });

  it('says what to try when nothing is found', () => {
    expect(statusText(outcome('"不存在的短语"'), {})).toBe('未找到完整短语“不存在的短语”。可以试试去掉引号、换一个更短的词。');
    expect(statusText(outcome('不存在的短语', { exactOnly: true }), { plan: ['宝山合成生物三年行动计划'] })).toBe(
      '未找到完整短语“不存在的短语”。可以试试取消“精确匹配”、清除筛选条件、换一个更短的词。',
    );
    expect(statusText(outcome('龘龘', { partialWithheld: true }), { plan: [] })).toBe(
      '未找到完整短语“龘龘”。两个字以内的检索词不列部分匹配。可以试试换一个词。',
    );
    expect(statusText(outcome('南大产业', { partial: 2 }), {})).toBe('未找到完整短语“南大产业”。以下 2 条为部分匹配：含检索词中的词，但不连在一起。');
  });

  it('says a long query was cut', () => {
    const long = '合成生物'.repeat(30);
    expect(statusText(outcome(long, { exactCount: 0 }), {})).toMatch(
      /^检索词有 120 个字，超过 100 字，只按前 100 字检索。未找到完整短语“合成生物合成生物合成生物合成生物合成生物合成生物…”。/u,
    );
  });

  it('at plan level, says how far the counts reach', () => {
    const result = { ...outcome('人才', { exactCount: 3, groups: 2 }), plansFound: 5, plansChecked: 2 };
    expect(statusText(result, {})).toBe(
      '在 2 份规划中找到 3 处“人才”（按条款计）。按词索引，5 份规划可能含有检索词；已逐条核对其中 2 份，以上计数只含这些规划。',
    );
    expect(statusText({ ...result, plansChecked: 5 }, {})).toBe('在 2 份规划中找到 3 处“人才”（按条款计）。');
  });
});
