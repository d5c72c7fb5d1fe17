/**
 * /uptake/ and /data/uptake.* on the built site: the JSON validates against its published schema
 * (Ajv), which rejects a broken record; the page has a table per city section with a row for every
 * city measure in the JSON, the district clauses it names, and the measures no district takes up,
 * all in the static HTML (no script of its own); every link lands on an id of the built plan
 * page; it is linked from the home page and /compare/; and a first visit is at most 80 KB (gzip).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { dist, pageDocument, requireBuild } from './built-site.ts';
import { firstVisit } from './first-visit.ts';

requireBuild();
const read = (file: string) => readFileSync(join(dist, 'data', file), 'utf8');
interface Item {
  cityPlan: string;
  section: string;
  clause: string;
  path: string;
  url: string;
  takenUp: boolean;
  uptake: Array<{ url: string; path: string }>;
}
const json = JSON.parse(read('uptake.json')) as { count: number; items: Item[] };
const BUDGET = 80 * 1024;

describe('/data/uptake.json', () => {
  it('validates against uptake.schema.json, and the schema rejects a broken record', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(read('uptake.schema.json')) as object);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(json);
    (broken.items[0]!.uptake as unknown) = 'none';
    expect(validate(broken)).toBe(false);
    expect(json.count).toBe(json.items.length);
    expect(json.items.length).toBeGreaterThanOrEqual(15);
    expect(read('uptake.csv').split('\n').length).toBeGreaterThan(json.items.length);
  });
});

describe('/uptake/', () => {
  const doc = pageDocument('/uptake/');
  it('has a table per city section, a row per city measure, its district clauses and, plainly, the measures no district takes up', () => {
    const tables = [...doc.querySelectorAll('main table.uptake-table')];
    expect(tables.length).toBe(new Set(json.items.map((i) => i.section)).size);
    for (const item of json.items) {
      const row = doc.getElementById(`uptake-${item.clause}`)!;
      expect(row, item.clause).not.toBeNull();
      expect(row.querySelector('th a')!.getAttribute('href')).toBe(item.url);
      const links = [...row.querySelectorAll('td a')].map((a) => a.getAttribute('href'));
      expect(links).toEqual(item.uptake.map((u) => u.url));
      if (!item.takenUp) expect(row.querySelector('td')!.textContent).toContain('没有区级条款落实');
    }
    const missing = json.items.filter((i) => !i.takenUp);
    expect(missing.length).toBeGreaterThan(0);
    const listed = [...doc.querySelectorAll('main ul.not-taken-up-list a')].map((a) => a.getAttribute('href'));
    expect(listed).toEqual(missing.map((i) => i.url));
    expect(doc.querySelector('main p.uptake-summary')!.textContent).toContain(`${missing.length} 项没有`);
  });

  it('needs no JavaScript: no script of its own, everything in the HTML', () => {
    const own = [...doc.querySelectorAll('main script')];
    expect(own).toEqual([]);
    expect(doc.querySelectorAll('main td li').length).toBe(json.items.reduce((n, i) => n + i.uptake.length, 0));
  });

  it('links only to clause ids that exist in the built plan pages', () => {
    for (const href of [...doc.querySelectorAll('main table a')].map((a) => a.getAttribute('href')!)) {
      const [path, hash] = href.split('#') as [string, string];
      expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
      expect(pageDocument(path).getElementById(hash), href).not.toBeNull();
    }
  });

  it('is linked from the home page and /compare/, and documented on /data/', () => {
    expect(pageDocument('/').querySelector('a[href="/uptake/"]')).not.toBeNull();
    expect(pageDocument('/compare/').querySelector('a[href="/uptake/"]')).not.toBeNull();
    expect(pageDocument('/data/').getElementById('uptake')).not.toBeNull();
  });

  it('weighs at most 80 KB on a first visit (gzip)', () => {
    const w = firstVisit('uptake/');
    const total = w.html + w.css + w.js + w.images;
    console.log(`/uptake/ first visit (gzip): HTML ${w.html} B, CSS ${w.css} B, JS ${w.js} B, images ${w.images} B, total ${total} B`);
    expect(total).toBeLessThanOrEqual(BUDGET);
  });
});
