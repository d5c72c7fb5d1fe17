/**
 * Reading the built site (`dist/`) for tests: plan pages as DOM, their main text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import type { PlanFrontmatter } from '../../src/schemas/plan.ts';

export const root = new URL('../../', import.meta.url).pathname;
export const dist = join(root, 'dist');

export function requireBuild(): void {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` (npm test does it first).');
}

/** Frontmatter of every generated plan, read from content/plans. */
export function planFrontmatters(): PlanFrontmatter[] {
  return readdirSync(join(root, 'content/plans'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => parse(readFileSync(join(root, 'content/plans', f), 'utf8').split(/^---$/m)[1]!) as PlanFrontmatter);
}

export function pageDocument(path: string): Document {
  const file = join(dist, path, path.endsWith('.html') ? '' : 'index.html');
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/** The plan's structured text as a reader sees it: the document, without permalink controls and related-clause lists. */
export function mainText(document: Document): string {
  const text = document.querySelector('.document');
  if (!text) throw new Error('no .document on the page');
  const copy = text.cloneNode(true) as Element;
  for (const added of copy.querySelectorAll('.clause-tools, .related-clauses')) added.remove();
  return copy.textContent ?? '';
}

/** Width-folded (NFKC: full-width → half-width) with all white space removed. */
export const fold = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, '');
