/**
 * /data/agencies.json (+ .schema.json, .csv): the agency registry as open data, in the shared
 * dataset frame (dataset, title, description, license, asOf, count, items) plus the plans that
 * have no 责任单位 list. Shaped as a catalog `Dataset` (src/data/catalog.ts) without importing
 * the catalog, so the catalog can list it without an import cycle: `agenciesDataset(LICENSE_NOTE)`.
 */
import { z } from 'astro/zod';
import { toCsv } from '../data/csv.ts';
import { datasetSchema } from '../data/schemas.ts';
import type { Site } from '../model/index.ts';
import { originalLineUrl } from '../model/urls.ts';
import { agenciesOf, agencyUrl } from './index.ts';

const clauseRef = z.object({
  plan: z.string().describe('规划的 slug，如 2023-baoshan-synbio'),
  clause: z.string().describe('条款锚点 id，如 s4-1-2'),
  url: z.string().describe('条款在本站的链接'),
  lead: z.boolean().describe('是否为该条某一份名单（（责任单位：…），或任务表“责任单位”栏的一行）中的第一个单位（规划文本未说明名单顺序的含义，不据此称牵头）'),
  asWritten: z.string().describe('名单中的原写法（异写保留原样）'),
});

/** One agency, identified with its district. */
export const agencyRecord = z.object({
  id: z.string().describe('稳定标识：区名-简称（市级单位为简称），页面 /agencies/<id>/'),
  district: z.string().nullable().describe('所在区（即点名它的区级规划所属的区）；市级单位为 null'),
  name: z.string().describe('规划中的简称（规范写法）'),
  variants: z.array(z.string()).describe('同一单位的其他写法（经编辑审核合并）'),
  fullName: z.string().nullable().describe('全称：仅在规划文本写明时给出（编辑据原文确定），否则为 null'),
  fullNameSource: z
    .object({
      plan: z.string().describe('写明全称的规划'),
      line: z.number().int().describe('原文行号'),
      quote: z.string().describe('该行原文文字'),
      note: z.string().describe('原文如何把简称与全称对应起来'),
      url: z.string().describe('原文该行的链接'),
    })
    .nullable()
    .describe('全称出处；无全称时为 null'),
  level: z.enum(['市级', '区级', '镇级', '其他']).describe('按名称形式判断的层级：市…为市级，区…为区级，…镇/街镇为镇级，其余（公司、园区、海关）为其他'),
  clauseCount: z.number().int().describe('名单中列有该单位的条款数'),
  leadCount: z.number().int().describe('其中位于名单首位的条款数'),
  url: z.string().describe('本站的单位页'),
  clauses: z.array(clauseRef).describe('条款，按规划和正文顺序'),
});

export type AgencyRecord = z.infer<typeof agencyRecord>;

export function agencyRecords(site: Site): AgencyRecord[] {
  return agenciesOf(site).agencies.map((agency) => ({
    id: agency.id,
    district: agency.district,
    name: agency.name,
    variants: agency.variants,
    fullName: agency.fullName,
    fullNameSource: agency.fullNameSource && { ...agency.fullNameSource, url: originalLineUrl(agency.fullNameSource.plan, agency.fullNameSource.line) },
    level: agency.level,
    clauseCount: agency.clauses.length,
    leadCount: agency.leadCount,
    url: agencyUrl(agency.id),
    clauses: agency.clauses.map(({ plan, clause, url, lead, asWritten }) => ({ plan, clause, url, lead, asWritten })),
  }));
}

const TITLE = '责任单位';
const DESCRIPTION =
  '规划（责任单位：…）名单和任务表“责任单位”栏中的每个单位，按区识别（同一简称在不同区是不同单位），含名单首位与其余位置的条款数和全部条款；文本未说明名单顺序的含义，名单首位不等于牵头。只统计明确的责任单位名单。全称只在规划文本写明时给出，并注明出处。';

const CSV_COLUMNS: Array<{ name: string; value: (row: AgencyRecord) => string | number | null | readonly string[] }> = [
  { name: 'id', value: (a) => a.id },
  { name: 'district', value: (a) => a.district },
  { name: 'name', value: (a) => a.name },
  { name: 'variants', value: (a) => a.variants },
  { name: 'fullName', value: (a) => a.fullName },
  { name: 'level', value: (a) => a.level },
  { name: 'clauseCount', value: (a) => a.clauseCount },
  { name: 'leadCount', value: (a) => a.leadCount },
  { name: 'url', value: (a) => a.url },
];

/** The dataset, in the catalog's `Dataset` shape; `license` is the catalog's LICENSE_NOTE. */
export function agenciesDataset(license: string) {
  return {
    name: 'agencies',
    title: TITLE,
    description: DESCRIPTION,
    schema: datasetSchema(agencyRecord).extend({
      plansWithoutDuties: z.array(z.string()).describe('没有（责任单位：…）名单的规划（slug）'),
    }),
    document(site: Site) {
      const items = agencyRecords(site);
      return {
        dataset: 'agencies',
        title: TITLE,
        description: DESCRIPTION,
        license,
        asOf: site.today.toISOString().slice(0, 10),
        count: items.length,
        items,
        plansWithoutDuties: agenciesOf(site).plansWithoutDuties,
      };
    },
    csv: (document: unknown) => toCsv(CSV_COLUMNS, (document as { items: AgencyRecord[] }).items),
  };
}
