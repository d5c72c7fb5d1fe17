/**
 * The built open-data file `/data/places.json` (dist/): one record per gazetteer place with the
 * fields the issue names, positions equal to the data, and every mention's URL pointing at a
 * clause id that exists on the built plan page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/static-server.ts';
import { loadGazetteer } from '../../src/places/index.ts';

const file = join(distDir, 'data/places.json');

interface Record {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  district: string[];
  lat: number;
  lon: number;
  radius_km: number;
  precision: string;
  source: string;
  mentions: { plan: string; clause: string; url: string }[];
}

describe('/data/places.json', () => {
  it('is built', () => {
    expect(existsSync(file), `${file} missing: run npm run build`).toBe(true);
  });

  const data = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { datum: string; places: Record[]; layouts: unknown[] })
    : { datum: '', places: [], layouts: [] };
  const gazetteer = loadGazetteer();

  it('holds every place with name, aliases, kind, district, lat, lon, radius_km and mentions', () => {
    expect(data.datum).toBe('WGS-84');
    expect(data.places.map((p) => p.id).sort()).toEqual(gazetteer.places.map((p) => p.id).sort());
    for (const record of data.places) {
      const place = gazetteer.places.find((p) => p.id === record.id)!;
      expect(record).toMatchObject({
        name: place.name,
        kind: place.kind,
        district: place.district,
        lat: place.lat,
        lon: place.lon,
        radius_km: place.radius_km,
        precision: place.precision,
      });
      expect(Array.isArray(record.aliases)).toBe(true);
      expect(record.source.length).toBeGreaterThan(10);
      expect(record.mentions.length, `${record.id} has no mention`).toBeGreaterThan(0);
    }
    expect(data.layouts.length).toBe(gazetteer.layouts.length);
  });

  it('links every mention to a clause id on the built plan page', () => {
    const ids = new Map<string, string>();
    const missing: string[] = [];
    for (const record of data.places) {
      for (const mention of record.mentions) {
        expect(mention.url).toBe(`/plans/${mention.plan}/#${mention.clause}`);
        if (!ids.has(mention.plan)) ids.set(mention.plan, readFileSync(join(distDir, 'plans', mention.plan, 'index.html'), 'utf8'));
        if (!ids.get(mention.plan)!.includes(`id="${mention.clause}"`)) missing.push(`${record.id} → ${mention.url}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
