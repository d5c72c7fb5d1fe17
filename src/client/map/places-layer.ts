/**
 * Every place as a keyboard-reachable marker (own SVG symbol, no Leaflet PNGs) with a popup
 * linking to the clauses that name it; district-level places in a framed grid per district.
 * Pointing at or focusing a marker highlights how uncertain its position is.
 */
import * as L from 'leaflet';
import { type DistrictFeature, districtNamed } from './districts-layer.ts';
import { el, svgElement } from './dom.ts';
import { type GridFrame, MARKER_SIZE } from './marker-offsets.ts';
import type { MapPlace } from './payload.ts';
import { placeLabel, placePopup } from './place-popup.ts';
import { precisionCircle } from './precision-layer.ts';
import { symbolTree } from './symbols.ts';

export interface PlacesLayer {
  layer: L.LayerGroup;
  /** The focused place's uncertainty (its circle, or its district's outline); add it to the map. */
  highlight: L.LayerGroup;
  markers: Map<string, L.Marker>;
  /** Moves each drawn marker (and its popup's anchor) to its offset from its point, px. */
  shift(offsets: Map<string, [number, number]>): void;
}

/**
 * Moves a drawn marker's icon to `offset` px from its point. Leaflet places the icon by its
 * margins (set once, when the icon is made); changing them through CSSOM keeps the element,
 * its focus and its listeners.
 */
export function shiftIcon(marker: L.Marker, [dx, dy]: [number, number], size: number): void {
  const node = marker.getElement();
  if (!node) return;
  node.style.marginLeft = `${dx - size / 2}px`;
  node.style.marginTop = `${dy - size / 2}px`;
}

function gridFrame(frame: GridFrame): L.Marker {
  const [left, top, width, height] = frame.box;
  return L.marker([frame.lat, frame.lon], {
    icon: L.divIcon({
      className: 'district-grid-frame',
      html: el('span', { class: 'district-grid-title' }, `${frame.district}·仅知到区级`),
      iconSize: [width, height],
      iconAnchor: [-left, -top],
    }),
    interactive: false,
    keyboard: false,
    zIndexOffset: -1500,
  });
}

function showUncertainty(highlight: L.LayerGroup, districts: DistrictFeature[], place: MapPlace | undefined): void {
  highlight.clearLayers();
  if (!place) return;
  if (place.precision !== 'district') {
    precisionCircle(place, true).addTo(highlight);
    return;
  }
  for (const name of place.district) {
    const feature = districtNamed(districts, name);
    if (feature)
      L.geoJSON(feature as GeoJSON.Feature, {
        interactive: false,
        style: { color: '#b2182b', weight: 2, dashArray: '5 4', fillOpacity: 0.05, className: 'district-highlight' },
      }).addTo(highlight);
  }
}

function placeMarker(place: MapPlace, offset: [number, number], placeHref: string, highlight: (place: MapPlace | undefined) => void): L.Marker {
  const [dx, dy] = offset;
  const hollow = place.precision === 'district' && place.kind !== 'district';
  const icon = L.divIcon({
    className: `place-marker place-marker--${place.kind}${hollow ? ' place-marker--district-level' : ''}`,
    html: svgElement(symbolTree(place.kind, { size: MARKER_SIZE, hollow })),
    iconSize: [MARKER_SIZE, MARKER_SIZE],
    iconAnchor: [MARKER_SIZE / 2 - dx, MARKER_SIZE / 2 - dy],
    popupAnchor: [dx, dy - MARKER_SIZE / 2],
  });
  const marker = L.marker([place.lat, place.lon], { icon, keyboard: true, riseOnHover: true });
  const popupOpen = () => marker.getElement()?.ownerDocument.querySelector('.leaflet-popup') != null;
  marker.on('add', () => {
    const node = marker.getElement();
    if (!node) return;
    node.setAttribute('aria-label', placeLabel(place));
    node.dataset.placeId = place.id;
    node.addEventListener('focus', () => highlight(place));
    node.addEventListener('blur', () => {
      if (!popupOpen()) highlight(undefined);
    });
  });
  marker.on('mouseover', () => highlight(place));
  marker.on('mouseout', () => {
    if (!marker.isPopupOpen()) highlight(undefined);
  });
  const close = () => {
    marker.closePopup();
    marker.getElement()?.focus();
  };
  marker.bindPopup(() => placePopup(place, placeHref, close), {
    closeButton: false,
    autoPanPadding: [24, 24],
    maxWidth: 320,
    minWidth: 220,
    className: 'place-popup',
  });
  marker.on('popupopen', (event) => {
    highlight(place);
    const popup = (event as L.PopupEvent).popup.getElement();
    popup?.addEventListener('keydown', (key) => {
      if (key.key === 'Escape') close();
    });
    popup?.querySelector<HTMLElement>('.place-popup-title')?.focus({ preventScroll: true });
  });
  marker.on('popupclose', () => {
    highlight(undefined);
    const active = document.activeElement;
    if (!active || active === document.body || !document.contains(active)) marker.getElement()?.focus({ preventScroll: true });
  });
  return marker;
}

export function placesLayer(
  places: MapPlace[],
  layout: { offsets: Map<string, [number, number]>; frames: GridFrame[] },
  districts: DistrictFeature[],
  placeHref: (id: string) => string,
): PlacesLayer {
  const layer = L.layerGroup(layout.frames.map(gridFrame));
  const highlight = L.layerGroup();
  const markers = new Map<string, L.Marker>();
  for (const place of places) {
    const marker = placeMarker(place, layout.offsets.get(place.id) ?? [0, 0], placeHref(place.id), (p) => showUncertainty(highlight, districts, p));
    marker.addTo(layer);
    markers.set(place.id, marker);
  }
  const shift = (offsets: Map<string, [number, number]>) => {
    for (const [id, marker] of markers) {
      const offset = offsets.get(id) ?? [0, 0];
      shiftIcon(marker, offset, MARKER_SIZE);
      marker.options.icon!.options.popupAnchor = [offset[0], offset[1] - MARKER_SIZE / 2];
    }
  };
  return { layer, highlight, markers, shift };
}
