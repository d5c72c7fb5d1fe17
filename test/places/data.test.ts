/**
 * The gazetteer's data: every file validates, every place lies in Shanghai and in its stated
 * district(s) (checked against the district outlines the map draws), precision and radius agree,
 * every form of a name is unique where it applies, and every layout points at existing places
 * and clauses that really name them. Also checks that the checks themselves catch bad data.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindStyles } from '../../src/client/map/symbols.ts';
import {
  allAliases,
  districtReachKm,
  distanceKm,
  gazetteerProblems,
  isInDistrict,
  loadDistricts,
  loadGazetteer,
  type Gazetteer,
} from '../../src/places/index.ts';
import { loadSite } from '../../src/model/index.ts';
import { placeKinds, shanghaiDistricts } from '../../src/schemas/places.ts';

const gazetteer = loadGazetteer();
const districts = loadDistricts();
const model = loadSite().plans;
const districtByName = new Map(districts.map((d) => [d.name, d]));

/** Every seed as one string, line breaks and spaces gone (PDF wrapping splits phrases). */
const seedText = readdirSync('seeds')
  .filter((file) => file.endsWith('.txt'))
  .map((file) => readFileSync(join('seeds', file), 'utf8').replace(/\s+/gu, ''))
  .join('\n');

describe('editorial claims stay within the texts', () => {
  it('no place or layout says a park is made up of other mapped places unless a plan says so', () => {
    const names = allAliases(gazetteer.places).map((form) => form.text);
    const texts = [
      ...gazetteer.places.flatMap((p) => [p.description, p.source, p.note ?? '']),
      ...gazetteer.layouts.flatMap((l) => [l.summary, ...l.groups.map((g) => g.description)]),
    ];
    const claims = texts
      .flatMap((text) => [...text.matchAll(/由[^，。；]{1,40}?组成/gu)].map((m) => m[0]))
      .filter((claim) => names.some((name) => claim.includes(name)));
    expect(claims.filter((claim) => !seedText.includes(claim))).toEqual([]);
  });

  it('a place the texts locate only by its district is drawn as district-level (checked by hand: 临港东方生命港)', () => {
    const port = gazetteer.places.find((p) => p.id === 'lingang-oriental-life-port')!;
    expect(port.precision).toBe('district');
    expect(port.district).toEqual(['宝山区']);
    expect(`${port.source}${port.description}`).not.toMatch(/罗店/u);
  });

  it('a park is the child of another only where a text says so (none does)', () => {
    expect(gazetteer.places.filter((p) => p.parent === 'north-shanghai-biomedicine-park').map((p) => p.id)).toEqual([]);
  });
});

describe('gazetteer data files', () => {
  it('validate against their schemas and hold about forty places', () => {
    expect(gazetteer.places.length).toBeGreaterThanOrEqual(40);
    expect(gazetteer.layouts.length).toBeGreaterThanOrEqual(5);
    expect(gazetteer.notMapped.terms.length).toBeGreaterThan(10);
  });

  it('are consistent with each other and with the clause model', () => {
    expect(gazetteerProblems(gazetteer, model)).toEqual([]);
  });

  it('use the district names of the outline file, and style every kind', () => {
    expect(districts.map((d) => d.name).sort()).toEqual([...shanghaiDistricts].sort());
    expect(Object.keys(kindStyles).sort()).toEqual([...placeKinds].sort());
  });
});

describe('every place', () => {
  it.each(gazetteer.places.map((p) => [p.id, p]))('%s lies in Shanghai and in its stated district(s)', (_id, place) => {
    const point: [number, number] = [place.lon, place.lat];
    // In Shanghai: inside (or within 0.5 km of) some district outline.
    const containing = districts.filter((d) => isInDistrict(point, d));
    expect(containing.length, `${place.id} (${place.lat}, ${place.lon}) is outside every Shanghai district`).toBeGreaterThan(0);
    // The centre is in one of the stated districts …
    const stated = place.district.map((name) => districtByName.get(name)!);
    expect(
      stated.some((d) => isInDistrict(point, d)),
      `${place.id} is not in ${place.district.join('/')} but in ${containing.map((d) => d.name).join('/')}`,
    ).toBe(true);
    // … and every stated district is reached by the uncertainty circle.
    for (const district of stated) {
      const nearest = Math.min(...district.polygons.flat(2).map((vertex) => distanceKm(point, vertex)));
      expect(
        isInDistrict(point, district) || nearest <= place.radius_km,
        `${place.id}: ${district.name} is ${nearest.toFixed(1)} km away, radius ${place.radius_km} km`,
      ).toBe(true);
    }
  });

  it.each(gazetteer.places.map((p) => [p.id, p]))('%s has a radius that matches its precision', (_id, place) => {
    if (place.precision === 'site') expect(place.radius_km).toBeLessThanOrEqual(1.5);
    if (place.precision === 'area') expect(place.radius_km).toBeLessThanOrEqual(20);
    if (place.precision === 'district') {
      // Known only to district level: drawn at the district's label point, radius covering it all.
      expect(place.district).toHaveLength(1);
      const district = districtByName.get(place.district[0]!)!;
      expect(distanceKm([place.lon, place.lat], district.label), `${place.id} is not at ${district.name}'s label point`).toBeLessThan(0.05);
      expect(place.radius_km, `${place.id}: radius must cover ${district.name}`).toBeGreaterThanOrEqual(Math.floor(districtReachKm(district.label, district)));
    }
    if (place.kind === 'district') expect(place.precision).toBe('district');
  });

  it('has a unique id, and its parent (if any) contains it within the parent’s radius', () => {
    const ids = gazetteer.places.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const byId = new Map(gazetteer.places.map((p) => [p.id, p]));
    for (const place of gazetteer.places.filter((p) => p.parent)) {
      const parent = byId.get(place.parent!)!;
      expect(distanceKm([place.lon, place.lat], [parent.lon, parent.lat]), `${place.id} is far from its parent ${parent.id}`).toBeLessThanOrEqual(
        parent.radius_km,
      );
    }
  });
});

