/**
 * The reference layer: offline district outlines (GeoJSON, WGS-84) with their names, drawn
 * first so everything else sits on top. Names go in as text.
 */
import * as L from 'leaflet';
import { announce, el } from './dom.ts';

export interface DistrictFeature {
  type: 'Feature';
  properties: { name: string; adcode: string; label: [number, number] };
  geometry: GeoJSON.Geometry;
}

/** Fetches the outlines; on failure says so in `status` and returns none (the map still shows places). */
export async function fetchDistricts(url: string, status?: HTMLElement | null): Promise<DistrictFeature[]> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return ((await response.json()) as { features: DistrictFeature[] }).features;
  } catch (error) {
    announce(status, `区界数据无法加载（${(error as Error).message}），地图只显示地点。`);
    return [];
  }
}

/** Outlines and labels; districts in `focus` (all when it is empty) are emphasised. */
export function districtsLayer(districts: DistrictFeature[], focus: Set<string>): L.LayerGroup {
  const emphasised = (name: string) => focus.size === 0 || focus.has(name);
  const layer = L.layerGroup();
  L.geoJSON(districts as unknown as GeoJSON.Feature[], {
    interactive: false,
    style: (feature) => {
      const strong = emphasised((feature?.properties as { name?: string } | undefined)?.name ?? '');
      return { color: '#7a808a', weight: strong ? 1.4 : 0.8, fillColor: strong ? '#ffffff' : '#eef0f2', fillOpacity: 1, className: 'district-outline' };
    },
  }).addTo(layer);
  for (const feature of districts) {
    const [lon, lat] = feature.properties.label;
    L.marker([lat, lon], {
      icon: L.divIcon({
        className: `district-label${emphasised(feature.properties.name) ? '' : ' district-label--faint'}`,
        html: el('span', {}, feature.properties.name),
        iconSize: [64, 16],
        iconAnchor: [32, 26],
      }),
      interactive: false,
      keyboard: false,
      zIndexOffset: -2000,
    }).addTo(layer);
  }
  return layer;
}

/** A district's outline by name, for highlights and layout areas. */
export const districtNamed = (districts: DistrictFeature[], name: string) => districts.find((d) => d.properties.name === name);
