/**
 * The built open-data files (`dist/data/`): each validates against its own published JSON Schema
 * (a real JSON Schema validator, Ajv), the counts match the plans' headings, every URL lands on
 * an anchor that exists in the built pages, and the CSV files hold the same rows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { datasets } from '../../src/data/catalog.ts';
import { dist, pageDocument, planFrontmatters, requireBuild } from '../site/built-site.ts';
import { parseCsv } from '../helpers/csv-read.ts';

requireBuild();
const read = (file: string) => JSON.parse(readFileSync(join(dist, 'data', file), 'utf8')) as Record<string, unknown>;

const anchorsByPage = new Map<string, Set<string>>();
function anchorExists(url: string): boolean {
  const [path, hash] = url.split('#') as [string, string | undefined];
  let ids = anchorsByPage.get(path);
  if (!ids) {
    const file = join(dist, path, 'index.html');
    if (!existsSync(file)) return false;
    ids = new Set([...pageDocument(path).querySelectorAll('[id]')].map((el) => el.id));
    anchorsByPage.set(path, ids);
  }
  return hash === undefined || ids.has(hash);
}

describe('open data', () => {
  it.each(datasets.map((d) => [d.name]))('%s.json validates against %s.schema.json', (name) => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(read(`${name}.schema.json`));
    const ok = validate(read(`${name}.json`));
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema rejects a broken record (the validation can fail)', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(read('clauses.schema.json'));
    const broken = read('clauses.json') as { items: Array<Record<string, unknown>> };
    broken.items[0] = { ...broken.items[0], id: 'not-an-id', agencies: '区科委' };
    expect(validate(broken)).toBe(false);
  });

  it('plans.json lists every plan with 文号, status and working URLs', () => {
    const plans = read('plans.json') as {
      asOf: string;
      items: Array<{ slug: string; docNumber: string | null; status: string; urls: Record<string, string>; counts: { clauses: number } }>;
    };
    expect(plans.items.map((p) => p.slug).sort()).toEqual(
      planFrontmatters()
        .map((f) => f.slug)
        .sort(),
    );
    expect(plans.items[0]!.slug).toBe('2023-shanghai-synbio');
    const city = plans.items.find((p) => p.slug === '2023-shanghai-synbio')!;
    expect(city.docNumber).toBe('沪府办发〔2023〕18号');
    expect(plans.items.find((p) => p.slug === '2024-baoshan-biomedicine-draft')).toMatchObject({ docNumber: null, status: '送审稿' });
    for (const plan of plans.items) {
      expect(anchorExists(plan.urls.page!), plan.urls.page).toBe(true);
      expect(anchorExists(plan.urls.original!), plan.urls.original).toBe(true);
      expect(existsSync(join(dist, plan.urls.originalText!))).toBe(true);
    }
  });

  it('clauses.json has one entry per heading of each plan (150 in all), each url a clause anchor that exists', () => {
    const clauses = read('clauses.json') as {
      count: number;
      items: Array<{ plan: string; id: string; url: string; path: string; text: string; agencies: string[]; places: string[] }>;
    };
    const expected: Record<string, number> = {
      '2023-shanghai-synbio': 19,
      '2023-baoshan-synbio': 41,
      '2023-jinshan-biomanufacturing': 21,
      '2024-baoshan-biomedicine-draft': 38,
      '2025-zhangjiang-baoshan-park': 31,
    };
    const perPlan: Record<string, number> = {};
    for (const c of clauses.items) perPlan[c.plan] = (perPlan[c.plan] ?? 0) + 1;
    expect(perPlan).toEqual(expected);
    expect(clauses.count).toBe(150);
    for (const fm of planFrontmatters()) expect(perPlan[fm.slug]).toBe(fm.outline.length);
    for (const c of clauses.items) {
      expect(c.url).toBe(`/plans/${c.plan}/#${c.id}`);
      expect(anchorExists(c.url), c.url).toBe(true);
    }
    const fund = clauses.items.find((c) => c.plan === '2023-baoshan-synbio' && c.id === 's4-5-11-2')!;
    expect(fund.path).toBe('四、（五）11.（2）');
    expect(fund.agencies).toEqual(['区国资委', '区国投公司', '南大开发公司']);
    // Its own text, not its sub-clauses': the parent 11. does not repeat （2）.
    const parent = clauses.items.find((c) => c.plan === '2023-baoshan-synbio' && c.id === 's4-5-11')!;
    expect(parent.text).not.toContain('专项子基金');
    expect(fund.text).toContain('专项子基金');
  });

  it.each(datasets.filter((d) => d.csv).map((d) => [d.name]))('%s.csv holds the same rows as %s.json', (name) => {
    const text = readFileSync(join(dist, 'data', `${name}.csv`), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    const json = read(`${name}.json`) as { items: Array<Record<string, unknown>> };
    expect(rows.length).toBe(json.items.length + 1);
    const header = rows[0]!;
    const urlColumn = header.indexOf('url');
    expect(urlColumn).toBeGreaterThanOrEqual(0);
    const jsonUrls = json.items.map((item) => (item.url ?? (item.urls as Record<string, string>).page) as string);
    expect(rows.slice(1).map((r) => r[urlColumn])).toEqual(jsonUrls);
    if (name === 'clauses') {
      const textColumn = header.indexOf('text');
      expect(rows.slice(1).map((r) => r[textColumn])).toEqual(json.items.map((item) => item.text));
    }
  });

  it('/data/ documents every file and its fields', () => {
    const page = pageDocument('/data/');
    for (const dataset of datasets) {
      const section = page.getElementById(dataset.name);
      expect(section, dataset.name).not.toBeNull();
      expect(section!.querySelector(`a[href="/data/${dataset.name}.schema.json"]`)).not.toBeNull();
      const fields = [...section!.querySelectorAll('td:first-child code')].map((el) => el.textContent);
      expect(fields.length).toBeGreaterThan(5);
    }
    expect(page.querySelector('main')!.textContent).toContain('著作权法');
    expect(page.querySelector('main')!.textContent).toMatch(/数据截至 ?\d{4}-\d{2}-\d{2}/u);
  });
});
