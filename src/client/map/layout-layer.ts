/**
 * One plan layout as a switchable layer: a ring in the group's colour around each member place
 * (district members also get their outline tinted) and, once per group and point, the group's
 * label. Colours are SVG attributes and a fixed set of classes (`layout-colour-<n>`), labels are
 * text.
 */
import * as L from 'leaflet';
import { type DistrictFeature, districtNamed } from './districts-layer.ts';
import { el, svgElement } from './dom.ts';
import { shiftIcon } from './places-layer.ts';
import type { MapLayout, MapPlace } from './payload.ts';
import { groupColours, groupRingTree } from './symbols.ts';

const HALO_SIZE = 34;

export interface LayoutLayer {
  layer: L.LayerGroup;
  /** Moves the rings with their places' markers (offsets in px, as for the markers). */
  shift(offsets: Map<string, [number, number]>): void;
}

export function layoutLayer(
  layout: MapLayout,
  places: Map<string, MapPlace>,
  offsets: Map<string, [number, number]>,
  districts: DistrictFeature[],
): LayoutLayer {
  const layer = L.layerGroup();
  const halos: [string, L.Marker][] = [];
  const labelled = new Set<string>();
  for (const member of layout.members) {
    const place = places.get(member.place);
    const index = layout.groups.findIndex((g) => g.id === member.group);
    const group = layout.groups[index];
    if (!place || !group) continue;
    if (place.kind === 'district') {
      const feature = districtNamed(districts, place.name);
      if (feature) {
        L.geoJSON(feature as GeoJSON.Feature, {
          interactive: false,
          style: { color: group.colour, weight: 2.5, fillColor: group.colour, fillOpacity: 0.14, className: `layout-area layout-${layout.id}` },
        }).addTo(layer);
      }
    }
    const [dx, dy] = offsets.get(place.id) ?? [0, 0];
    // One label per group and point: places drawn around the same point share it.
    const labelKey = `${member.group}:${place.lat},${place.lon}`;
    const label = labelled.has(labelKey) ? null : el('span', { class: `layout-label layout-colour-${index % groupColours.length}` }, group.label);
    labelled.add(labelKey);
    const halo = L.marker([place.lat, place.lon], {
      icon: L.divIcon({
        className: `layout-halo layout-${layout.id}`,
        html: el('span', { class: 'layout-halo-body' }, [svgElement(groupRingTree(group.colour, HALO_SIZE, 3.5)), label]),
        iconSize: [HALO_SIZE, HALO_SIZE],
        iconAnchor: [HALO_SIZE / 2 - dx, HALO_SIZE / 2 - dy],
      }),
      interactive: false,
      keyboard: false,
      zIndexOffset: -1000,
    }).addTo(layer);
    halos.push([place.id, halo]);
  }
  return {
    layer,
    shift(moved) {
      for (const [id, halo] of halos) shiftIcon(halo, moved.get(id) ?? [0, 0], HALO_SIZE);
    },
  };
}
