/**
 * What a map draws (`MapPayload`), for the full map (/map/) and a plan's own layout map: one
 * function for both. A plan's layouts and their places are found once for the plan page (which
 * lists them as text) and for the data file its small map fetches when it is drawn
 * (`/plans/<slug>/layout-map.json`): the map's data is not in the page, whose first visit has a
 * budget, and a reader without scripting never needs it.
 */
import type { MapPayload } from '../client/map/payload.ts';
import { tileSettings } from '../config/tiles.ts';
import type { Site } from '../model/index.ts';
import { pageUrl } from '../model/urls.ts';
import { DISTRICTS_URL_PATH } from './data.ts';
import { mapLayout, mapPlace, placesOf, type LayoutView, type PlaceView } from './view.ts';

export interface PlanLayouts {
  layouts: LayoutView[];
  /** The places the layouts name. */
  places: PlaceView[];
}

/** The layouts a plan sets out and the places in them; empty lists for a plan with none. */
export function planLayouts(site: Site, slug: string): PlanLayouts {
  const views = placesOf(site);
  const layouts = views.layouts.filter((view) => view.layout.plan === slug);
  const members = new Set(layouts.flatMap((view) => view.layout.members.map((m) => m.place)));
  return { layouts, places: views.places.filter((view) => members.has(view.place.id)) };
}

/** The offline district outlines, under the site's base path. */
export const districtsUrl = (): string => pageUrl(DISTRICTS_URL_PATH);

/** What a map draws: these places and layouts over the district outlines. */
export function mapPayload(places: PlaceView[], layouts: LayoutView[], view: Pick<MapPayload, 'focusDistricts' | 'initialLayouts'>): MapPayload {
  return {
    places: places.map(mapPlace),
    layouts: layouts.map(mapLayout),
    districtsUrl: districtsUrl(),
    focusDistricts: view.focusDistricts,
    tiles: tileSettings(),
    initialLayouts: view.initialLayouts,
  };
}

/** What the plan's map draws: its layouts, all shown, with the districts they lie in in focus. */
export function planMapPayload({ layouts, places }: PlanLayouts): MapPayload {
  return mapPayload(places, layouts, {
    focusDistricts: [...new Set(places.flatMap((view) => view.place.district))],
    initialLayouts: layouts.map((view) => view.layout.id),
  });
}
