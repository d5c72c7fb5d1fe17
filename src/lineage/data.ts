/**
 * `/data/citations.json` and `.csv`: every citation of a document by a plan, with the sentence,
 * where it is, and the cited document (each document's fields repeat on each of its citations).
 */
import { z } from 'astro/zod';
import type { Site } from '../model/index.ts';
import { clauseUrl, planUrl } from '../model/urls.ts';
import { lineageOf } from './index.ts';
import { LEVEL_ORDER } from './levels.ts';

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

/** One citation. */
export const citationRecord = z.object({
  plan: z.string().describe('引用方规划（slug）'),
  clause: z.string().nullable().describe('引用所在条款 id；在印发通知正文中为 notice；在前言中为 null'),
  url: z.string().describe('引用所在位置的链接（条款或前言）'),
  quoted: z.string().describe('书名号内的原文'),
  docNumber: z.string().nullable().describe('紧随书名号的文号（原文写法）；无则为 null'),
  text: z.string().describe('引用所在的原句'),
  document: citedDocument.describe('被引用的文件'),
});
export type CitationRecord = z.infer<typeof citationRecord>;

export function citationRecords(site: Site): CitationRecord[] {
  const lineage = lineageOf(site);
  const documents = new Map(lineage.documents.map((d) => [d.key, { ...d, url: d.plan ? planUrl(d.plan) : null }]));
  return lineage.citations.map((c) => ({
    plan: c.plan,
    clause: c.clause,
    url: c.clause ? clauseUrl(c.plan, c.clause) : `${planUrl(c.plan)}#preamble`,
    quoted: c.quoted,
    docNumber: c.docNumber,
    text: c.text,
    document: documents.get(c.document)!,
  }));
}

export const citationCsvColumns: Array<{ name: string; value: (c: CitationRecord) => string | null }> = [
  { name: 'plan', value: (c) => c.plan },
  { name: 'clause', value: (c) => c.clause },
  { name: 'url', value: (c) => c.url },
  { name: 'quoted', value: (c) => c.quoted },
  { name: 'docNumber', value: (c) => c.docNumber },
  { name: 'document', value: (c) => c.document.title },
  { name: 'documentDocNumber', value: (c) => c.document.docNumber },
  { name: 'documentLevel', value: (c) => c.document.level },
  { name: 'documentPlan', value: (c) => c.document.plan },
  { name: 'text', value: (c) => c.text },
];

export const CITATIONS_TITLE = '规划引用的文件';
export const CITATIONS_DESCRIPTION =
  '各规划在前言和条文中以书名号引用的文件（国家、市、区各级）：每处引用的原句和位置，被引用文件的标题、原文写明的文号和层级；门户收录的规划互相链接。';
