/**
 * Small labels every view shows for a plan, worded from what the texts state and nothing more.
 */
import type { PlanFrontmatter } from '../schemas/plan.ts';

/** `2023-12-26` → `2023年12月26日`; `—` when the text states no date. */
export function chineseDate(iso: string | undefined): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function periodLabel(data: Pick<PlanFrontmatter, 'period'>): string {
  return data.period ? data.period.text : '未载明规划期';
}

/** Who issued the plan: the notice's office, or the drafting agency; the draft names none. */
export function issuerLabel(data: Pick<PlanFrontmatter, 'issuer' | 'drafter'>): string {
  return data.issuer ?? data.drafter?.agency ?? '未署名';
}

/** The plan's own date: signed (成文), else the drafter's date, else printed (印发). */
export function planDate(data: Pick<PlanFrontmatter, 'dateSigned' | 'drafter' | 'datePrinted'>): string | undefined {
  return data.dateSigned ?? data.drafter?.date ?? data.datePrinted;
}
