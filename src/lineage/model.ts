/**
 * The citation graph across plans: cited documents (each once, however many plans cite it),
 * the mentions that cite them, and for each plan what it cites and who cites it.
 * Linear in the number of mentions; a title or 文号 shared by several plans in the portal
 * (synthetic copies) resolves to the first of them in site order.
 */
import type { PlanDocument } from '../model/document.ts';
import { EDITORIAL_LEVELS } from './editorial.ts';
import type { DocumentLevel } from './levels.ts';
import { extractCitations, titleKey, type CitationMention } from './extract.ts';

export interface CitedDocument {
  /** Stable key: the comparable form of the title. */
  key: string;
  /** Title as printed by the first plan that cites it. */
  title: string;
  /** 文号, only when some citing text prints it. */
  docNumber: string | null;
  /** Which plan's text gives the 文号. */
  docNumberFrom: string | null;
  /** When the 文号 is that of a notice issuing the document (`《…关于印发<X>的通知》（沪府发〔2022〕11号）`), the notice's title. */
  docNumberOf: string | null;
  level: DocumentLevel;
  /** Why this level: a fact of the text or an editorial judgement, in words. */
  levelSource: string;
  /** The portal plan this document is, when it is one. */
  plan: string | null;
}

export interface Citation extends CitationMention {
  /** Key of the cited document. */
  document: string;
}

export interface LineagePlan {
  slug: string;
  doc: PlanDocument;
  level: '市级' | '区级';
}

export interface Lineage {
  documents: CitedDocument[];
  citations: Citation[];
  /** Per plan slug: its citations, and the citations of other plans that cite it. */
  byPlan: Map<string, { cites: Citation[]; citedBy: Citation[] }>;
}

function levelOf(title: string, docNumber: string | null): { level: DocumentLevel; source: string } {
  if (docNumber?.startsWith('沪')) return { level: '市级', source: `文号“${docNumber}”为上海市发文` };
  const editorial = EDITORIAL_LEVELS[title];
  if (editorial) return { level: editorial.level, source: editorial.note };
  if (title.startsWith('上海')) return { level: '市级', source: '标题冠以“上海”' };
  const district = /^[\u4e00-\u9fff]{1,4}区/u.exec(title);
  if (district) return { level: '区级', source: `标题冠以“${district[0]}”` };
  return { level: '未判定', source: '文本未说明，编者未判定' };
}

export function computeLineage(plans: LineagePlan[]): Lineage {
  const planByKey = new Map<string, LineagePlan>();
  const planByNumber = new Map<string, LineagePlan>();
  for (const p of plans) {
    const key = titleKey(p.doc.title);
    if (!planByKey.has(key)) planByKey.set(key, p);
    const number = p.doc.notice?.docNumber;
    if (number && !planByNumber.has(number)) planByNumber.set(number, p);
  }
  const documents = new Map<string, CitedDocument>();
  const citations: Citation[] = [];
  const byPlan = new Map(plans.map((p) => [p.slug, { cites: [] as Citation[], citedBy: [] as Citation[] }]));
  for (const p of plans) {
    for (const mention of extractCitations(p.doc)) {
      const portal = (mention.docNumber ? planByNumber.get(mention.docNumber) : undefined) ?? planByKey.get(titleKey(mention.title));
      const key = portal ? `plan:${portal.slug}` : titleKey(mention.title);
      let document = documents.get(key);
      if (!document) {
        const level = portal ? { level: portal.level, source: '本门户收录的规划' } : levelOf(mention.title, mention.docNumber);
        document = {
          key,
          title: portal ? portal.doc.title : mention.title,
          docNumber: portal ? (portal.doc.notice?.docNumber ?? null) : mention.docNumber,
          docNumberFrom: portal ? portal.slug : mention.docNumber ? p.slug : null,
          docNumberOf: portal ? null : mention.docNumber ? mention.via : null,
          level: level.level,
          levelSource: level.source,
          plan: portal?.slug ?? null,
        };
        documents.set(key, document);
      } else if (!document.docNumber && mention.docNumber) {
        document.docNumber = mention.docNumber;
        document.docNumberFrom = p.slug;
        document.docNumberOf = mention.via;
        const level = levelOf(document.title, mention.docNumber);
        if (!document.plan) Object.assign(document, { level: level.level, levelSource: level.source });
      }
      const citation: Citation = { ...mention, document: key };
      citations.push(citation);
      byPlan.get(p.slug)!.cites.push(citation);
      if (portal && portal.slug !== p.slug) byPlan.get(portal.slug)!.citedBy.push(citation);
    }
  }
  return { documents: [...documents.values()], citations, byPlan };
}
