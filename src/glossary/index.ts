/**
 * The glossary of this build (/glossary/): the editorial terms, their quotes checked against the
 * seeds once per build, with the links the page shows. Clause text links each term's first
 * occurrence to its entry (`linkTerms`), and the search page widens a query for a full name to
 * the abbreviation (`glossarySearchWords`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Site } from '../model/index.ts';
import { once } from '../model/once.ts';
import { pageUrl } from '../model/urls.ts';
import { seedLines } from '../validity/index.ts';
import { checkGlossaryQuotes, GLOSSARY_FILE, parseGlossary, type GlossaryTerm } from './schema.ts';

export type { GlossaryTerm } from './schema.ts';

export const glossaryUrl = (): string => pageUrl('/glossary/');
export const glossaryTermUrl = (id: string): string => `${glossaryUrl()}#${id}`;

/** The checked glossary of a site, once per build. */
export function glossaryOf(site: Site, root = process.cwd()): GlossaryTerm[] {
  return once(site, 'glossary', (s) => {
    const terms = parseGlossary(readFileSync(join(root, GLOSSARY_FILE), 'utf8'));
    const lines = new Map(s.plans.map((p) => [p.slug, seedLines(p.bytes)]));
    checkGlossaryQuotes(terms, (plan) => lines.get(plan));
    return terms;
  });
}

/** A piece of clause text: as written, or a term linked to its entry. */
export type TextPiece = string | { term: string; href: string; title: string };

/** What the link's title says: the full forms, or that the text states none. */
function linkTitle(term: GlossaryTerm): string {
  if (term.expansions.length > 0) return `${term.term}：${term.expansions.map((e) => (e.district ? `${e.district} ${e.text}` : e.text)).join('；')}（术语表）`;
  return `${term.term}：${term.kind === '机构简称' ? '文本未载明全称' : '文本未载明定义'}（术语表）`;
}

/**
 * Splits `text` so that the first occurrence of each term not in `done` is its own piece (longest
 * term first where two start together); `done` collects the terms linked. Joining the pieces'
 * text gives `text` back unchanged.
 */
export function linkTerms(text: string, terms: readonly GlossaryTerm[], done: Set<string>): TextPiece[] {
  const pieces: TextPiece[] = [];
  const sorted = [...terms].sort((a, b) => b.term.length - a.term.length);
  let rest = text;
  for (;;) {
    let best: { at: number; term: GlossaryTerm } | undefined;
    for (const term of sorted) {
      if (done.has(term.term)) continue;
      const at = rest.indexOf(term.term);
      if (at >= 0 && (!best || at < best.at)) best = { at, term };
    }
    if (!best) break;
    if (best.at > 0) pieces.push(rest.slice(0, best.at));
    pieces.push({ term: best.term.term, href: glossaryTermUrl(best.term.id), title: linkTitle(best.term) });
    done.add(best.term.term);
    rest = rest.slice(best.at + best.term.term.length);
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

/** For the search page: a query that is a term's full form also searches the term (as the enterprise words do). */
export function glossarySearchWords(terms: readonly GlossaryTerm[]): Array<{ words: string[]; planWords: string[] }> {
  return terms.filter((t) => t.expansions.length > 0).map((t) => ({ words: [...new Set(t.expansions.map((e) => e.text))], planWords: [t.term] }));
}
