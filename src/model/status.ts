/**
 * A plan's status as of “today”. A document that states its validity (施行, 有效期) is read by
 * that; a plan by its period; a draft is a draft. Today is injected so that pages and tests do
 * not depend on the clock: the build reads PORTAL_TODAY (YYYY-MM-DD) when set, else the build date.
 */

/** Every status, in the order legends list them: the one definition of the union. */
export const PLAN_STATUSES = ['征求意见稿', '送审稿', '尚未施行', '未开始', '实施中', '已期满', '已失效'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface StatusInput {
  draft: boolean;
  titleMarks?: readonly string[] | undefined;
  period?: { start: number; end: number } | undefined;
  validity?: { from?: string | undefined; to?: string | undefined; stated?: string | undefined } | undefined;
}

export function planStatus(plan: StatusInput, today: Date): PlanStatus {
  if (plan.draft) return (plan.titleMarks ?? []).some((m) => /征求意见稿|讨论稿/u.test(m)) ? '征求意见稿' : '送审稿';
  const day = today.toISOString().slice(0, 10);
  const { validity } = plan;
  if (validity) {
    if (validity.stated === '失效' || validity.stated === '废止') return '已失效';
    if (validity.from && day < validity.from) return '尚未施行';
    if (validity.to && day > validity.to) return '已失效';
    if (validity.from || validity.to || validity.stated === '有效') return '实施中';
  }
  if (!plan.period) return '实施中';
  const year = today.getUTCFullYear();
  if (year < plan.period.start) return '未开始';
  if (year > plan.period.end) return '已期满';
  return '实施中';
}

/** What each status means, for a tooltip or legend. */
export const statusNotes: Record<PlanStatus, string> = {
  征求意见稿: '收录的文本为征求意见稿，不是正式印发的文件',
  送审稿: '收录的文本为送审稿，文中未载明是否已正式印发',
  尚未施行: '文件载明的施行日期尚未到来',
  未开始: '规划期尚未开始',
  实施中: '在规划期或有效期内；未载明规划期和有效期的文件也列为实施中',
  已期满: '规划期已结束',
  已失效: '文件载明的有效期已过（或发布机构标明已失效、已废止）',
};

/** Whether a plan in this status is in force. */
export const inForceStatus = (status: PlanStatus): boolean => status === '实施中';

export function buildToday(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.PORTAL_TODAY;
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(fixed)) throw new Error(`PORTAL_TODAY must be YYYY-MM-DD, got "${fixed}"`);
    return new Date(`${fixed}T00:00:00Z`);
  }
  return new Date();
}

/** A status as the texts allow it to be worded: a 送审稿 does not say whether it was issued. */
export const statusWording = (status: PlanStatus): string => (status === '送审稿' ? '送审稿（文本未载明是否印发）' : status);
