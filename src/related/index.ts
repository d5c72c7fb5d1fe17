/**
 * Related clauses of the site, computed once per build: for each clause, the few clauses of
 * other plans that state the same measure (see `similarity.ts`), ready to list under the clause.
 */
import type { Site } from '../model/index.ts';
import { once } from '../model/once.ts';
import { placesOf } from '../places/index.ts';
import { supportOf } from '../support/index.ts';
import { relatedInputs, type PlacesOf, type TypesOf } from './inputs.ts';
import { relatedClauses, type RelatedLink, type RelatedOptions } from './similarity.ts';
import { loadRelatedTerms } from './terms.ts';

/** One related clause as a list item (plain props for `RelatedClauses.astro`). */
export interface RelatedItem {
  planTitle: string;
  path: string;
  heading: string;
  url: string;
  score: number;
}

/** The support types of each clause of the site (the finder's measures). */
export function supportTypesOf(site: Site): TypesOf {
  const types = new Map(supportOf(site).measures.map((m) => [`${m.plan}#${m.clause}`, m.types]));
  return (plan, id) => types.get(`${plan}#${id}`) ?? [];
}

/** The gazetteer places each clause of the site names. */
export function placesNamedBy(site: Site): PlacesOf {
  const byClause = placesOf(site).placesByClause;
  return (plan, id) => byClause.get(`${plan}#${id}`) ?? [];
}

/** Related clauses computed from the site's plans (the build uses the defaults, once: `relatedLinksOf`). */
export function computeRelated(site: Site, options: RelatedOptions = {}): Map<string, RelatedLink[]> {
  return relatedClauses(
    relatedInputs(
      site.plans.map((p) => p.doc),
      supportTypesOf(site),
      placesNamedBy(site),
    ),
    loadRelatedTerms(),
    options,
  );
}

export function relatedLinksOf(site: Site): Map<string, RelatedLink[]> {
  return once(site, 'related', (s) => computeRelated(s));
}

/** The related clauses of one clause, best first; [] when none passes the threshold. */
export function relatedTo(site: Site, plan: string, id: string): RelatedItem[] {
  return (relatedLinksOf(site).get(`${plan}#${id}`) ?? []).flatMap((link) => {
    const clause = site.clause(link.plan, link.id);
    if (!clause) return [];
    return [{ planTitle: site.plan(link.plan).shortTitle, path: clause.path, heading: clause.heading, url: clause.url, score: link.score }];
  });
}
