/** `/data/uptake.json` and `.csv`: the city → district uptake table as open data. */
import { z } from 'astro/zod';
import type { Site } from '../model/index.ts';
import { cityUptake } from './index.ts';

export const UPTAKE_TITLE = '市级任务的区级落实';
export const UPTAKE_DESCRIPTION =
  '市级规划的每一项重点任务和保障措施，以及各区、园区规划中落实它的条款（取自“其他规划中的相关条款”的计算，按共同的具体举措名称与措辞）；没有区级条款落实的市级任务同样列出（uptake 为空）。';

const uptakeClause = z.object({
  plan: z.string().describe('区级或园区规划的标识（slug）'),
  planTitle: z.string().describe('该规划的简称'),
  district: z.string().nullable().describe('所在区'),
  clause: z.string().describe('条款锚点 id'),
  path: z.string().describe('条款编号路径，如 四、（五）11.（2）'),
  heading: z.string().describe('条款标题（无标题的分项为空）'),
  url: z.string().describe('条款的站内链接'),
  score: z.number().min(0).max(1).describe('相关条款的得分（0–1）'),
});

export const uptakeRecord = z.object({
  cityPlan: z.string().describe('市级规划的标识（slug）'),
  section: z.string().describe('市级规划中的一级部分，如 三、重点任务'),
  clause: z.string().describe('市级条款锚点 id，如 s4-1'),
  path: z.string().describe('市级条款编号路径，如 四、（一）'),
  heading: z.string().describe('市级条款标题'),
  url: z.string().describe('市级条款的站内链接'),
  takenUp: z.boolean().describe('是否有区级或园区规划的条款落实'),
  uptake: z.array(uptakeClause).describe('落实该任务的区级、园区条款，按规划排列'),
});
export type UptakeRecord = z.infer<typeof uptakeRecord>;

export function uptakeRecords(site: Site): UptakeRecord[] {
  return cityUptake(site).flatMap(({ city, sections }) =>
    sections.flatMap(({ section, rows }) =>
      rows.map(({ clause, uptake }) => ({
        cityPlan: city.slug,
        section: `${section.path}${section.heading}`,
        clause: clause.id,
        path: clause.path,
        heading: clause.heading,
        url: clause.url,
        takenUp: uptake.length > 0,
        uptake: uptake.map((u) => ({ ...u })),
      })),
    ),
  );
}

export const uptakeCsvColumns: Array<{ name: string; value: (r: UptakeRecord) => string | number | boolean | null }> = [
  { name: 'cityPlan', value: (r) => r.cityPlan },
  { name: 'section', value: (r) => r.section },
  { name: 'clause', value: (r) => r.clause },
  { name: 'path', value: (r) => r.path },
  { name: 'heading', value: (r) => r.heading },
  { name: 'url', value: (r) => r.url },
  { name: 'takenUp', value: (r) => r.takenUp },
  { name: 'uptake', value: (r) => r.uptake.map((u) => `${u.planTitle} ${u.path}${u.heading}`).join('；') },
];
