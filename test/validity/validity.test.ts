/**
 * The validity block's computation (src/validity/): days left under the threshold only, each
 * status's plain words, the period's source line, the successor line, and the successor file's
 * schema errors naming file and line.
 */
import { describe, expect, it } from 'vitest';
import { PLAN_STATUSES, type PlanStatus } from '../../src/model/status.ts';
import { DAYS_LEFT_THRESHOLD, periodLine, planValidity, type ValidityInput } from '../../src/validity/index.ts';
import { parseSuccessors } from '../../src/validity/successors.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const lines = [
  '上海市宝山区人民政府办公室关于转发《张江…行动方案（2025—2026年）》的通知',
  '',
  '张江高新区宝山园改革创新发展的行动方案 (2025—2026 年)',
  '一、主要目标',
];
const plan = (status: PlanStatus, frontmatter: Partial<ValidityInput['frontmatter']> = {}): ValidityInput => ({
  slug: 'p',
  status,
  frontmatter: { period: { start: 2025, end: 2026, text: '2025—2026年' }, targetYears: [2026], ...frontmatter },
  lines,
});

describe('days left', () => {
  it('counts the days to the last day of the period when under the threshold', () => {
    const v = planValidity(plan('实施中'), day('2026-12-02'), undefined);
    expect(v.daysLeft).toEqual({ days: 29, end: '2026-12-31', how: '规划期至2026年，按该年12月31日计' });
  });

  it.each([
    ['2026-10-02', 90, false],
    ['2026-10-03', 89, true],
    ['2026-12-31', 0, true],
  ])('on %s (%i days) shown: %s', (today, days, shown) => {
    const v = planValidity(plan('实施中'), day(today), undefined);
    expect(v.daysLeft?.days).toBe(shown ? days : undefined);
    expect(DAYS_LEFT_THRESHOLD).toBe(90);
  });

  it('uses a stated 有效期 end over the period', () => {
    const v = planValidity(plan('实施中', { validity: { to: '2026-12-20', text: '有效期至2026年12月20日', line: 3 } }), day('2026-12-02'), undefined);
    expect(v.daysLeft?.days).toBe(18);
    expect(v.source?.line).toBe(3);
  });

  it('is not shown for a draft or an expired plan even near the end', () => {
    expect(planValidity(plan('送审稿'), day('2026-12-02'), undefined).daysLeft).toBeUndefined();
    expect(planValidity(plan('已期满', { period: { start: 2023, end: 2025, text: '2023—2025年' } }), day('2026-12-02'), undefined).daysLeft).toBeUndefined();
  });
});

describe('plain words per status', () => {
  const meaning = (status: PlanStatus, frontmatter: Partial<ValidityInput['frontmatter']> = {}) =>
    planValidity(plan(status, frontmatter), day('2026-12-02'), undefined).meaning;

  it('已期满 says the text stays readable, names the later target years, and claims no successor', () => {
    const expired = meaning('已期满', { period: { start: 2023, end: 2025, text: '2023—2025年' }, targetYears: [2025, 2030] });
    expect(expired).toBe('规划期已满：文本仍可查阅，其中的2030年远期目标仍是文本所载的目标，不代表已有后续文件。');
    expect(meaning('已期满', { period: { start: 2023, end: 2025, text: '2023—2025年' }, targetYears: [2025] })).toBe(
      '规划期已满：文本仍可查阅，不代表已有后续文件。',
    );
  });

  it('送审稿 says the text does not state whether it was issued, and the status line uses the site wording', () => {
    const v = planValidity(plan('送审稿'), day('2026-12-02'), undefined);
    expect(v.meaning).toContain('文本本身未载明是否已正式印发');
    expect(v.asOf).toBe('截至2026年12月2日：送审稿（文本未载明是否印发）');
  });

  it('实施中 with and without a stated period', () => {
    expect(meaning('实施中')).toContain('规划期或有效期内');
    expect(meaning('实施中', { period: undefined })).toContain('没有可据以判断期满的规划期');
  });

  it('every status has its own words', () => {
    const words = PLAN_STATUSES.map((status) => meaning(status, { validity: { from: '2027-01-01', text: '自2027年1月1日起施行', line: 3 } }));
    expect(new Set(words).size).toBe(PLAN_STATUSES.length);
    for (const text of words) expect(text.length).toBeGreaterThan(10);
  });
});

describe('source line', () => {
  it('is the line printing the title with its period, not the notice naming it', () => {
    expect(periodLine(lines, '2025—2026年')).toBe(3);
    const v = planValidity(plan('实施中'), day('2026-12-02'), undefined);
    expect(v.source).toEqual({ line: 3, text: lines[2], url: '/plans/p/original/#L3' });
    expect(v.period).toBe('规划期：2025—2026年');
  });

  it('falls back to the first line naming the period, and is absent when none does', () => {
    expect(periodLine(['某方案（2024-2026年）的通知'], '2024—2026年')).toBe(1);
    expect(periodLine(['无'], '2024—2026年')).toBeUndefined();
    expect(planValidity(plan('实施中', { period: undefined }), day('2026-12-02'), undefined).source).toBeUndefined();
  });
});

describe('successors', () => {
  const slugs = new Set(['a', 'b']);

  it('none held reads 本站未收录后续文件; a named one carries its source', () => {
    expect(planValidity(plan('实施中'), day('2026-12-02'), null).successor).toBe('本站未收录后续文件');
    const named = planValidity(plan('已期满'), day('2026-12-02'), { title: '某后续方案', docNumber: '某〔2027〕1号', source: 'https://example.org/x' });
    expect(named.successor).toBe('后续文件：《某后续方案》（某〔2027〕1号）');
    expect(named.successorSource).toBe('https://example.org/x');
  });

  it('reads a valid file', () => {
    const map = parseSuccessors(
      'successors:\n  - plan: a\n    successor: null\n  - plan: b\n    successor:\n      title: T\n      source: S\n',
      'content/successors.yaml',
      slugs,
    );
    expect(map.get('a')).toBeNull();
    expect(map.get('b')).toEqual({ title: 'T', source: 'S' });
  });

  it('names file and line of an unknown plan', () => {
    expect(() =>
      parseSuccessors('successors:\n  - plan: a\n    successor: null\n  - plan: zz\n    successor: null\n', 'content/successors.yaml', slugs),
    ).toThrow(/^content\/successors\.yaml:4: successors\.1\.plan: no plan of the site/u);
  });

  it('names file and line of a successor without a source', () => {
    expect(() => parseSuccessors('successors:\n  - plan: a\n    successor:\n      title: T\n', 'content/successors.yaml', slugs)).toThrow(
      /^content\/successors\.yaml:4: successors\.0\.successor\.source: /u,
    );
  });

  it('names file and line of broken YAML, and refuses a plan listed twice', () => {
    expect(() => parseSuccessors('successors:\n  - plan: a\n   successor: [\n', 'content/successors.yaml', slugs)).toThrow(
      /^content\/successors\.yaml:\d+: invalid YAML/u,
    );
    expect(() => parseSuccessors('successors:\n  - plan: a\n    successor: null\n  - plan: a\n    successor: null\n', 'f.yaml', slugs)).toThrow(
      /listed twice/u,
    );
  });
});
