/**
 * The one adapter between the site's model and the finder: which plans exist, their status,
 * names and links, and which places each clause names. When `src/model/` lands (loadSite(),
 * urls.ts, once()), only this file changes.
 */
import { loadGazetteer, findMentions, planLabels, clauseUrl } from '../lib/places.ts';
import { loadModel } from '../lib/model.ts';
import { buildToday, planStatus } from '../lib/status.ts';
import type { PlaceRef, SupportPlan } from './measures.ts';

export interface SupportSource {
  plans: SupportPlan[];
  placesOf: (plan: string, clause: string) => PlaceRef[];
}

export function supportSource(root = process.cwd(), today: Date = buildToday()): SupportSource {
  const model = loadModel(root);
  const labels = planLabels(model, root);
  const plans: SupportPlan[] = model.map(({ doc, frontmatter }) => ({
    slug: frontmatter.slug,
    doc,
    status: planStatus(doc, today),
    shortTitle: labels.get(frontmatter.slug)?.shortTitle ?? doc.title,
    level: frontmatter.level,
    district: frontmatter.district,
    clauseUrl: (id: string) => clauseUrl(frontmatter.slug, id),
  }));
  // City plan first, then districts, each by date (slug starts with the year).
  plans.sort((a, b) => (a.level === b.level ? a.slug.localeCompare(b.slug) : a.level === '市级' ? -1 : 1));
  const gazetteer = loadGazetteer(root);
  const placeById = new Map(gazetteer.places.map((place) => [place.id, place]));
  const byClause = new Map<string, PlaceRef[]>();
  for (const mention of findMentions(gazetteer, model)) {
    const place = placeById.get(mention.place);
    if (!place) continue;
    const key = `${mention.plan}/${mention.clause}`;
    const list = byClause.get(key) ?? [];
    list.push({ id: place.id, name: place.name, url: `/map/#place-${place.id}`, districts: [...place.district] });
    byClause.set(key, list);
  }
  return { plans, placesOf: (plan, clause) => byClause.get(`${plan}/${clause}`) ?? [] };
}
