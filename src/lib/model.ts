/**
 * The clause model at build time: every seed through the converter, once per process.
 * Pages, search records and places read clauses from here, so everything shares one model.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertAll } from '../converter/pipeline.ts';
import { blockText, flattenClauses } from '../converter/recognise-structure.ts';
import { frontmatterOf } from '../converter/serialize.ts';
import type { Clause, PlanDocument } from '../converter/types.ts';
import type { PlanFrontmatter } from '../schemas/plan.ts';

export interface ModelPlan {
  doc: PlanDocument;
  frontmatter: PlanFrontmatter;
}

let cache: ModelPlan[] | undefined;

/** All plans, recognised from `seeds/` (relative to the working directory: the project root). */
export function loadModel(root = process.cwd()): ModelPlan[] {
  if (cache) return cache;
  const dir = join(root, 'seeds');
  const seeds = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ file: `seeds/${name}`, bytes: readFileSync(join(dir, name)) }));
  cache = convertAll(seeds).map(({ doc }) => ({ doc, frontmatter: frontmatterOf(doc) }));
  return cache;
}

/** A clause's own text: its heading (number, title) and its paragraphs, not its sub-clauses. */
export function clauseText(clause: Clause): string {
  const heading = `${clause.number}${clause.title}${clause.titleEnd}`;
  return [heading, ...clause.blocks.map(blockText)].join('\n');
}

export { flattenClauses };
