/**
 * 我的政策清单: a 适合我吗 answer as CSV (one row per measure: clause, plan, status, 责任单位,
 * URL), written by the same RFC 4180 writer as the open-data files. Shared by the build (each
 * pre-rendered answer's `checklist.csv`) and the browser (a download of the answers chosen).
 */
import { toCsv } from '../data/csv.ts';

export interface ChecklistRow {
  /** Numbering path and heading, e.g. 四、（五）11.设立合成生物专项基金. */
  clause: string;
  plan: string;
  /** 实施中, or the plan's status note (规划期已满（2025年） …). */
  status: string;
  agencies: readonly string[];
  url: string;
}

export const CHECKLIST_FILENAME = '我的政策清单.csv';

/** A plan's status note is null only while it is in force. */
export function checklistStatus(statusNote: string | null): string {
  return statusNote ?? '实施中';
}

export function checklistCsv(rows: readonly ChecklistRow[]): string {
  return toCsv<ChecklistRow>(
    [
      { name: '条款', value: (r) => r.clause },
      { name: '规划', value: (r) => r.plan },
      { name: '状态', value: (r) => r.status },
      { name: '责任单位', value: (r) => r.agencies },
      { name: '网址', value: (r) => r.url },
    ],
    rows,
  );
}
