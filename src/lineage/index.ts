/**
 * The citation graph of the site, computed once per build, and what each plan page shows:
 * 本规划引用 (what it cites) and 被引用 (which plans in the portal cite it).
 */
import type { Site } from '../model/index.ts';
import { once } from '../model/once.ts';
import { clauseUrl, planUrl } from '../model/urls.ts';
import { computeLineage, type CitedDocument, type Lineage } from './model.ts';
import { NOTICE_CLAUSE } from './extract.ts';

export function lineageOf(site: Site): Lineage {
  return once(site, 'lineage', (s) => computeLineage(s.plans.map((p) => ({ slug: p.slug, doc: p.doc, level: p.level }))));
}

/** One line of 本规划引用 / 被引用, ready to render (plain props for a component). */
export interface CitationItem {
  /** The cited document's title (本规划引用) or the citing plan's title (被引用). */
  title: string;
  /** Link to the plan page when that document is a plan of the portal. */
  href: string | null;
  /** 文号 as printed in a plan's text; `null` when no text prints one. */
  docNumber: string | null;
  /** `印发通知的文号` when the number is that of the notice issuing the document. */
  docNumberNote: string | null;
  level: string;
  levelSource: string;
  /** Where the citation is: the clause's link, or the plan page's preamble. */
  where: { label: string; href: string };
  /** The sentence that cites. */
  text: string;
}

export interface PlanCitations {
  cites: CitationItem[];
  citedBy: CitationItem[];
}

function whereOf(site: Site, plan: string, clause: string | null): { label: string; href: string } {
  if (clause === null) return { label: '前言', href: `${planUrl(plan)}#preamble` };
  if (clause === NOTICE_CLAUSE) return { label: '印发通知', href: clauseUrl(plan, NOTICE_CLAUSE) };
  return { label: site.clause(plan, clause)?.path ?? clause, href: clauseUrl(plan, clause) };
}

function documentItem(site: Site, d: CitedDocument): Pick<CitationItem, 'title' | 'href' | 'docNumber' | 'docNumberNote' | 'level' | 'levelSource'> {
  return {
    title: d.plan ? site.plan(d.plan).fullTitle : d.title,
    href: d.plan ? planUrl(d.plan) : null,
    docNumber: d.docNumber,
    docNumberNote: d.docNumberOf ? '印发通知的文号' : null,
    level: d.level,
    levelSource: d.levelSource,
  };
}

/** Per plan slug: what it cites and who cites it. Every plan has an entry (empty lists when none). */
export function citationsOf(site: Site): Map<string, PlanCitations> {
  return once(site, 'plan-citations', (s) => {
    const lineage = lineageOf(s);
    const documents = new Map(lineage.documents.map((d) => [d.key, d]));
    const result = new Map<string, PlanCitations>();
    for (const [slug, { cites, citedBy }] of lineage.byPlan) {
      result.set(slug, {
        cites: cites.map((c) => ({ ...documentItem(s, documents.get(c.document)!), where: whereOf(s, c.plan, c.clause), text: c.text })),
        citedBy: citedBy.map((c) => {
          const citing = s.plan(c.plan);
          return {
            title: citing.fullTitle,
            href: planUrl(c.plan),
            docNumber: citing.frontmatter.docNumber ?? null,
            docNumberNote: null,
            level: citing.level,
            levelSource: '本门户收录的规划',
            where: whereOf(s, c.plan, c.clause),
            text: c.text,
          };
        }),
      });
    }
    return result;
  });
}
