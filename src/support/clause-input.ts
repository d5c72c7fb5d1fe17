/**
 * What the classifier reads from a converter clause. The text leaves out the closing
 * （责任单位：…）: an agency's name (区市场监管局) says who acts, not what is offered.
 */
import { blockText, flattenClauses, type Clause } from '../model/document.ts';
import { blockTextWithoutDuties, clauseTextWithoutDuties } from '../model/index.ts';
import type { ClauseInput } from './classify.ts';

/** The clause's heading and own paragraphs, without the 责任单位 list. */
export const offerText = clauseTextWithoutDuties;

/** The text a measure shows: each task table whole again, its 责任单位 column included (the offer text leaves it out). */
export function withTablesWhole(clause: Clause, text: string): string {
  const tables = flattenClauses([clause]).flatMap((c) => c.blocks.filter((block) => block.duties));
  return tables.reduce((shown, table) => shown.replace(blockTextWithoutDuties(table), () => blockText(table)), text);
}

/**
 * An article of a 管理办法 (第八条) is one measure with its items (（一）（二）…): they are the parts
 * of one offer, so its text holds them and it has no sub-clauses to offer instead.
 */
const offeredWhole = (clause: Clause) => clause.kind === 'article';

/** `section` is the part of the clause's chapter (its level-1 ancestor). */
export function clauseInput(clause: Clause, section: string, context = ''): ClauseInput {
  const whole = offeredWhole(clause);
  return {
    heading: clause.title,
    context,
    text: whole ? [clause, ...flattenClauses(clause.children)].map(offerText).join('\n') : offerText(clause),
    section,
    hasChildren: !whole && clause.children.length > 0,
    hasBody: clause.blocks.some((block) => block.inlines.some((inline) => inline.kind !== 'duty' && inline.text.trim() !== '')),
  };
}

export interface PlacedClause {
  clause: Clause;
  /** Part of the clause's chapter. */
  section: string;
  /** Numbering path as printed, e.g. 四、（一）2. */
  path: string;
  /** The title of the nearest titled clause above it (what an untitled item is an item of). */
  context: string;
  /** An item inside an article: part of the article's measure, never one of its own. */
  inArticle: boolean;
}

/** Every clause of a plan with its chapter's part and numbering path, in document order. */
export function clausesWithSection(roots: Clause[]): PlacedClause[] {
  const out: PlacedClause[] = [];
  const visit = (clause: Clause, section: string, prefix: string, context: string, inArticle: boolean) => {
    const path = `${prefix}${clause.number}`;
    out.push({ clause, section, path, context, inArticle });
    for (const child of clause.children) visit(child, section, path, clause.title || context, inArticle || offeredWhole(clause));
  };
  for (const root of roots) visit(root, root.part, '', '', false);
  return out;
}
