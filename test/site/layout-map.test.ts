/**
 * A plan page's small map draws from a data file of its own (`/plans/<slug>/layout-map.json`),
 * fetched when the map is drawn, not from data inlined in the page (which every first visit would
 * carry): the file holds exactly the plan's layouts and their places, and the page names it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/model/index.ts';
import { planLayoutMapUrl } from '../../src/contracts/urls.ts';
import { planLayouts } from '../../src/places/index.ts';
import { dist, pageDocument, requireBuild } from './built-site.ts';

requireBuild();

describe('the layout map’s data file', () => {
  for (const plan of loadSite().plans) {
    const { layouts, places } = planLayouts(loadSite(), plan.slug);
    it(`${plan.slug}: ${layouts.length > 0 ? 'the page names the file, which holds its layouts and places' : 'no layout, no map, no file'}`, () => {
      const document = pageDocument(`plans/${plan.slug}/`);
      const section = document.querySelector<HTMLElement>('[data-plan-layout-map]');
      const file = join(dist, planLayoutMapUrl(plan.slug));
      if (layouts.length === 0) {
        expect(section).toBeNull();
        expect(existsSync(file)).toBe(false);
        return;
      }
      expect(section!.getAttribute('data-plan-layout-map')).toBe(planLayoutMapUrl(plan.slug));
      expect(section!.querySelector('script[type="application/json"]')).toBeNull();
      const payload = JSON.parse(readFileSync(file, 'utf8')) as { layouts: Array<{ id: string }>; places: Array<{ id: string }> };
      expect(payload.layouts.map((l) => l.id)).toEqual(layouts.map((v) => v.layout.id));
      expect(payload.places.map((p) => p.id).sort()).toEqual(places.map((v) => v.place.id).sort());
    });
  }
});