describe('names', () => {
  it('every form (name or alias) is unique wherever it applies', () => {
    const forms = allAliases(gazetteer.places);
    const clashes: string[] = [];
    forms.forEach((a, i) =>
      forms.slice(i + 1).forEach((b) => {
        if (a.text === b.text && (!a.plans || !b.plans || a.plans.some((slug) => b.plans!.includes(slug)))) clashes.push(`${a.text}: ${a.place} / ${b.place}`);
      }),
    );
    expect(clashes).toEqual([]);
    // A deliberately unmapped term is never also a place's name.
    const texts = new Set(forms.map((f) => f.text));
    expect(gazetteer.notMapped.terms.filter((t) => texts.has(t.term)).map((t) => t.term)).toEqual([]);
  });

  it('forms scoped to some plans name plans that exist', () => {
    const slugs = new Set(model.map((p) => p.frontmatter.slug));
    for (const form of allAliases(gazetteer.places)) for (const slug of form.plans ?? []) expect(slugs, `${form.place}: ${form.text}`).toContain(slug);
  });
});

describe('layouts', () => {
  const placeIds = new Set(gazetteer.places.map((p) => p.id));
  const outline = new Map(model.map((p) => [p.frontmatter.slug, new Set(p.frontmatter.outline.map((e) => e.id))]));

  it('every plan has at least one layout', () => {
    expect(new Set(gazetteer.layouts.map((l) => l.plan))).toEqual(new Set(outline.keys()));
  });

  it.each(gazetteer.layouts.map((l) => [l.id, l]))('%s references existing places and clause ids', (_id, layout) => {
    expect(outline.get(layout.plan), `plan ${layout.plan}`).toBeDefined();
    expect(outline.get(layout.plan)!.has(layout.clause), `${layout.plan} has no clause ${layout.clause}`).toBe(true);
    for (const member of layout.members) {
      expect(placeIds.has(member.place), `unknown place ${member.place}`).toBe(true);
      expect(layout.groups.map((g) => g.id)).toContain(member.group);
      if (member.clause) expect(outline.get(layout.plan)!.has(member.clause)).toBe(true);
    }
  });
});

describe('the checks catch bad data', () => {
  /** A copy of the data directory with one file rewritten, loaded from a temporary root. */
  function withChangedFile(file: string, change: (text: string) => string, run: (root: string) => void): void {
    const root = mkdtempSync(join(tmpdir(), 'places-'));
    try {
      cpSync('content/places', join(root, 'content/places'), { recursive: true });
      const path = join(root, 'content/places', file);
      writeFileSync(path, change(readFileSync(path, 'utf8')));
      run(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  it('a schema error names the file, the line and the field', () => {
    withChangedFile(
      'places.yaml',
      (text) => text.replace('radius_km: 2.5\n    precision: area\n    source: 位于宝山南部', 'radius_km: -1\n    precision: area\n    source: 位于宝山南部'),
      (root) => {
        const line = readFileSync(join(root, 'content/places/places.yaml'), 'utf8').split('\n').indexOf('    radius_km: -1') + 1;
        expect(line).toBeGreaterThan(0);
        expect(() => loadGazetteer(root)).toThrow(new RegExp(`^content/places/places\\.yaml:${line}: places\\.\\d+\\.radius_km: `, 'u'));
      },
    );
  });

  it('a duplicated alias, a missing clause and a member the clause does not name are reported', () => {
    const broken: Gazetteer = structuredClone(gazetteer);
    broken.places.find((p) => p.id === 'luodian-park')!.aliases.push('国盛药谷');
    broken.layouts[0]!.clause = 's9-9';
    broken.layouts[1]!.members.push({ place: 'ssrf', group: broken.layouts[1]!.groups[0]!.id, role: '测试' });
    const problems = gazetteerProblems(broken, model).join('\n');
    expect(problems).toMatch(/form “国盛药谷” is used by (guosheng-yaogu and luodian-park|luodian-park and guosheng-yaogu)/u);
    expect(problems).toMatch(/clause s9-9 does not exist/u);
    expect(problems).toMatch(/member ssrf is not named in 2023-baoshan-synbio s3/u);
  });

  it('a point outside its district is detected', () => {
    const baoshan = districtByName.get('宝山区')!;
    expect(isInDistrict([121.47, 31.375], baoshan)).toBe(true); // 吴淞
    expect(isInDistrict([121.33, 30.72], baoshan)).toBe(false); // 金山卫
    expect(isInDistrict([121.6, 31.205], districtByName.get('浦东新区')!)).toBe(true); // 张江
  });
});
