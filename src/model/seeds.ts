/**
 * Reading the seeds and keeping the generated pages honest. The model is always the converter's
 * output on `seeds/` — never the committed MDX — and the committed `content/plans/<slug>.mdx`
 * (the reviewable output of the pipeline, whose tree the plan pages render) must be exactly what
 * a fresh conversion writes. When a seed was edited
 * (or added, or removed) without `npm run convert`, loading the model fails and says which file
 * and which command fix it, so a build can never show a page that differs from the model that
 * search, data files and every other view read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertAll } from '../converter/pipeline.ts';
import type { PlanDocument } from '../converter/types.ts';

export const SEEDS_DIR = 'seeds';
export const PLANS_DIR = 'content/plans';

export interface Seed {
  /** `seeds/<name>.txt`, relative to the project root. */
  file: string;
  bytes: Uint8Array;
}

/** Seeds in a stable order (by file name). */
export function listSeeds(root: string): Seed[] {
  const dir = join(root, SEEDS_DIR);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ file: `${SEEDS_DIR}/${name}`, bytes: readFileSync(join(dir, name)) }));
}

/** Raised when the committed pages do not match the seeds. */
export class StaleContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `The generated plan pages do not match seeds/:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'Run `npm run convert` to regenerate content/plans/ from seeds/, review the diff, and commit both.',
    );
    this.name = 'StaleContentError';
    this.problems = problems;
  }
}

/** What differs between a fresh conversion and `content/plans/` ([] when they agree). */
export function staleContent(root: string, converted: Array<{ doc: PlanDocument; mdx: string }>): string[] {
  const problems: string[] = [];
  const expected = new Set<string>();
  for (const { doc, mdx } of converted) {
    const page = `${PLANS_DIR}/${doc.slug}.mdx`;
    expected.add(`${doc.slug}.mdx`);
    const path = join(root, page);
    if (!existsSync(path)) {
      problems.push(`${page} is missing for ${doc.source}`);
      continue;
    }
    const committed = readFileSync(path, 'utf8');
    if (committed === mdx) continue;
    const hash = /^ {2}sha256: ([0-9a-f]{64})$/mu.exec(committed)?.[1];
    problems.push(
      hash && hash !== doc.sha256
        ? `${doc.source} changed (SHA-256 ${doc.sha256.slice(0, 12)}…) but ${page} was made from ${hash.slice(0, 12)}…`
        : `${page} differs from a fresh conversion of ${doc.source} (line ${firstDifferentLine(committed, mdx)})`,
    );
  }
  const dir = join(root, PLANS_DIR);
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.mdx'))
      .sort()) {
      if (!expected.has(name)) problems.push(`${PLANS_DIR}/${name} has no seed in ${SEEDS_DIR}/`);
    }
  }
  return problems;
}

function firstDifferentLine(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  let i = 0;
  while (i < left.length && left[i] === right[i]) i++;
  return i + 1;
}

/** Converts every seed and checks the committed pages against the result. */
export function convertSeeds(root: string, options: { checkContent?: boolean } = {}): Array<{ doc: PlanDocument; mdx: string; bytes: Uint8Array }> {
  const seeds = listSeeds(root);
  const converted = convertAll(seeds).map((result, i) => ({ ...result, bytes: seeds[i]!.bytes }));
  if (options.checkContent !== false) {
    const problems = staleContent(root, converted);
    if (problems.length > 0) throw new StaleContentError(problems);
  }
  return converted;
}
