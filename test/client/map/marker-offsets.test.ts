/** Places sharing a point: a ring with targets apart, district-level places in a framed grid. */
import { describe, expect, it } from 'vitest';
import { MARKER_SIZE, markerOffsets } from '../../../src/client/map/marker-offsets.ts';
import type { MapPlace } from '../../../src/client/map/payload.ts';

const place = (id: string, precision: MapPlace['precision'], kind = 'park'): MapPlace => ({
  id,
  name: id,
  kind,
  precision,
  lat: 31.4,
  lon: 121.4,
  radius_km: 1,
  district: ['宝山区'],
  description: '',
  mentions: [],
  mentionCount: 0,
  searchUrl: '',
  roles: [],
});

describe('markerOffsets', () => {
  it('leaves a place alone at its point', () => {
    expect(markerOffsets([place('a', 'site')]).offsets.get('a')).toEqual([0, 0]);
  });

  it('puts places at one point on a ring with at least a marker’s width between centres', () => {
    for (const n of [2, 3, 4, 6, 8]) {
      const { offsets } = markerOffsets(Array.from({ length: n }, (_, i) => place(`p${i}`, 'area')));
      const points = [...offsets.values()];
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) {
          const [a, b] = [points[i]!, points[j]!];
          expect(Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1])), `${n} places`).toBeGreaterThanOrEqual(MARKER_SIZE);
        }
    }
  });

  it('lays district-level places out in a framed grid, 30 px apart, north-east of the point', () => {
    const { offsets, frames } = markerOffsets([place('a', 'district'), place('b', 'district'), place('c', 'district')]);
    expect(offsets.get('a')).toEqual([41, -61]);
    expect(offsets.get('b')).toEqual([71, -61]);
    expect(offsets.get('c')).toEqual([41, -31]);
    expect(frames).toEqual([{ district: '宝山区', lat: 31.4, lon: 121.4, box: [20, -100, 72, 90] }]);
  });
});
