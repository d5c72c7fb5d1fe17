/**
 * Related clauses of the site, computed once per build: for each clause, the few most similar
 * clauses in other plans (see `similarity.ts`), ready to list under the clause.
 */
import type { Site } from '../model/index.ts';
import { once } from '../model/once.ts';
import { relatedInputs } from './inputs.ts';
import { relatedClauses, type RelatedLink } from './similarity.ts';

/** One related clause as a list item (plain props for `RelatedClauses.astro`). */
export interface RelatedItem {
  planTitle: string;
  path: string;
  heading: string;
  url: string;
  score: number;
}

export function relatedLinksOf(site: Site): Map<string, RelatedLink[]> {
  return once(site, 'related', (s) => relatedClauses(relatedInputs(s.plans.map((p) => p.doc))));
}

/** The related clauses of one clause, best first; [] when none passes the threshold. */
export function relatedTo(site: Site, plan: string, id: string): RelatedItem[] {
  return (relatedLinksOf(site).get(`${plan}#${id}`) ?? []).flatMap((link) => {
    const clause = site.clause(link.plan, link.id);
    if (!clause) return [];
    return [{ planTitle: site.plan(link.plan).shortTitle, path: clause.path, heading: clause.heading, url: clause.url, score: link.score }];
  });
}
