/**
 * 3,000 synthetic plans (the five seeds copied under other slugs, no editorial data for the
 * copies): the finder neither fails nor changes the real plans' measures, each copy gets exactly
 * the rules' measures, and what `/support/` lists stays bounded (per-type limit, plan filter
 * limited to the plans on the page). Prints the time taken (a figure, not an assertion).
 */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/model/index.ts';
import { plainAgencyRef } from '../../src/support/agency-ref.ts';
import { loadSupportEditorial } from '../../src/support/editorial.ts';
import { supportSource } from '../../src/support/source.ts';
import { computeMeasures, type SupportPlan } from '../../src/support/measures.ts';
import { LIST_LIMIT, viewOf } from '../../src/support/view.ts';

// The five plans as the finder sees them on the site: the one adapter from the model.
const real: SupportPlan[] = supportSource(loadSite()).plans;

/** Measures the rules alone find per plan (hand-derived from expected/measures.yaml and the reviewed disagreements). */
const RULES_ONLY: Record<string, number> = {
  '2023-shanghai-synbio': 12,
  '2023-baoshan-synbio': 20,
  '2023-jinshan-biomanufacturing': 10, // + s6-6, excluded on review
  '2024-baoshan-biomedicine-draft': 19, // − s3-1-4, included on review
  '2025-zhangjiang-baoshan-park': 17, // + s2-3-7, s2-3-8, excluded on review
};

describe('support finder with 3,000 plans', () => {
  const plans: SupportPlan[] = [...real];
  for (let copy = 1; plans.length < 3000; copy++) {
    for (const plan of real)
      if (plans.length < 3000) plans.push({ ...plan, slug: `${plan.slug}-copy${copy}`, clauseUrl: (id) => `/plans/${plan.slug}-copy${copy}/#${id}` });
  }
  const started = performance.now();
  const measures = computeMeasures({
    plans,
    editorial: loadSupportEditorial(),
    placesOf: () => [],
    agencyOf: (slug, name) => plainAgencyRef(name, plans.find((p) => p.slug === slug)?.district),
  });
  const computed = performance.now();
  const view = viewOf({ measures, plans });
  const viewed = performance.now();
  console.log(`3000 plans: ${measures.length} measures computed in ${(computed - started).toFixed(0)} ms, view in ${(viewed - computed).toFixed(0)} ms`);

  it('keeps the five plans’ reviewed measures and gives each copy the rules’ measures', () => {
    const byPlan = Map.groupBy(measures, (m) => m.plan);
    expect(byPlan.get('2023-baoshan-synbio')!.length).toBe(20);
    expect(measures.filter((m) => !m.plan.includes('-copy')).length).toBe(76);
    for (const plan of plans.filter((p) => p.slug.includes('-copy'))) {
      const original = plan.slug.replace(/-copy\d+$/u, '');
      expect(byPlan.get(plan.slug)?.length, plan.slug).toBe(RULES_ONLY[original]);
    }
    expect(measures.filter((m) => m.plan.includes('-copy')).every((m) => m.summary === null && m.reviewed === null)).toBe(true);
  });

  it('bounds what /support/ lists', () => {
    for (const group of view.groups) expect(group.shown.length).toBeLessThanOrEqual(LIST_LIMIT);
    expect(view.truncated).toBe(true);
    expect(view.plansOnPage.length).toBeLessThanOrEqual(7 * LIST_LIMIT);
    expect(view.plansWithMeasures.length).toBe(3000);
    // Plans in force come first in every list.
    for (const group of view.groups) {
      const firstNotInForce = group.shown.findIndex((m) => m.planStatus !== '实施中');
      if (firstNotInForce >= 0) expect(group.shown.slice(firstNotInForce).every((m) => m.planStatus !== '实施中')).toBe(true);
    }
  });
});

describe('the checklist data with 3,000 plans', () => {
  it('stays linear and round-trips to the records the build ranks', async () => {
    const { fitData, fitEntries } = await import('../../src/support/fit-data.ts');
    const { fitRecord } = await import('../../src/support/view.ts');
    const plans: SupportPlan[] = [...real];
    for (let copy = 1; plans.length < 3000; copy++) for (const plan of real) if (plans.length < 3000) plans.push({ ...plan, slug: `${plan.slug}-copy${copy}` });
    const measures = computeMeasures({
      plans,
      editorial: loadSupportEditorial(),
      placesOf: () => [],
      agencyOf: (_slug, name) => plainAgencyRef(name, undefined),
    });
    const records = measures.map(fitRecord);
    const started = performance.now();
    const data = fitData(plans, measures, records, (slug) => `/plans/${slug}/`);
    const json = JSON.stringify(data);
    console.log(`fit.json for 3000 plans: ${(json.length / 1024 / 1024).toFixed(1)} MB, built in ${(performance.now() - started).toFixed(0)} ms`);
    const entries = fitEntries(JSON.parse(json));
    expect(entries.length).toBe(measures.length);
    // Besides the record it ranks, an entry carries what a result shows and 我的政策清单 writes.
    const { url, label, source, heading, plan, agencies, ...record } = entries[0]!;
    expect(record).toEqual(records[0]);
    expect(source).toBe(`${plan} · ${heading}`);
    expect(agencies).toEqual(measures[0]!.agencies.map((a) => a.label));
    expect(url).toBe(`/plans/${measures[0]!.plan}/#${measures[0]!.clause}`);
    expect(label).toBe(measures[0]!.summary);
    expect(source).toContain(measures[0]!.planTitle);
  });
});
