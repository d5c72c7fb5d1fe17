/** `/data/citations.json`: the documents the plans cite, and every citation with its sentence. */
import { z } from 'astro/zod';
import type { Site } from '../model/index.ts';
import { clauseUrl, planUrl } from '../model/urls.ts';
import { lineageOf } from './index.ts';
import { LEVEL_ORDER } from './model.ts';

const citedDocument = z.object({
  key: z.string().describe('文件标识：门户内规划为 plan:<slug>，其他为规范化的标题'),
  title: z.string().describe('文件标题（引用它的规划所写）'),
  docNumber: z.string().nullable().describe('文号，仅当某份规划的原文写明时给出；否则为 null（本站不补）'),
  docNumberFrom: z.string().nullable().describe('写明该文号的规划（slug）'),
  docNumberOf: z.string().nullable().describe('文号属于印发该文件的通知时，通知的标题'),
  level: z.enum(LEVEL_ORDER as [string, ...string[]]).describe('层级：国家级、市级、区级、未判定'),
  levelSource: z.string().describe('层级的依据：原文事实（文号、标题）或编者判断（注明）'),
  plan: z.string().nullable().describe('该文件是本门户收录的规划时，其 slug'),
  url: z.string().nullable().describe('门户内规划的页面地址'),
});

const citation = z.object({
  plan: z.string().describe('引用方规划（slug）'),
  clause: z.string().nullable().describe('引用所在条款 id；在前言中为 null'),
  url: z.string().describe('引用所在位置的链接（条款或前言）'),
  document: z.string().describe('被引用文件的 key'),
  quoted: z.string().describe('书名号内的原文'),
  docNumber: z.string().nullable().describe('紧随书名号的文号（原文写法）；无则为 null'),
  text: z.string().describe('引用所在的原句'),
});

export const citationsDocumentSchema = z.object({
  dataset: z.literal('citations'),
  title: z.string(),
  description: z.string(),
  license: z.string(),
  asOf: z.string().describe('数据日期'),
  documents: z.array(citedDocument).describe('被引用的文件，每份一次'),
  citations: z.array(citation).describe('每一处引用'),
});

export const CITATIONS_TITLE = '规划引用的文件';
export const CITATIONS_DESCRIPTION = '各规划在前言和条文中以书名号引用的文件（国家、市、区各级）、原文写明的文号、引用所在的句子和链接；门户收录的规划互相链接。';

export function citationsDocument(site: Site, license: string): z.infer<typeof citationsDocumentSchema> {
  const lineage = lineageOf(site);
  return {
    dataset: 'citations',
    title: CITATIONS_TITLE,
    description: CITATIONS_DESCRIPTION,
    license,
    asOf: site.today.toISOString().slice(0, 10),
    documents: lineage.documents.map((d) => ({ ...d, url: d.plan ? planUrl(d.plan) : null })),
    citations: lineage.citations.map((c) => ({
      plan: c.plan,
      clause: c.clause,
      url: c.clause ? clauseUrl(c.plan, c.clause) : `${planUrl(c.plan)}#preamble`,
      document: c.document,
      quoted: c.quoted,
      docNumber: c.docNumber,
      text: c.text,
    })),
  };
}
