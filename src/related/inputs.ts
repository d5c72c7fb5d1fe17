/**
 * The text each clause is compared on: heading and own paragraphs, without the
 * `（责任单位：…）` list (shared agency names would make every task of a district alike).
 */
import type { Clause, PlanDocument } from '../model/document.ts';
import { blockTextsWithoutDuties } from '../model/index.ts';
import type { RelatedInput } from './similarity.ts';

/** `（2）` under `11.设立合成生物专项基金` has no heading: it is compared with its parent's. */
export function comparableText(clause: Clause, parent?: Clause): string {
  const body = blockTextsWithoutDuties(clause);
  const title = clause.title || parent?.title || '';
  return [title, ...body].join('\n');
}

function withParents(clauses: Clause[], parent?: Clause): Array<[Clause, Clause | undefined]> {
  return clauses.flatMap((c): Array<[Clause, Clause | undefined]> => [[c, parent], ...withParents(c.children, c)]);
}

/**
 * Clauses that take part: not the 总体 part (指导思想, 基本原则: the same formulas in every plan),
 * not headings without text of their own (`四、任务部署`, whose substance is in their sub-clauses).
 * The others are listed with empty text, so they get no links and are no one's link.
 */
export function takesPart(clause: Clause): boolean {
  return clause.part !== '总体' && clause.blocks.length > 0;
}

/** The kinds of support a clause offers (`plan`, clause id → types); none when not given. */
export type TypesOf = (plan: string, id: string) => readonly string[];

/** The gazetteer places a clause names (`plan`, clause id → place ids); none when not given. */
export type PlacesOf = (plan: string, id: string) => readonly string[];

export function relatedInputs(plans: PlanDocument[], typesOf: TypesOf = () => [], placesOf: PlacesOf = () => []): RelatedInput[] {
  return plans.flatMap((doc) =>
    withParents(doc.clauses).map(([c, parent]) => ({
      plan: doc.slug,
      id: c.id,
      text: takesPart(c) ? comparableText(c, parent) : '',
      types: typesOf(doc.slug, c.id),
      part: c.part,
      places: placesOf(doc.slug, c.id),
    })),
  );
}
