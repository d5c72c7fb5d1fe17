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
  ['任务', /任务|部署/u],
  ['目标', /目标/u],
  ['布局', /布局|格局/u],
  ['重点领域', /重点|聚焦|领域/u],
];

/** Titles of a document's general part. */
const GENERAL = /总则|附则|总体|指导思想|基本原则|适用范围|目的|依据|定义|名词解释/u;

/** Whether a heading of this kind names a part: 章/节 and the first two ranks. */
const namesPart = (kind: HeadingKind) => (gbRank(kind) ?? 0) <= 2;

export function partOf(title: string, kind: HeadingKind, parent: Clause | undefined): PlanPart {
  if (namesPart(kind)) for (const [part, pattern] of partsByTitle) if (pattern.test(title)) return part;
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
  for (const clause of clauses) if (clause.part === '总体' && !GENERAL.test(clause.title)) reassign(clause, '总体');
}
