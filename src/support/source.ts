/**
 * The one adapter between the site model (`src/model/`, `src/places/`, `src/agencies/`) and the
 * finder: which plans exist (city plan first), their status, names and deep links, which places
 * each clause names and who its agencies are. The finder's own modules never import the model.
 */
import type { Site } from '../model/index.ts';
import { clauseUrl, placeUrl } from '../model/urls.ts';
import { placesOf } from '../places/index.ts';
import { agencyResolver, type AgencyResolver } from './agency-ref.ts';
import type { PlaceRef, SupportPlan } from './measures.ts';

export interface SupportSource {
  plans: SupportPlan[];
  placesOf: (plan: string, clause: string) => PlaceRef[];
  agencyOf: AgencyResolver;
}

export function supportSource(site: Site): SupportSource {
  const plans: SupportPlan[] = site.plans.map((plan) => ({
    slug: plan.slug,
    doc: plan.doc,
    status: plan.status,
    shortTitle: plan.shortTitle,
    level: plan.level,
    district: plan.district,
    clauseUrl: (id: string) => clauseUrl(plan.slug, id),
  }));
  const places = placesOf(site);
  const byId = new Map(places.places.map((view) => [view.place.id, view.place]));
  return {
    plans,
    agencyOf: agencyResolver(site),
    placesOf: (plan, clause) =>
      (places.placesByClause.get(`${plan}#${clause}`) ?? []).flatMap((id) => {
        const place = byId.get(id);
        return place ? [{ id, name: place.name, url: placeUrl(id), districts: [...place.district] }] : [];
      }),
  };
}
