/**
 * What the portal's rules read from one corpus document, with no editorial help (rule-only):
 * the converter's document and frontmatter, and the very functions the site uses for targets,
 * support measures and citations. Nothing here is tuned to a case.
 */
import {
  DROPPED_LINE_KINDS,
  flattenClauses,
  frontmatterOf,
  inlineDutyLists,
  recognisePlan,
  toMdast,
  type Clause,
  type PlanDocument,
} from '../model/document.ts';
import type { Root, RootContent } from 'mdast';
import { extractCitations } from '../lineage/extract.ts';
import { planStatus } from '../model/status.ts';
import { plainAgencyRef } from '../support/agency-ref.ts';
import { computeMeasures } from '../support/measures.ts';
import { extractTargets } from '../targets/extract.ts';
import type { CorpusCase } from './corpus.ts';

/** The day the corpus' expected statuses are true on. */
export const CORPUS_TODAY = new Date('2026-12-02T00:00:00Z');

export interface Extracted {
  doc: PlanDocument;
  fields: Record<string, string | null>;
  metadata: Record<string, string>;
  headings: string[];
  /** Path of every heading that is an item inside an article (第三条（一）). */
  articleItems: Set<string>;
  targets: Array<{ clause: string; value: number; unit: string; year: number | null }>;
  /** Each measure with its types, the words each type was found by (`why`) and its amounts. */
  support: Array<{ clause: string; types: string[]; why: string[]; amounts: Array<{ value: number; unit: string }> }>;
  /** Each citation's title, and the notice's own title when the text cites the notice that issues it. */
  citations: Array<{ title: string; quoted: string }>;
  agencies: Array<{ clause: string; agencies: string[] }>;
  /** Source lines the converter dropped (page furniture, chrome), listed on the page. */
  droppedLines: Set<number>;
}

/** Every clause with its full number path as printed (`四、（一）2.`, `第二章第五条`). */
export function clausePaths(clauses: Clause[], prefix = ''): Array<{ clause: Clause; path: string }> {
  return clauses.flatMap((clause) => {
    const path = `${prefix}${clause.number}`;
    return [{ clause, path }, ...clausePaths(clause.children, path)];
  });
}

/**
 * The units a clause names, as the lists count them: its （责任单位：…） together (one entry per
 * clause, de-duplicated), then one entry per task-table row (each row is a task of its own).
 */
function agencyLists(clause: Clause): string[][] {
  const inline = [...new Set(clause.blocks.flatMap(inlineDutyLists).flat())];
  const rows = clause.blocks.flatMap((block) => (block.duties ?? []).map((duty) => duty.agencies));
  return [...(inline.length > 0 ? [inline] : []), ...rows];
}

export function extract(c: CorpusCase, bytes: Uint8Array): Extracted {
  const doc = recognisePlan(`${c.dir}/input`, bytes);
  const fm = frontmatterOf({ ...doc, slug: c.slug });
  const paths = clausePaths(doc.clauses);
  const pathOf = new Map(paths.map(({ clause, path }) => [clause.id, path]));
  const status = planStatus(fm, CORPUS_TODAY);
  const plan = { slug: c.slug, doc, status, shortTitle: fm.title, level: fm.level, district: fm.district, clauseUrl: (id: string) => `#${id}` };
  const measures = computeMeasures({ plans: [plan], editorial: new Map(), placesOf: () => [], agencyOf: (_slug, name) => plainAgencyRef(name, fm.district) });
  return {
    doc,
    fields: {
      title: fm.title,
      titleMarks: fm.titleMarks.join(''),
      noticeTitle: fm.noticeTitle ?? null,
      docNumber: fm.docNumber ?? null,
      issuer: fm.issuer ?? fm.drafter?.agency ?? null,
      date: fm.dateSigned ?? fm.drafter?.date ?? null,
      'validity.from': fm.validity?.from ?? null,
      'validity.to': fm.validity?.to ?? null,
      status,
    },
    metadata: Object.fromEntries(doc.metadata.map((f) => [f.label, f.value])),
    headings: paths.map(({ clause, path }) => `${path}${clause.title}`),
    articleItems: new Set(
      paths.filter(({ clause, path }) => clause.kind.startsWith('rank') && /条/u.test(path)).map(({ clause, path }) => `${path}${clause.title}`),
    ),
    targets: extractTargets(doc).map((t) => ({ clause: pathOf.get(t.clause) ?? t.clause, value: t.value, unit: t.unit, year: t.year })),
    support: measures.map((m) => ({
      clause: pathOf.get(m.clause) ?? m.clause,
      types: m.types,
      why: m.evidence.map((e) => `${e.type}:${e.terms.join('/')}`),
      amounts: m.terms?.amounts ?? [],
    })),
    citations: extractCitations(doc).map((m) => ({ title: m.title, quoted: m.quoted })),
    agencies: paths.flatMap(({ clause, path }) => agencyLists(clause).map((agencies) => ({ clause: path, agencies }))),
    droppedLines: new Set(doc.corrections.filter((k) => DROPPED_LINE_KINDS.has(k.kind)).map((k) => k.line)),
  };
}

/**
 * The document's whole text as the page prints it, in order: the tree the page renders
 * (`toMdast`), its text nodes and the attributes its components print (a clause's number and
 * title, a 信息公开 field, a table's cells).
 */
export function documentText(doc: PlanDocument): string {
  const printed: Record<string, (attrs: Record<string, string>) => string> = {
    Clause: (a) => `${a.number ?? ''}${a.titleStart ?? ''}${a.title ?? ''}${a.titleEnd ?? ''}`,
    MetaField: (a) => `${a.label ?? ''}：${a.value ?? ''}`,
    DocTable: (a) => a.rows ?? '',
  };
  const walk = (node: RootContent | Root): string => {
    if (node.type === 'text') return node.value;
    const own =
      node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
        ? (printed[node.name ?? '']?.(
            Object.fromEntries(node.attributes.flatMap((at) => (at.type === 'mdxJsxAttribute' && typeof at.value === 'string' ? [[at.name, at.value]] : []))),
          ) ?? '')
        : '';
    const children = 'children' in node ? (node.children as RootContent[]).map(walk).join('\n') : '';
    return own ? `${own}\n${children}` : children;
  };
  return walk(toMdast(doc));
}

export { flattenClauses };
