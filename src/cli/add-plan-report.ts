/**
 * What add-plan prints once a plan is in: what the importer and the converter recognised, what
 * they left out or flagged, and the editorial work still to do — with the clauses that read as
 * support measures and the place-like names the gazetteer does not know, found by the same
 * code the site uses (support classification, place mentions).
 */
import { flattenClauses, type PlanDocument } from '../model/document.ts';
import { checkedFrontmatter } from '../model/index.ts';
import { loadGazetteer } from '../places/data.ts';
import { findUnexplainedPlaceTerms } from '../places/mentions.ts';
import { classifyClause } from '../support/classify.ts';
import { clauseInput, clausesWithSection } from '../support/clause-input.ts';
import type { ImportedDocument } from '../importers/index.ts';

interface Added {
  slug: string;
  imported: ImportedDocument;
  written: string[];
  doc: PlanDocument;
}

const LIST_AT_MOST = 12;

/** At most `LIST_AT_MOST` items, then how many more. */
function listed(items: string[], indent = '    '): string[] {
  const shown = items.slice(0, LIST_AT_MOST).map((item) => `${indent}${item}`);
  return items.length > LIST_AT_MOST ? [...shown, `${indent}… and ${items.length - LIST_AT_MOST} more`] : shown;
}

export function describeAddedPlan(root: string, file: string, added: Added): string {
  const { slug, imported, doc } = added;
  const fm = checkedFrontmatter(doc);
  const { report } = imported;
  const out: string[] = [`add-plan: ${file} (${imported.format}) → seeds/${slug}.txt, ${doc.stats.sourceLines} lines`, `  wrote ${added.written.join(', ')}`];

  out.push('', 'Recognised:');
  out.push(`  title: ${fm.title}${fm.titleMarks.join('')}`);
  if (fm.noticeTitle) out.push(`  notice: ${fm.noticeTitle}`);
  out.push(`  文号: ${fm.docNumber ?? '(none found)'}`);
  if (fm.issuer) out.push(`  issuer: ${fm.issuer}`);
  const dates = [
    fm.dateSigned && `成文 ${fm.dateSigned}`,
    fm.drafter && `${fm.drafter.agency} ${fm.drafter.date}`,
    fm.datePrinted && `印发 ${fm.datePrinted}`,
  ].filter(Boolean);
  out.push(`  dates: ${dates.length > 0 ? dates.join('; ') : '(none found)'}`);
  out.push(`  period: ${fm.period?.text ?? '(none in the title)'}`);
  const clauses = flattenClauses(doc.clauses);
  const byLevel = [1, 2, 3, 4].map((level) => clauses.filter((c) => c.level === level).length);
  out.push(`  headings: ${clauses.length} (一、 ${byLevel[0]}, （一） ${byLevel[1]}, 1. ${byLevel[2]}, （1） ${byLevel[3]})`);
  out.push(`  corrections listed under 文本说明: ${doc.corrections.length}`);

  const metadata = Object.entries(report.metadata);
  if (metadata.length > 0)
    out.push(
      '',
      `信息公开 metadata read from the page (${metadata.length} fields, first lines of the seed):`,
      ...listed(metadata.map(([k, v]) => `${k}：${v}`)),
    );
  if (report.dropped.length > 0)
    out.push(
      '',
      `Left out of the seed (web-page chrome, ${report.dropped.length} blocks; the kept original has them):`,
      ...listed(report.dropped.map((d) => (d.length > 60 ? `${d.slice(0, 60)}…` : d))),
    );
  if (report.furniture.length > 0) {
    const count = (kind: string) => report.furniture.filter((f) => f.kind === kind).length;
    out.push(
      '',
      `Page furniture kept on lines of its own for the converter to drop and list: ${count('running-header')} running headers, ${count('page-number')} page numbers`,
    );
  }
  if (report.notes.length > 0) out.push('', 'Import notes:', ...listed(report.notes));
  if (doc.warnings.length > 0)
    out.push('', `Warnings (待核对 on the page, ${doc.warnings.length}):`, ...listed(doc.warnings.map((w) => `${doc.source}:${w.line}: ${w.message}`)));

  out.push('', 'Still to do by an editor:');
  out.push(
    `  1. Read /plans/${slug}/ (its 文本说明) beside /plans/${slug}/original/${added.written.some((w) => w.startsWith('seeds/originals/')) ? ' and the kept original' : ''}; fix the import, never the MDX.`,
  );
  out.push(`  2. Write content/summaries/${slug}.yaml (shortTitle, lede, 5–14 points citing clause ids).`);
  const offers = supportClauses(doc);
  out.push(
    offers.length > 0
      ? `  3. Write content/support/${slug}.yaml: a one-line summary (with key terms) for each of the ${offers.length} clauses read as support measures:`
      : `  3. No clause reads as a support measure; if one offers enterprises something, list it in content/support/${slug}.yaml (included).`,
    ...listed(offers, '       '),
  );
  const places = unknownPlaces(root, doc);
  out.push(
    places.length > 0
      ? `  4. Place-like names not in the gazetteer (add to content/places/places.yaml, or to not-mapped.yaml with a reason):`
      : '  4. Places: every place-like name is in the gazetteer or listed as not mapped.',
    ...listed(places, '       '),
  );
  out.push(`  5. npm test, then commit ${added.written.filter((w) => w !== 'content/plans/' + slug + '.mdx').join(', ')} and content/plans/ together.`);
  return out.join('\n');
}

/** Clauses the support classifier reads as offering enterprises something. */
function supportClauses(doc: PlanDocument): string[] {
  return clausesWithSection(doc.clauses).flatMap(({ clause, section, path }) => {
    const { types } = classifyClause(clauseInput(clause, section));
    return types.length > 0 ? [`${clause.id} ${path}${clause.title ? ` ${clause.title}` : ''} [${types.join(', ')}]`] : [];
  });
}

/** Place-like terms of the new plan that the gazetteer neither maps nor lists as not mapped. */
function unknownPlaces(root: string, doc: PlanDocument): string[] {
  const hits = findUnexplainedPlaceTerms(loadGazetteer(root), [{ doc, frontmatter: checkedFrontmatter(doc) }]);
  const byTerm = new Map<string, string>();
  for (const hit of hits) if (!byTerm.has(hit.term)) byTerm.set(hit.term, `${hit.term}（${hit.where}: …${hit.context}…）`);
  return [...byTerm.values()];
}
