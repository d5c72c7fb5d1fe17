/** `/data/follow-up.json` and `.csv`: the ledger of promised documents as open data. */
import { z } from 'astro/zod';
import type { Site } from '../model/index.ts';
import { followUpLedger } from './index.ts';

export const FOLLOW_UP_TITLE = '规划承诺的后续文件';
export const FOLLOW_UP_DESCRIPTION =
  '各规划条文写明将要制定、出台、修订的政策文件，拟设立的基金，以及条文点名适用的政策或计划（如“科创30条”）：条款、责任单位（条文写明时）、原文措辞、年份（句中写明时，否则为规划期）、本站是否收录。' +
  '“按照规定予以支持”等不指明文件的说法不列入。';

export const followUpRecord = z.object({
  plan: z.string().describe('规划标识（slug）'),
  clause: z.string().describe('条款锚点 id，如 s7-2'),
  path: z.string().describe('条款编号路径，如 七、（二）'),
  url: z.string().describe('条款的站内链接'),
  agencies: z.array(z.string()).describe('该条款写明的责任单位，原样；条文未写明时为空'),
  kind: z.enum(['to-make', 'fund', 'named']).describe('to-make 待制定或修订的政策文件；fund 拟设立的基金；named 点名的政策或计划'),
  document: z.string().describe('条文对该文件的说法，原样（含“研究制订”等动词）'),
  wording: z.string().describe('所在分句，原样'),
  year: z.number().int().nullable().describe('句中写明的年份；未写明时为 null，见 period'),
  period: z.string().describe('所在规划的规划期'),
  held: z.string().nullable().describe('本站收录的对应文件的 slug；未收录为 null'),
});
export type FollowUpRecord = z.infer<typeof followUpRecord>;

export function followUpRecords(site: Site): FollowUpRecord[] {
  return followUpLedger(site).map((e) => ({
    plan: e.plan,
    clause: e.clause,
    path: e.path,
    url: e.url,
    agencies: e.agencies,
    kind: e.kind,
    document: e.document,
    wording: e.wording,
    year: e.year,
    period: e.period,
    held: e.held?.slug ?? null,
  }));
}

export const followUpCsvColumns: Array<{ name: keyof FollowUpRecord; value: (r: FollowUpRecord) => string | number | null }> = (
  ['plan', 'clause', 'path', 'url', 'agencies', 'kind', 'document', 'wording', 'year', 'period', 'held'] as const
).map((name) => ({ name, value: (r: FollowUpRecord) => (name === 'agencies' ? r.agencies.join('；') : r[name]) }));
