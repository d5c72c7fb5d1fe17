/**
 * District outlines (offline, WGS-84) and the geometry the gazetteer checks use: great-circle
 * distance and point-in-polygon from d3-geo (spherical, like the outlines' coordinates).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea, geoContains, geoDistance } from 'd3';

export const DISTRICTS_FILE = 'public/geo/shanghai-districts.json';

// ——— district outlines ———

export type Ring = [number, number][];

export interface DistrictOutline {
  name: string;
  adcode: string;
  /** [lon, lat] of an interior label point. */
  label: [number, number];
  /** Polygons, each a list of rings (outer first), [lon, lat]. */
  polygons: Ring[][];
}

let districtCache: DistrictOutline[] | undefined;

export function loadDistricts(root = process.cwd()): DistrictOutline[] {
  if (districtCache && root === process.cwd()) return districtCache;
  const json = JSON.parse(readFileSync(join(root, DISTRICTS_FILE), 'utf8')) as {
    features: { properties: { name: string; adcode: string; label: [number, number] }; geometry: { type: string; coordinates: unknown } }[];
  };
  const districts = json.features.map((feature) => ({
    name: feature.properties.name,
    adcode: feature.properties.adcode,
    label: feature.properties.label,
    polygons: feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates as Ring[]] : (feature.geometry.coordinates as Ring[][]),
  }));
  if (root === process.cwd()) districtCache = districts;
  return districts;
}

const EARTH_RADIUS_KM = 6371;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in km between two [lon, lat] points. */
export function distanceKm(a: [number, number], b: [number, number]): number {
  return geoDistance(a, b) * EARTH_RADIUS_KM;
}

/**
 * Whether a point lies inside a closed ring of [lon, lat] positions, whichever way the ring
 * winds. d3-geo reads rings on the sphere, where a ring and its reverse bound complementary
 * areas (the small one or the rest of the globe); a district is always the small one.
 */
export function inRing(point: [number, number], ring: Ring): boolean {
  const polygon = { type: 'Polygon' as const, coordinates: [ring] };
  const small = geoArea(polygon) <= 2 * Math.PI ? polygon : { type: 'Polygon' as const, coordinates: [[...ring].reverse()] };
  return geoContains(small, point);
}

/** Distance in km from a point to the nearest edge of a ring (local flat approximation). */
function distanceToRingKm([x, y]: [number, number], ring: Ring): number {
  const kx = 111.32 * Math.cos(toRadians(y));
  const ky = 110.57;
  let best = Infinity;
  for (let i = 0; i < ring.length - 1; i++) {
    const [ax, ay] = ring[i]!;
    const [bx, by] = ring[i + 1]!;
    const [dx, dy] = [(bx - ax) * kx, (by - ay) * ky];
    const [px, py] = [(x - ax) * kx, (y - ay) * ky];
    const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(px - t * dx, py - t * dy));
  }
  return best;
}

/** Is the point inside the district, or within `toleranceKm` of its outline (the outlines are coarse)? */
export function isInDistrict(point: [number, number], district: DistrictOutline, toleranceKm = 0.5): boolean {
  return district.polygons.some((rings) => {
    const [outer, ...holes] = rings;
    if (!outer) return false;
    if (inRing(point, outer) && !holes.some((hole) => inRing(point, hole))) return true;
    return distanceToRingKm(point, outer) <= toleranceKm;
  });
}

/** Farthest distance from a point to any vertex of the district (how big a radius covers it). */
export function districtReachKm(point: [number, number], district: DistrictOutline): number {
  return Math.max(...district.polygons.flat(2).map((vertex) => distanceKm(point, vertex)));
}
