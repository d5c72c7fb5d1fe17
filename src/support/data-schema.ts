/**
 * `/data/support.json`: one entry per support measure. The zod schema is the documentation:
 * `/data/support.schema.json` is generated from it, and the test validates the built file with it.
 */
import { z } from 'astro/zod';
import { SUPPORT_TYPES } from './types.ts';

export const supportAgencySchema = z
  .object({
    id: z.string().nullable().describe('Agency id in the agencies registry (null until the registry is connected).'),
    name: z.string().describe('The 责任单位 exactly as the clause writes it.'),
    fullName: z.string().nullable().describe('Full official name from the agencies registry; null until connected — never guessed.'),
    district: z.string().nullable().describe('District of the plan that names the agency (null for a city plan).'),
  })
  .describe('A responsible agency (责任单位).');

export const supportEntrySchema = z
  .object({
    plan: z.string().describe('Plan slug, e.g. 2023-baoshan-synbio.'),
    clause: z.string().regex(/^s\d+(?:-\d+){0,3}$/u).describe('Clause id (anchor), e.g. s4-5-11-1 for 四、（五）11.（1）.'),
    url: z.string().describe('Deep link to the clause on its plan page.'),
    path: z.string().describe('Clause number path as printed, e.g. 四、（五）11.（1）.'),
    title: z.string().describe('Clause heading without its number ("" for an untitled item).'),
    text: z.string().describe("The clause's own text: heading, own paragraphs and its 责任单位, not its sub-clauses."),
    summary: z.string().nullable().describe('Editorial one-line description (content/support/<plan>.yaml); null when none is written.'),
    types: z.array(z.enum(SUPPORT_TYPES)).min(1).describe('Kinds of support offered: funding 资金与金融, space 空间与厂房, talent 人才, platforms 研发与中试平台, incubation 孵化与企业培育, services 审批与营商服务, market 应用场景与市场.'),
    typeTerms: z.record(z.string(), z.array(z.string())).describe('For each type, the terms of the classification table found in the clause ({} when the types are a reviewed correction).'),
    reviewed: z.string().nullable().describe('Why the types were corrected by a reader, when they were.'),
    agencies: z.array(supportAgencySchema).describe('Responsible agencies, in the order written.'),
    places: z.array(z.object({ id: z.string(), name: z.string(), url: z.string() })).describe('Gazetteer places the clause names; url opens them on /map/.'),
    followUp: z.array(z.string()).describe('Follow-up policies or channels the clause names, as written (专项政策, “科创30条”, 按照规定予以支持 …).'),
    fields: z.record(z.string(), z.string()).describe('Industry fields the clause names (biomedicine, biomaterials, food, energy, agriculture, devices, synbio) → the term found.'),
    planStatus: z.enum(['送审稿', '未开始', '实施中', '已期满']).describe('Status of the plan on the build date.'),
    statusNote: z.string().nullable().describe('规划期已满（YYYY年） / 送审稿，未生效 / 规划期尚未开始; null when in force.'),
    planTitle: z.string().describe("The plan's short title."),
    level: z.enum(['市级', '区级']).describe('City or district plan.'),
    district: z.string().nullable().describe('District of a district plan; null for a city plan.'),
  })
  .strict();

export const supportFileSchema = z
  .object({
    title: z.string(),
    description: z.string(),
    today: z.string().describe('The date statuses are computed for (YYYY-MM-DD).'),
    notes: z.array(z.string()),
    measures: z.array(supportEntrySchema),
  })
  .strict()
  .describe('Support measures for enterprises found in the Shanghai synthetic-biology and biomanufacturing plans.');

export type SupportEntry = z.infer<typeof supportEntrySchema>;
