import { describe, expect, it } from 'vitest';
import { buildToday, planStatus } from '../../src/model/status.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const period = { start: 2023, end: 2025 };

describe('planStatus (today injected)', () => {
  it.each([
    ['2022-12-31', '未开始'],
    ['2023-01-01', '实施中'],
    ['2025-12-31', '实施中'],
    ['2026-01-01', '已期满'],
  ])('a 2023—2025 plan on %s is %s', (today, status) => {
    expect(planStatus({ draft: false, period }, day(today))).toBe(status);
  });

  it('a draft is a draft whatever the date', () => {
    expect(planStatus({ draft: true, period: { start: 2024, end: 2026 } }, day('2025-06-01'))).toBe('送审稿');
  });

  it('a plan without a period stays in force', () => {
    expect(planStatus({ draft: false }, day('2040-01-01'))).toBe('实施中');
  });
});

describe('buildToday', () => {
  it('reads PORTAL_TODAY', () => {
    expect(buildToday({ PORTAL_TODAY: '2026-11-22' }).toISOString()).toBe('2026-11-22T00:00:00.000Z');
  });
  it('rejects a malformed PORTAL_TODAY', () => {
    expect(() => buildToday({ PORTAL_TODAY: '22/11/2026' })).toThrow('PORTAL_TODAY must be YYYY-MM-DD, got "22/11/2026"');
  });
});
