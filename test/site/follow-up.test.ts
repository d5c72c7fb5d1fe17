/**
 * /follow-up/ and /data/follow-up.* on the built site: the JSON validates against its published
 * schema (Ajv; test/data/open-data.test.ts checks it too, and that the CSV holds the same rows), every clause link lands on an id of the built plan
 * page, and the page lists every entry, grouped by plan, with the count it states.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { dist, pageDocument, requireBuild } from './built-site.ts';

requireBuild();
const read = (file: string) => readFileSync(join(dist, 'data', file), 'utf8');
const json = JSON.parse(read('follow-up.json')) as { count: number; items: Array<Record<string, unknown> & { url: string; plan: string; document: string }> };

describe('/data/follow-up.json', () => {
  it('validates against follow-up.schema.json, and the schema can reject a broken record', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(read('follow-up.schema.json')) as object);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(json);
    (broken.items[0] as Record<string, unknown>).kind = 'promise';
    expect(validate(broken)).toBe(false);
    expect(json.count).toBe(json.items.length);
    expect(json.items.length).toBeGreaterThanOrEqual(18);
  });

  it('every clause link lands on an id that exists in the built plan page', () => {
    for (const item of json.items) {
      const [path, hash] = item.url.split('#') as [string, string];
      expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
      expect(pageDocument(path).getElementById(hash), item.url).not.toBeNull();
    }
  });
});

describe('/follow-up/', () => {
  const doc = pageDocument('/follow-up/');
  it('lists every entry under its plan heading, with a clause link, and states the count', () => {
    const sections = [...doc.querySelectorAll('main section[aria-labelledby^="plan-"]')];
    expect(sections.length).toBe(new Set(json.items.map((i) => i.plan)).size);
    const listed = sections.flatMap((s) => [...s.querySelectorAll('li h3')].map((h) => `${s.getAttribute('aria-labelledby')} ${h.textContent}`));
    expect(listed).toEqual(json.items.map((i) => `plan-${i.plan} ${i.document}`));
    const links = [...doc.querySelectorAll('main li dd a')].map((a) => a.getAttribute('href'));
    for (const item of json.items) expect(links).toContain(item.url);
    expect(doc.querySelector('main p')!.textContent).toContain(`${json.items.length} 项`);
    expect(doc.querySelector('main')!.textContent).toContain('本站未收录');
    const headings = [...doc.querySelectorAll('main li h3')].map((h) => h.textContent ?? '');
    for (const phrase of ['按照规定予以支持', '重要政策制定', '全面落实各类惠企政策', '海聚英才']) expect(headings.join('|')).not.toContain(phrase);
  });
  it('is linked from the home page and documented on /data/', () => {
    expect(pageDocument('/').querySelector('a[href="/follow-up/"]')).not.toBeNull();
    expect(pageDocument('/data/').getElementById('follow-up')).not.toBeNull();
  });
});
