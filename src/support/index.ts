/**
 * The finder's data for a build: every measure, computed once per site model (pages, the open
 * data and the checklist pages all read the same array).
 */
import type { Site } from '../model/index.ts';
import { once } from '../model/once.ts';
import { loadSupportEditorial } from './editorial.ts';
import { computeMeasures, type SupportMeasure, type SupportPlan } from './measures.ts';
import { supportSource } from './source.ts';

export interface SupportSite {
  plans: SupportPlan[];
  measures: SupportMeasure[];
}

export function supportOf(site: Site): SupportSite {
  return once(site, 'support', buildSupport);
}

function buildSupport(site: Site): SupportSite {
  const source = supportSource(site);
  const measures = computeMeasures({ plans: source.plans, editorial: loadSupportEditorial(), placesOf: source.placesOf, agencyOf: source.agencyOf });
  return { plans: source.plans, measures };
}
