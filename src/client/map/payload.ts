/**
 * The data a page hands to its map script (as JSON in the page): built at build time by
 * `src/places/`, read in the browser by `draw.ts`. Types only, so both sides agree.
 */

export interface TileSettings {
  /** URL template with {z}/{x}/{y} (and {s} when `subdomains` is set); the key already filled in. */
  url: string;
  /** Optional second layer drawn over the first (e.g. Tianditu's labels). */
  labelsUrl?: string;
  /** Attribution HTML required by the provider. */
  attribution: string;
  subdomains?: string;
  maxZoom: number;
  /** Load tiles as soon as the map is drawn (otherwise the reader switches them on). */
  autoload: boolean;
  /** Provider name for the toggle's label, e.g. `OpenStreetMap`. */
  name: string;
}

export interface MapMention {
  /** e.g. `宝山合成生物三年行动计划 四、（三）7.加速建设上海南大合成生物产业园`. */
  label: string;
  /** `/plans/<slug>/#<clause-id>`. */
  url: string;
}

export interface MapRole {
  layout: string;
  /** e.g. `一核两翼 · 两翼`. */
  label: string;
  role: string;
}

export interface MapPlace {
  id: string;
  name: string;
  kind: string;
  precision: 'site' | 'area' | 'district';
  lat: number;
  lon: number;
  radius_km: number;
  district: string[];
  description: string;
  note?: string;
  /** The first clauses that name the place (at most MENTIONS_SHOWN). */
  mentions: MapMention[];
  /** How many clauses name it in all. */
  mentionCount: number;
  /** Search for its name, for the rest. */
  searchUrl: string;
  roles: MapRole[];
}

export interface MapLayoutGroup {
  id: string;
  label: string;
  colour: string;
}

export interface MapLayout {
  id: string;
  formula: string;
  /** Short plan name. */
  plan: string;
  groups: MapLayoutGroup[];
  members: { place: string; group: string; role: string }[];
}

export interface MapPayload {
  places: MapPlace[];
  layouts: MapLayout[];
  /** Same-origin URL of the district outlines (GeoJSON, WGS-84). */
  districtsUrl: string;
  /** Districts to label and emphasise (all when empty). */
  focusDistricts: string[];
  tiles: TileSettings;
  /** Layout ids drawn when the map opens. */
  initialLayouts: string[];
}
