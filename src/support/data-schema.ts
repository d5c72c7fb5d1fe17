/**
 * `/data/support.json`: one item per support measure, in the open-data catalog's shared frame.
 * The zod schema is the documentation: `/data/support.schema.json` is generated from it and the
 * build validates the file against it.
 */
import { z } from 'astro/zod';
import { SUPPORT_TYPES } from './types.ts';
import { PLAN_STATUSES } from '../model/status.ts';
import { clauseIdPattern } from '../schemas/plan.ts';
import { PLAN_LEVELS } from '../contracts/levels.ts';

export const supportAgencySchema = z.object({
  id: z.string().nullable().describe('责任单位名录（/data/agencies.json）中的 id'),
  name: z.string().describe('条文所写的责任单位名称，原样'),
  fullName: z.string().nullable().describe('全称，仅当某份规划写明时给出，否则为 null（不猜测）'),
  district: z.string().nullable().describe('单位所在区（市级单位为 null）'),
  label: z.string().describe('带区名的称呼，如“宝山区 区经委”'),
  url: z.string().nullable().describe('该单位在本站的页面'),
});

export const supportEntrySchema = z
  .object({
    plan: z.string().describe('方案 slug，如 2023-baoshan-synbio'),
    clause: z.string().regex(clauseIdPattern).describe('条款 id（锚点），如 s4-5-11-1 即 四、（五）11.（1）'),
    url: z.string().describe('条款的固定链接'),
    path: z.string().describe('条款编号路径，如 四、（五）11.（1）'),
    title: z.string().describe('条款标题（不含编号；无标题的条目为空字符串）'),
    text: z.string().describe('本条自身文字：标题、本条段落和责任单位，不含下级条款'),
    summary: z.string().nullable().describe('编辑所写的一句话说明，只写条文写明的内容；未写时为 null'),
    types: z
      .array(z.enum(SUPPORT_TYPES))
      .min(1)
      .describe(
        '支持类型：funding 资金与金融、space 空间与厂房、talent 人才、platforms 研发与中试平台、incubation 孵化与企业培育、services 审批与营商服务、market 应用场景与市场',
      ),
    typeTerms: z.record(z.string(), z.array(z.string())).describe('每个类型在条文中找到的分类词（类型为人工更正时为空对象）'),
    reviewed: z.string().nullable().describe('人工更正类型的理由；未更正为 null'),
    agencies: z.array(supportAgencySchema).describe('责任单位，按条文顺序'),
    places: z.array(z.object({ id: z.string(), name: z.string(), url: z.string() })).describe('条文点名的地点（地名录），url 打开地图'),
    amounts: z
      .array(
        z.object({
          text: z.string().describe('原文写法，如 每家企业每年最高200万元、30%'),
          value: z.number().describe('数值'),
          unit: z.enum(['万元', '亿元', '元', '%', '平方米', '万平方米']).describe('单位（面积只作为给予的上限出现，如 补贴面积不超过2000平方米）'),
          kind: z.enum(['cap', 'fixed', 'ratio', 'ratio-cap']).describe('cap 上限（最高、不超过）；fixed 定额；ratio 比例；ratio-cap 比例上限'),
          per: z.string().nullable().describe('计算单位，原文写法，如 每年、每家企业每年、单个项目；未写明为 null'),
        }),
      )
      .describe('条文自身写明给予的金额和比例；申请门槛（如年营业收入超过1亿元）不在此列；条文未写明的为空数组，本站不推测'),
    durations: z.array(z.string()).describe('条文写明的支持期限，原文写法，如 连续3年；未写明为空数组'),
    conditions: z.array(z.string()).describe('条文写明的适用对象（“对……”之后的原文），如 新引进的生物制造企业；未写明为空数组'),
    validity: z
      .object({ from: z.string().nullable(), to: z.string().nullable(), text: z.string(), line: z.number().int() })
      .nullable()
      .describe('所在文件载明的施行日期和有效期（YYYY-MM-DD）及其原句与行号；文件未载明为 null'),
    followUp: z.array(z.string()).describe('条文提到的后续政策或渠道，原样（专项政策、“科创30条”、按照规定予以支持等）'),
    fields: z.record(z.string(), z.string()).describe('条文提到的产业领域（biomedicine、biomaterials、food、energy、agriculture、devices、synbio）→ 找到的词'),
    planStatus: z.enum(PLAN_STATUSES).describe('方案在数据日期的状态'),
    statusNote: z.string().nullable().describe('规划期已满（YYYY年）／送审稿（文本未载明是否印发）／规划期尚未开始；实施中为 null'),
    planTitle: z.string().describe('方案简称'),
    level: z.enum(PLAN_LEVELS).describe('市级或区级方案'),
    district: z.string().nullable().describe('区级方案所在区；市级为 null'),
  })
  .strict();

export type SupportEntry = z.infer<typeof supportEntrySchema>;
