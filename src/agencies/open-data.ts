/**
 * /data/agencies.json: the agency registry as open data, and its JSON Schema (served at
 * /data/agencies.schema.json). Deterministic: no build time in it.
 */
import { z } from 'astro/zod';
import type { AgencyRegistry } from './registry.ts';

const clauseRef = z.object({
  /** Plan slug. */
  plan: z.string().describe('规划的 slug，如 2023-baoshan-synbio'),
  /** Clause id (anchor). */
  clause: z.string().describe('条款编号（页面锚点），如 s4-1-2'),
  /** Clause link on the site. */
  url: z.string().describe('条款在本站的链接'),
  /** First in the clause's 责任单位 list: leads the task. */
  lead: z.boolean().describe('是否为该条（责任单位：…）名单中的第一个单位，即牵头单位'),
  /** The name as the list writes it. */
  asWritten: z.string().describe('名单中的原写法（异写保留原样）'),
});

export const agenciesOpenDataSchema = z.object({
  /** What the file is. */
  title: z.string().describe('文件标题'),
  /** How it was compiled, in one paragraph. */
  description: z.string().describe('编制方法说明'),
  /** Plans that have no 责任单位 list. */
  plansWithoutDuties: z.array(z.string()).describe('没有（责任单位：…）名单的规划'),
  agencies: z.array(
    z.object({
      /** Stable id: `宝山区-区经委`; a city agency's is its name. Its page is /agencies/<id>/. */
      id: z.string().describe('稳定标识：区名-简称（市级单位为简称），页面 /agencies/<id>/'),
      /** District, or null for a city agency. */
      district: z.string().nullable().describe('所在区；市级单位为 null'),
      /** Canonical short name as the plans write it. */
      name: z.string().describe('规划中的简称（规范写法）'),
      /** Other forms the plans write for the same body (reviewed). */
      variants: z.array(z.string()).describe('同一单位的其他写法（经审核合并）'),
      /** Full name, only where a plan text states it; else null. */
      fullName: z.string().nullable().describe('全称，仅在规划文本写明时给出，否则为 null'),
      /** Where the full name is stated: plan, seed line, the words, a note. */
      fullNameSource: z
        .object({ plan: z.string(), line: z.number().int(), quote: z.string(), note: z.string(), url: z.string() })
        .nullable()
        .describe('全称出处：规划、原文行号、原文文字、说明、原文链接'),
      /** 市级 / 区级 / 镇级 / 其他, read from the form of the name. */
      level: z.enum(['市级', '区级', '镇级', '其他']).describe('按名称形式判断的层级'),
      /** Clauses with the agency in their 责任单位 list. */
      clauseCount: z.number().int().describe('名单中列有该单位的条款数'),
      /** Of which it leads. */
      leadCount: z.number().int().describe('其中作为牵头单位的条款数'),
      /** The clauses, in plan and document order. */
      clauses: z.array(clauseRef).describe('条款，按规划和正文顺序'),
    }),
  ),
});

export type AgenciesOpenData = z.infer<typeof agenciesOpenDataSchema>;

export function agenciesOpenData(registry: AgencyRegistry): AgenciesOpenData {
  return {
    title: '上海合成生物与生物制造规划中的责任单位',
    description:
      '按区识别的责任单位（同名简称在不同区是不同单位），只统计规划文本中明确的（责任单位：…）名单；名单第一个单位为牵头单位。全称只在规划文本写明时给出，并注明出处。',
    plansWithoutDuties: registry.plansWithoutDuties,
    agencies: registry.agencies.map((agency) => ({
      id: agency.id,
      district: agency.district,
      name: agency.name,
      variants: agency.variants,
      fullName: agency.fullName,
      fullNameSource: agency.fullNameSource && { ...agency.fullNameSource, url: `/plans/${agency.fullNameSource.plan}/original/#L${agency.fullNameSource.line}` },
      level: agency.level,
      clauseCount: agency.clauses.length,
      leadCount: agency.leadCount,
      clauses: agency.clauses.map(({ plan, clause, url, lead, asWritten }) => ({ plan, clause, url, lead, asWritten })),
    })),
  };
}

/** The JSON Schema of /data/agencies.json. */
export function agenciesJsonSchema(): unknown {
  return { ...z.toJSONSchema(agenciesOpenDataSchema), title: '/data/agencies.json' };
}
