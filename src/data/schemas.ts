/**
 * The open-data records, as zod schemas with a description per field. The same schemas check
 * the files at build time, become the published JSON Schemas (`/data/<name>.schema.json`) and
 * document the fields on `/data/`.
 */
import { z } from 'astro/zod';
import { PLAN_STATUSES } from '../model/status.ts';
import { clauseIdPattern, planParts } from '../schemas/plan.ts';
import { PLAN_LEVELS } from '../contracts/levels.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u)
  .describe('规划标识（URL 中的 slug），如 2023-baoshan-synbio');
const clauseId = z.string().regex(clauseIdPattern).describe('条款锚点 id：s4-1-2 即 四、（一）2.');

/** One plan. */
export const planRecord = z.object({
  slug,
  title: z.string().describe('规划标题（原文，已列明的校正后）'),
  titleMarks: z.array(z.string()).describe('标题下的标注，如 （送审稿）'),
  shortTitle: z.string().describe('简称（编辑所加）'),
  docNumber: z.string().nullable().describe('发文字号，如 沪府办发〔2023〕18号；原文未载明时为 null'),
  issuer: z.string().nullable().describe('发文机关（印发通知落款）；原文未载明时为 null'),
  drafter: z.string().nullable().describe('起草单位（转发的规划正文落款）；原文未载明时为 null'),
  dateSigned: isoDate.nullable().describe('成文日期'),
  datePrinted: isoDate.nullable().describe('印发日期（版记）'),
  period: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).nullable().describe('标题所载规划期；未载明时为 null'),
  level: z.enum(PLAN_LEVELS).describe('层级'),
  district: z.string().nullable().describe('区级规划所在区；市级为 null'),
  draft: z.boolean().describe('是否为送审稿/征求意见稿'),
  status: z.enum(PLAN_STATUSES).describe('截至 asOf 日期的状态，由有效期（施行日期、有效期至）或规划期推算；征求意见稿、送审稿为草案'),
  urls: z
    .object({
      page: z.string().describe('规划页'),
      original: z.string().describe('原始文本页（逐行可链接）'),
      originalText: z.string().describe('原始文本文件（与来源逐字节一致）'),
    })
    .describe('站内地址'),
  source: z.object({ file: z.string(), sha256: z.string(), lines: z.number().int() }).describe('来源文本文件、SHA-256 与行数'),
  counts: z
    .object({
      clauses: z.number().int().describe('条款（各级标题）数'),
      clausesWithAgencies: z.number().int().describe('列有责任单位的条款数'),
      corrections: z.number().int().describe('文本校正数（均在规划页“文本说明”列出）'),
      warnings: z.number().int().describe('待核对事项数'),
    })
    .describe('计数'),
});

/** One clause (a heading of any rank, with its own text). */
export const clauseRecord = z.object({
  plan: slug,
  id: clauseId,
  path: z.string().describe('完整编号路径，如 四、（一）2.'),
  number: z.string().describe('本级编号（原文写法）'),
  level: z.number().int().min(1).max(4).describe('层级：1 = 一、 2 = （一） 3 = 1. 4 = （1）'),
  heading: z.string().describe('标题（不含编号）；无标题的条目为空字符串'),
  part: z.enum(planParts).describe('所属部分'),
  text: z.string().describe('本条自身的文字（标题与段落，不含下级条款）'),
  agencies: z.array(z.string()).describe('本条“责任单位”所列单位，按原文写法与顺序'),
  places: z.array(z.string()).describe('本条点名的地点 id（见 places.json）'),
  line: z.number().int().describe('标题在原始文本中的行号'),
  url: z.string().describe('条款固定链接 /plans/<slug>/#<id>'),
  originalUrl: z.string().describe('原始文本中对应行的链接'),
});

/** The frame every data file shares: what it is, as of when, under which terms, then the items. */
export function datasetSchema<T extends z.ZodType>(items: T) {
  return z.object({
    dataset: z.string().describe('数据集名称'),
    title: z.string().describe('中文标题'),
    description: z.string().describe('说明'),
    license: z.string().describe('使用条件'),
    asOf: isoDate.describe('数据截至日期（状态按此日期推算）'),
    count: z.number().int().describe('条目数'),
    items: z.array(items).describe('条目'),
  });
}

export type PlanRecord = z.infer<typeof planRecord>;
export type ClauseRecord = z.infer<typeof clauseRecord>;
