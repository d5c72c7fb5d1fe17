/**
 * What the classifier reads from a converter clause. The text leaves out the closing
 * （责任单位：…）: an agency's name (区市场监管局) says who acts, not what is offered.
 */
import type { Clause } from '../converter/types.ts';
import { clauseTextWithoutDuties } from '../model/index.ts';
import type { ClauseInput } from './classify.ts';

/** The clause's heading and own paragraphs, without the 责任单位 list. */
export const offerText = clauseTextWithoutDuties;

/** `section` is the part of the clause's chapter (its level-1 ancestor). */
export function clauseInput(clause: Clause, section: string, context = ''): ClauseInput {
  return {
    heading: clause.title,
    context,
    text: offerText(clause),
    section,
    hasChildren: clause.children.length > 0,
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
}

/** Every clause of a plan with its chapter's part and numbering path, in document order. */
export function clausesWithSection(roots: Clause[]): PlacedClause[] {
  const out: PlacedClause[] = [];
  const visit = (clause: Clause, section: string, prefix: string, context: string) => {
    const path = `${prefix}${clause.number}`;
    out.push({ clause, section, path, context });
    for (const child of clause.children) visit(child, section, path, clause.title || context);
  };
  for (const root of roots) visit(root, root.part, '', '');
  return out;
}
