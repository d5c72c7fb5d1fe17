/**
 * The gazetteer's geometry (d3-geo on the sphere): distances and point-in-ring against values
 * worked out by hand, whichever way a ring winds; and no code under content/ (data only), so the
 * outline preparation lives in src/cli/.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distanceKm, inRing, type Ring } from '../../src/places/geometry.ts';

describe('distanceKm', () => {
  it('gives great-circle distances', () => {
    // One degree of latitude along a meridian: 6371 km × π/180 = 111.19 km.
    expect(distanceKm([121.5, 31], [121.5, 32])).toBeCloseTo(111.19, 2);
    // A quarter of the equator: 6371 × π/2 = 10 007.5 km.
    expect(distanceKm([0, 0], [90, 0])).toBeCloseTo(10007.54, 1);
    expect(distanceKm([121.47, 31.23], [121.47, 31.23])).toBe(0);
  });
});

describe('inRing', () => {
  // A 0.2° square around 人民广场, first anticlockwise (GeoJSON's order), then clockwise (d3's).
  const anticlockwise: Ring = [
    [121.37, 31.13],
    [121.57, 31.13],
    [121.57, 31.33],
    [121.37, 31.33],
    [121.37, 31.13],
  ];
  const clockwise: Ring = [...anticlockwise].reverse();

  it('finds a point inside either winding, and not one outside', () => {
    for (const ring of [anticlockwise, clockwise]) {
      expect(inRing([121.47, 31.23], ring)).toBe(true);
      expect(inRing([121.6, 31.23], ring)).toBe(false);
      expect(inRing([-58.5, -31.2], ring), 'the antipode is outside').toBe(false);
    }
  });
});

describe('content/ holds data only', () => {
  it('has no code file', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    expect(walk('content').filter((file) => /\.(?:[cm]?[jt]s|tsx?)$/u.test(file))).toEqual([]);
    expect(existsSync('src/cli/prepare-districts.ts')).toBe(true);
  });
});
