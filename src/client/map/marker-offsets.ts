/**
 * Where each marker sits relative to its place's point, in pixels, so places at the same point
 * stay apart and every marker keeps a 24 px target (WCAG 2.2 target size) clear of its
 * neighbours: district-level places in a framed grid beside their district's label point (their
 * position there is only a stand-in), others in a ring around their shared point.
 */
import type { MapPlace } from './payload.ts';

/** Side of a marker's square target, px (WCAG 2.2 AA asks for at least 24). */
export const MARKER_SIZE = 24;
/** Distance between grid cells, px. */
export const GRID_STEP = 30;
/**
 * Distance between neighbours on a ring, px: two square targets clear each other on any
 * bearing when their centres are a marker and a gap apart times √2 (the diagonal case).
 */
const RING_STEP = (MARKER_SIZE + 2) * Math.SQRT2;

/** Where the district-level grid sits: north-east of the district's label point, framed. */
export interface GridFrame {
  district: string;
  lat: number;
  lon: number;
  /** Frame box in px relative to the point: left, top, width, height. */
  box: [number, number, number, number];
}

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
      frames.push({
        district: group[0]!.district[0]!,
        lat: group[0]!.lat,
        lon: group[0]!.lon,
        box: [left - 6, top - 24, columns * GRID_STEP + 12, rows * GRID_STEP + 30],
      });
    } else if (group.length === 1) {
      offsets.set(group[0]!.id, [0, 0]);
    } else {
      // Chord between neighbours = 2R·sin(π/n) ≥ RING_STEP keeps the targets apart.
      const radius = RING_STEP / (2 * Math.sin(Math.PI / group.length));
      group.forEach((place, i) => {
        const angle = -Math.PI / 2 + (i * 2 * Math.PI) / group.length;
        offsets.set(place.id, [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))]);
      });
    }
  }
  return { offsets, frames };
}
