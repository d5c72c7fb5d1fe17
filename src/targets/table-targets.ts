/**
 * Targets in a table the plan writes as lines (`指标 | 2024年（基期） | 2027年（目标）`): each row's
 * value in a target-year column. A column is a target column when its header names a year and
 * says 目标/预期, or names a year without saying 基期/现状 and is not the first of several year
 * columns (the first is the base a plan measures from, unless a base column stands apart, or its
 * year falls inside the plan's own period — `2025年 | 2027年` in a 2025—2027 plan are a milestone
 * and the end; a year before the period never is). The unit is the row's 单位 column, else its `（亿元）`.
 */
import type { Block } from '../model/document.ts';
import { UNITS } from './candidates.ts';

export interface TableTarget {
  metric: string;
  value: number;
  max: number | null;
  qualifier: string;
  unit: string;
  year: number;
  /** The row as printed. */
  text: string;
}

const BASE = /基期|基准|现状|现有|实际|完成|基数/u;
const TARGET = /目标|预期|规划|力争/u;

function targetColumns(header: string[], periodStart: number | undefined): Array<{ index: number; year: number }> {
  const years = header.flatMap((cell, index) => {
    const m = /(\d{4})\s*年/u.exec(cell);
    return m ? [{ index, year: Number(m[1]), cell }] : [];
  });
  // With a base column of its own (`基期`, `现状值`), every other year column is a target.
  const baseApart = header.some((cell) => BASE.test(cell) && !/\d{4}\s*年/u.test(cell));
  // A year before the plan's own period is where it stands, not where it aims: `截至2024年底…
  // 指标 | 单位 | 2024年` in a 2025—2030 plan is its base, even as the table's only year column.
  const beforePeriod = (year: number) => periodStart !== undefined && year < periodStart;
  return years
    .filter(
      (y, i) =>
        TARGET.test(y.cell) ||
        (!BASE.test(y.cell) && !beforePeriod(y.year) && (baseApart || years.length === 1 || i > 0 || (periodStart !== undefined && y.year >= periodStart))),
    )
    .map(({ index, year }) => ({ index, year }));
}

/** `生物制造产业规模（亿元）` → unit 亿元; `（%）` → %. */
function unitOf(metric: string): string | undefined {
  const m = /[（(]([^（）()]+)[）)]\s*$/u.exec(metric);
  const unit = m?.[1]?.replace(/％/u, '%').trim();
  return unit && (UNITS.includes(unit) || /^[\u4e00-\u9fff]{1,4}$|^%$/u.test(unit)) ? unit : undefined;
}

/** The metric's column (`指标`, else the first that is not a 序号) and the unit's, when it has one (`单位`). */
function layoutOf(header: string[]): { metric: number; unit: number | undefined } {
  const named = header.findIndex((cell) => /指标|项目|名称|内容/u.test(cell));
  const metric = named >= 0 ? named : header.findIndex((cell) => !/^(?:序号|序|编号|No\.?)$/iu.test(cell.trim()));
  const unit = header.findIndex((cell) => /^(?:单位|计量单位)$/u.test(cell.trim()));
  return { metric: Math.max(0, metric), unit: unit >= 0 ? unit : undefined };
}

const BOUNDS: Record<string, string> = { '≥': '不低于', '>': '超', '＞': '超', 不少于: '不少于', 不低于: '不低于', 超: '超', 突破: '突破' };

/** `periodStart`: the first year of the plan's period (`（2025—2027年）`), when its title states one. */
export function tableTargets(block: Block, periodStart?: number): TableTarget[] {
  const [header, ...rows] = block.rows ?? [];
  if (!header) return [];
  const columns = targetColumns(header, periodStart);
  const layout = layoutOf(header);
  const lines = (block.inlines[0]?.text ?? '').split('\n');
  return rows.flatMap((row, r) => {
    const metricCell = row[layout.metric] ?? '';
    const unit = layout.unit !== undefined ? (row[layout.unit]?.trim().replace(/％/u, '%') ?? '') : unitOf(metricCell);
    if (!unit) return [];
    const metric = metricCell.replace(/[（(][^（）()]+[）)]\s*$/u, '').trim();
    return columns.flatMap(({ index, year }) => {
      const m = /^(超|不少于|不低于|突破|≥|>|＞)?\s*(\d+(?:\.\d+)?)(?:\s*(?:—|-|~|～|至)\s*(\d+(?:\.\d+)?))?\s*(以上|左右)?$/u.exec((row[index] ?? '').trim());
      if (!m) return [];
      const qualifier = [m[1] ? BOUNDS[m[1]] : undefined, m[4]].filter(Boolean).join('、');
      return [{ metric, value: Number(m[2]), max: m[3] ? Number(m[3]) : null, qualifier, unit, year, text: lines[r + 1] ?? row.join(' | ') }];
    });
  });
}
