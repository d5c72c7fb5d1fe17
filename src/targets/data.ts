/** `/data/targets.json` and `.csv`: the targets ledger as open data. */
import { z } from 'astro/zod';
import type { Site } from '../model/index.ts';
import { targetsOf } from './index.ts';

/** One quantitative target. */
export const targetRecord = z.object({
  plan: z.string().describe('规划标识（slug）'),
  clause: z.string().describe('条款锚点 id，如 s1-2'),
  url: z.string().describe('条款的站内链接'),
  metric: z.string().describe('指标：原文措辞，去掉数字和限定词'),
  value: z.number().describe('数值；区间（1—2家）为下限'),
  max: z.number().nullable().describe('区间上限（30—50名 → 50）；单一数值为 null'),
  qualifier: z.string().describe('限定词，按原文顺序以“、”连接：以上、不少于、左右、超、突破、累计、力争、不低于；无则为空字符串'),
  unit: z.string().describe('单位，原文写法：家、个、项、亿元、万方、万平方米、%等'),
  year: z.number().int().nullable().describe('期限年份；原文与规划期都未给出时为 null'),
  yearSource: z
    .enum(['sentence', 'clause', 'table', 'period', 'none'])
    .describe('期限年份从哪里读出：sentence 本句“到XXXX年”；clause 同条前文；table 表格的目标年份列；period 规划期末年；none 无'),
  deadline: z.enum(['期限已过', '期限未到', '未定期限']).describe('截至 asOf 日期期限是否已过；原文没有评估，本站不判断是否完成'),
  text: z.string().describe('读出该指标的原句'),
});
export type TargetRecord = z.infer<typeof targetRecord>;

export function targetRecords(site: Site): TargetRecord[] {
  return targetsOf(site).map((t) => ({
    plan: t.plan,
    clause: t.clause,
    url: t.url,
    metric: t.metric,
    value: t.value,
    max: t.max,
    qualifier: t.qualifier,
    unit: t.unit,
    year: t.year,
    yearSource: t.yearSource,
    deadline: t.deadline,
    text: t.text,
  }));
}

export const targetCsvColumns: Array<{ name: keyof TargetRecord; value: (t: TargetRecord) => string | number | null }> = (
  ['plan', 'clause', 'url', 'metric', 'value', 'max', 'qualifier', 'unit', 'year', 'yearSource', 'deadline', 'text'] as const
).map((name) => ({ name, value: (t: TargetRecord) => t[name] }));
