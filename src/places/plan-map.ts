/**
 * A plan's own layout map: its layouts, their places, and what the map needs to draw them. One
 * function for the plan page (which lists them as text) and for the data file the small map
 * fetches when it is drawn (`/plans/<slug>/layout-map.json`): the map's data is not in the page,
 * whose first visit has a budget, and a reader without scripting never needs it.
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

/** What the plan's map draws: its layouts over the district outlines, the districts they lie in in focus. */
export function planMapPayload({ layouts, places }: PlanLayouts): MapPayload {
  return {
    places: places.map(mapPlace),
    layouts: layouts.map(mapLayout),
    districtsUrl: pageUrl(DISTRICTS_URL_PATH),
    focusDistricts: [...new Set(places.flatMap((view) => view.place.district))],
    tiles: tileSettings(),
    initialLayouts: layouts.map((view) => view.layout.id),
  };
}
