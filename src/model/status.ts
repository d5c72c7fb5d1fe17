/**
 * A plan's status, computed from its period against “today”. Today is injected so that
 * pages and tests do not depend on the clock: the build reads PORTAL_TODAY (YYYY-MM-DD)
 * when set, else the build date.
 */
export type PlanStatus = '送审稿' | '未开始' | '实施中' | '已期满';

export interface StatusInput {
  draft: boolean;
  period?: { start: number; end: number } | undefined;
}

export function planStatus(plan: StatusInput, today: Date): PlanStatus {
  if (plan.draft) return '送审稿';
  if (!plan.period) return '实施中';
  const year = today.getUTCFullYear();
  if (year < plan.period.start) return '未开始';
  if (year > plan.period.end) return '已期满';
  return '实施中';
}

/** What each status means, for a tooltip or legend. */
export const statusNotes: Record<PlanStatus, string> = {
  送审稿: '收录的文本为送审稿，文中未载明是否已正式印发',
  未开始: '规划期尚未开始',
  实施中: '在规划期内；未载明规划期的文件也列为实施中',
  已期满: '规划期已结束',
};

export function buildToday(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.PORTAL_TODAY;
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(fixed)) throw new Error(`PORTAL_TODAY must be YYYY-MM-DD, got "${fixed}"`);
    return new Date(`${fixed}T00:00:00Z`);
  }
  return new Date();
}
