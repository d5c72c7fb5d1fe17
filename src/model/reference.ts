/**
 * A plan as a reference: the fields a citation takes from it (only what the text states — the
 * issuing office as it signs, the 文号, the 成文日期, the notice's own title), and the forms
 * readers and reference managers use: a GB/T 7714-2015 entry, RIS, BibTeX and CSL-JSON.
 */
import { CLAUSE_SLOT, URL_SLOT } from '../contracts/citation-template.ts';
import { clauseCitation, type CitableClause } from './citation.ts';
import type { SitePlan } from './index.ts';

export interface PlanReference {
  slug: string;
  /** The issuing office as the notice (or the drafting office) signs; undefined when none signs. */
  issuer?: string;
  /** The document's title as the reader meets it: the issuing notice's own title when there is one. */
  title: string;
  docNumber?: string;
  /** 成文日期 (ISO), when printed. */
  date?: string;
  /** The plan's page (absolute when the site's origin is known). */
  url: string;
  outline: CitableClause[];
}

export function planReference(plan: SitePlan, url: string): PlanReference {
  const fm = plan.frontmatter;
  const issuer = fm.issuer ?? fm.drafter?.agency;
  return {
    slug: plan.slug,
    ...(issuer ? { issuer } : {}),
    title: fm.noticeTitle ?? `${fm.title}${fm.titleMarks.join('')}`,
    ...(fm.docNumber ? { docNumber: fm.docNumber } : {}),
    ...(fm.dateSigned ? { date: fm.dateSigned } : {}),
    url,
    outline: fm.outline,
  };
}

/**
 * GB/T 7714-2015 (电子资源): `主要责任者. 题名: 文号, 条款[A/OL]. (成文日期)[引用日期]. URL.` — [A] for
 * an issued document with its 文号, [Z] for one without (a draft). No author is made up where
 * none signs, and no date where none is printed.
 */
export function gbtReference(ref: PlanReference, accessed: string, clauseId?: string, clauseUrl?: string): string {
  return entry(ref, accessed, clauseId ? clauseCitation(ref.outline, clauseId) : '', clauseUrl ?? ref.url);
}

/** The entry of any clause of the plan, with CLAUSE_SLOT and URL_SLOT for the clause and its link. */
export const gbtClauseTemplate = (ref: PlanReference, accessed: string): string => entry(ref, accessed, CLAUSE_SLOT, URL_SLOT);

function entry(ref: PlanReference, accessed: string, where: string, url: string): string {
  const other = [ref.docNumber, where].filter(Boolean).join(', ');
  const type = ref.docNumber ? 'A/OL' : 'Z/OL';
  return [
    ref.issuer ? `${ref.issuer}. ` : '',
    `${ref.title}${other ? `: ${other}` : ''}[${type}]. `,
    ref.date ? `(${ref.date})` : '',
    `[${accessed}]. `,
    `${url}.`,
  ].join('');
}

const dateParts = (iso: string) => iso.split('-').map(Number);

/** RIS (Zotero, EndNote): a report (RPRT: readers map its DA to the date and M1 to the number; GOVDOC keeps only a year). */
export function risReference(ref: PlanReference, accessed: string): string {
  const lines = [
    ['TY', 'RPRT'],
    ['TI', ref.title],
    ...(ref.issuer
      ? [
          ['AU', ref.issuer],
          ['PB', ref.issuer],
        ]
      : []),
    ...(ref.date
      ? [
          // DA, the full date (readers take a PY over it and keep only its year).
          ['DA', ref.date.replaceAll('-', '/')],
        ]
      : []),
    ...(ref.docNumber ? [['M1', ref.docNumber]] : []),
    ['UR', ref.url],
    ['Y2', accessed.replaceAll('-', '/')],
    ['LA', 'zh-CN'],
    ['ER', ''],
  ];
  return `${lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\r\n')}\r\n`;
}

/** BibTeX braces its values: a brace or backslash in them is escaped. */
const bib = (value: string) => value.replace(/[\\{}]/gu, (c) => `\\${c}`);

export function bibtexReference(ref: PlanReference, accessed: string): string {
  const fields: Array<[string, string]> = [
    ['title', bib(ref.title)],
    // A corporate author in its own braces, so it is not split into given and family names.
    ...(ref.issuer
      ? ([
          ['author', `{${bib(ref.issuer)}}`],
          ['institution', bib(ref.issuer)],
        ] as Array<[string, string]>)
      : []),
    ...(ref.date
      ? ([
          ['year', ref.date.slice(0, 4)],
          ['date', ref.date],
        ] as Array<[string, string]>)
      : []),
    ...(ref.docNumber ? ([['number', bib(ref.docNumber)]] as Array<[string, string]>) : []),
    ['url', ref.url],
    ['urldate', accessed],
    ['langid', 'chinese'],
  ];
  const body = fields.map(([key, value]) => `  ${key} = {${value}}`).join(',\n');
  return `@techreport{${ref.slug},\n${body}\n}\n`;
}

/** CSL-JSON (citeproc, Zotero): one item, a report with its 文号 as number. */
export function cslReference(ref: PlanReference, accessed: string): Array<Record<string, unknown>> {
  return [
    {
      id: ref.slug,
      type: 'report',
      title: ref.title,
      ...(ref.issuer ? { author: [{ literal: ref.issuer }], publisher: ref.issuer } : {}),
      ...(ref.date ? { issued: { 'date-parts': [dateParts(ref.date)] } } : {}),
      ...(ref.docNumber ? { number: ref.docNumber } : {}),
      URL: ref.url,
      accessed: { 'date-parts': [dateParts(accessed)] },
      language: 'zh-CN',
    },
  ];
}

/** Zotero's and Google Scholar's `citation_*` meta tags for a plan page. */
export function citationMeta(ref: PlanReference): Array<{ name: string; content: string }> {
  return [
    { name: 'citation_title', content: ref.title },
    ...(ref.issuer
      ? [
          { name: 'citation_author', content: ref.issuer },
          { name: 'citation_technical_report_institution', content: ref.issuer },
        ]
      : []),
    ...(ref.date ? [{ name: 'citation_date', content: ref.date.replaceAll('-', '/') }] : []),
    ...(ref.docNumber ? [{ name: 'citation_technical_report_number', content: ref.docNumber }] : []),
    { name: 'citation_language', content: 'zh' },
    { name: 'citation_public_url', content: ref.url },
  ];
}

/** The reference files of a plan page: `/plans/<slug>/cite.<ext>`, each with its media type and writer. */
export const REFERENCE_FILES = {
  ris: { type: 'application/x-research-info-systems; charset=utf-8', label: 'RIS（Zotero、EndNote）', write: risReference },
  bib: { type: 'application/x-bibtex; charset=utf-8', label: 'BibTeX', write: bibtexReference },
  json: {
    type: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    label: 'CSL-JSON',
    write: (ref: PlanReference, accessed: string) => `${JSON.stringify(cslReference(ref, accessed), null, 2)}\n`,
  },
} as const;
export type ReferenceFormat = keyof typeof REFERENCE_FILES;
