/**
 * Stated validity: dates read as printed, a term of years worked out from the day of issue and
 * saying so, the 信息公开 block's 有效期 and 有效性; and the status a plan gets from it.
 */
import { describe, expect, it } from 'vitest';
import { readDate, validityInMetadata, validityInSentence } from '../../src/converter/validity.ts';
import { planStatus } from '../../src/model/status.ts';

const issued = { issued: { iso: '2024-05-10', label: '印发日期' } };

describe('validity', () => {
  it('reads dates in the forms documents and web pages print', () => {
    expect(['2025年1月1日', '2025-01-01', '2025.1.1', '2025/01/01', '2025年2月30日'].map(readDate)).toEqual([
      '2025-01-01',
      '2025-01-01',
      '2025-01-01',
      '2025-01-01',
      undefined,
    ]);
  });

  it('reads 施行 and 有效期至 as printed', () => {
    expect(validityInSentence('本措施自2025年1月1日起施行，有效期至2027年12月31日。', 35, issued)).toEqual({
      from: '2025-01-01',
      to: '2027-12-31',
      text: '本措施自2025年1月1日起施行，有效期至2027年12月31日。',
      line: 35,
    });
  });

  it('works out 自印发之日起施行，有效期3年 from the day of issue, and says how', () => {
    expect(validityInSentence('本措施自印发之日起施行，有效期三年。', 9, issued)).toEqual({
      from: '2024-05-10',
      to: '2027-05-09',
      text: '本措施自印发之日起施行，有效期三年。',
      line: 9,
      derived: '施行日期按印发日期2024年5月10日计；有效期3年，自2024年5月10日起算，至2027年5月9日',
    });
    // Without a day of issue, no date is worked out (the sentence alone does not make a validity).
    expect(validityInSentence('本措施自印发之日起施行，有效期3年。', 9, {})).toEqual({ text: '本措施自印发之日起施行，有效期3年。', line: 9 });
  });

  it('reads the 信息公开 block: 有效期 as a range, 有效性 as a stated status', () => {
    expect(validityInMetadata([{ label: '有效期', value: '2024-04-01至2026-03-31', line: 6 }])).toEqual({
      from: '2024-04-01',
      to: '2026-03-31',
      text: '有效期：2024-04-01至2026-03-31',
      line: 6,
    });
    expect(validityInMetadata([{ label: '有效性', value: '失效', line: 8 }])).toEqual({ text: '有效性：失效', line: 8, stated: '失效' });
    expect(validityInMetadata([{ label: '索引号', value: 'X', line: 1 }])).toBeUndefined();
  });

  it('gives the status: 尚未施行 before, 实施中 between, 已失效 after, a stated 失效 wins', () => {
    const at = (day: string) => new Date(`${day}T00:00:00Z`);
    const validity = { from: '2025-01-01', to: '2027-12-31' };
    expect(planStatus({ draft: false, validity }, at('2024-12-31'))).toBe('尚未施行');
    expect(planStatus({ draft: false, validity }, at('2027-12-31'))).toBe('实施中');
    expect(planStatus({ draft: false, validity }, at('2028-01-01'))).toBe('已失效');
    expect(planStatus({ draft: false, validity: { ...validity, stated: '失效' } }, at('2026-01-01'))).toBe('已失效');
    expect(planStatus({ draft: true, titleMarks: ['（征求意见稿）'] }, at('2026-01-01'))).toBe('征求意见稿');
    expect(planStatus({ draft: true, titleMarks: ['（送审稿）'] }, at('2026-01-01'))).toBe('送审稿');
  });
});
