/**
 * Which part of a plan a clause belongs to (总体, 目标, 重点领域, 布局, 任务, 保障措施), from
 * the titles of its outer headings. A 若干措施 or 管理办法 has no 任务 chapter: its clauses are
 * the measures themselves, so when a document names no 任务 part at all, the
 * top-level clauses that are not its general part (总则, 附则, 指导思想…) are its tasks.
 */
import { gbRank } from './numbering.ts';
import type { Clause, HeadingKind, PlanPart } from './types.ts';

/** Part of the plan named by an outer heading; checked in this order. */
const partsByTitle: ReadonlyArray<[PlanPart, RegExp]> = [
  ['保障措施', /保障/u],
  ['任务', /任务|部署|支持措施|政策措施|扶持措施|支持政策|扶持政策|主要措施|具体措施|重点工作|工作举措/u],
  ['目标', /目标/u],
  ['布局', /布局|格局/u],
  ['重点领域', /重点|聚焦|领域/u],
];

/**
 * Chapters of a 管理办法 or 实施细则: the support itself (支持内容和标准) is its tasks; the
 * general provisions, duties, eligibility, application, review and oversight offer nothing.
 */
const CHAPTER_TASKS =
  /支持内容|支持方式|支持标准|扶持内容|扶持方式|扶持标准|奖励内容|资助内容|资助标准|政策措施|支持政策|主要措施|具体措施|^(?:支持|扶持|资助|奖励|补贴)[^，。]{0,6}(?:和|与|及)(?:标准|方式|内容)/u;
const PROCEDURE = /总则|附则|职责|分工|申报|评审|审核|程序|监督|管理|绩效|法律责任|条件|对象|范围|资金来源/u;

/** Titles of a document's general part. */
const GENERAL = /总则|附则|总体|指导思想|基本原则|适用范围|目的|依据|定义|名词解释/u;

/** Whether a top-level clause is part of the general provisions (its own title, or a procedural 章). */
const isGeneral = (clause: Clause) => GENERAL.test(clause.title) || ((clause.kind === 'chapter' || clause.kind === 'section') && PROCEDURE.test(clause.title));

/** Whether a heading of this kind names a part: 章/节 and the first two ranks. */
const namesPart = (kind: HeadingKind) => (gbRank(kind) ?? 0) <= 2;

export function partOf(title: string, kind: HeadingKind, parent: Clause | undefined): PlanPart {
  if (kind === 'chapter' || kind === 'section') {
    if (CHAPTER_TASKS.test(title)) return '任务';
    if (PROCEDURE.test(title)) return '总体';
  }
  // Only a top-level heading, or one inside the general part (总体要求 → 主要目标, 空间布局), names a
  // part. Below a part that is already named, a title's words are the content of that part, not a
  // new one: 金山 六、主要任务 → （三）聚焦载体建设 is a task (聚焦 is a verb there, not 重点领域);
  // 张江 （五）…12.优化“南研发+北制造”空间格局 is a task that sets a layout; 保障措施 →（一）落实重点任务 stays 保障.
  const inheritsPart = parent !== undefined && parent.part !== '总体';
  if (namesPart(kind) && !inheritsPart) for (const [part, pattern] of partsByTitle) if (pattern.test(title)) return part;
  return parent?.part ?? '总体';
}

/** When no clause is a task, the non-general top-level clauses become tasks. */
export function settleParts(clauses: Clause[]): void {
  const parts = (list: Clause[]): PlanPart[] => list.flatMap((c) => [c.part, ...parts(c.children)]);
  if (parts(clauses).includes('任务')) return;
  const reassign = (clause: Clause, from: PlanPart) => {
    if (clause.part !== from) return;
    clause.part = '任务';
    for (const child of clause.children) reassign(child, from);
  };
  for (const clause of clauses) if (clause.part === '总体' && !isGeneral(clause)) reassign(clause, '总体');
}
