/**
 * Search records from the clause model: what Pagefind indexes and what a hit shows. One
 * record per clause (its URL is the clause anchor, its filters are exactly its own and its plan); the
 * document frame (notice, preamble, closing) and the summary are records too, ranked below
 * the clauses. The raw original is not indexed: every sentence of it is already in a clause
 * or frame record (the fidelity test proves it), and indexing it again would double the
 * index a reader downloads and put unstructured duplicates among the hits. Each clause page
 * links to its original, line by line.
 */
import { agencyFacetValues } from '../agencies/index.ts';
import { blockText } from '../model/document.ts';
import type { SitePlan } from '../model/index.ts';
import { clauseUrl } from '../model/urls.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'zh-cn';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Every record of one plan, read from the model (statuses as of the model's build date). */
export function recordsFor(plan: SitePlan): SearchRecord[] {
  const { doc, frontmatter: fm, summary: summaryData } = plan;
  const short = plan.shortTitle;
  // Only the plan as a filter (it groups the hits): its level, district and status come from the
  // search page's table of plans (plan-facets.ts), so they cost no posting list of every record.
  const common = { plan: [short] };
  const base = {
    plan: `${fm.title}${fm.titleMarks.join('')}`,
    planShort: short,
    docNumber: fm.docNumber ?? '',
    date: fm.dateSigned ?? fm.drafter?.date ?? '',
  };
  const clauses = plan.clauses.map(({ clause, path, text, url }): SearchRecord => {
    return {
      url,
      content: text,
      language: 'zh-cn',
      meta: {
        ...base,
        title: `${short} ${path}${clause.title}`,
        kind: '条款',
        path,
        heading: clause.title,
        agencies: clause.agencies.join('、'),
      },
      filters: {
        ...common,
        part: [clause.part],
        ...(clause.agencies.length > 0 ? { agency: agencyFacetValues(fm.slug, clause.agencies) } : {}),
        // No `kind`: a record without one is a clause (engine.ts, CLAUSE_KIND), which keeps that
        // filter's file to the few other records of each plan.
      },
    };
  });
  const frame = (id: string, path: string, parts: Array<string | undefined>): SearchRecord[] => {
    const content = parts.filter((p): p is string => !!p).join('\n');
    if (content === '') return [];
    return [
      {
        url: clauseUrl(fm.slug, id),
        content,
        language: 'zh-cn',
        meta: { ...base, title: `${short} ${path}`, kind: '文件', path, heading: '', agencies: '' },
        filters: { ...common, kind: ['文件'] },
      },
    ];
  };
  const notice = doc.notice;
  const frames = [
    ...frame(
      'metadata',
      '信息公开',
      doc.metadata.map((f) => `${f.label}：${f.value}`),
    ),
    ...(notice
      ? frame('notice', '印发通知', [
          notice.letterhead,
          notice.docNumber,
          notice.title,
          notice.addressees,
          ...notice.body.map((p) => p.text),
          notice.signer,
          notice.dateText,
          ...notice.remarks,
        ])
      : []),
    ...frame('preamble', '前言', [doc.titleLabel, `${doc.title}${doc.titleMarks.join('')}`, doc.titleNote?.text, ...doc.preamble.map(blockText)]),
    ...frame(
      'attachments',
      '附件目录',
      (doc.attachments ?? []).map((p) => p.text),
    ),
    ...frame('appendix', '附件', doc.appendix.map(blockText)),
    ...frame('closing', '版记', [
      doc.closing.drafter && `${doc.closing.drafter.agency} ${doc.closing.drafter.dateText}`,
      doc.closing.cc && `抄送：${doc.closing.cc}`,
      doc.closing.printedText && `${doc.closing.printedBy ?? ''} ${doc.closing.printedText}印发`,
    ]),
  ];
  const summary = summaryData && [summaryData.lede, ...summaryData.points.map((p) => p.text)].join('\n');
  const summaries: SearchRecord[] = summary
    ? [
        {
          url: clauseUrl(fm.slug, 'summary-heading'),
          content: summary,
          language: 'zh-cn',
          meta: { ...base, title: `${short} 摘要`, kind: '摘要', path: '摘要', heading: '', agencies: '' },
          filters: { ...common, kind: ['摘要'] },
        },
      ]
    : [];
  return [...clauses, ...frames, ...summaries];
}
