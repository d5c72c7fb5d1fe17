/**
 * The finder's data for a build: every measure, computed once per process (pages, the open
 * data and the checklist pages all read the same array).
 */
import { loadSupportEditorial } from './editorial.ts';
import { computeMeasures, type SupportMeasure, type SupportPlan } from './measures.ts';
import { supportSource } from './source.ts';

export interface SupportSite {
  plans: SupportPlan[];
  measures: SupportMeasure[];
}

let cached: SupportSite | undefined;

export function supportSite(): SupportSite {
  if (cached) return cached;
  const source = supportSource();
  const measures = computeMeasures({ plans: source.plans, editorial: loadSupportEditorial(), placesOf: source.placesOf });
  cached = { plans: source.plans, measures };
  return cached;
}
