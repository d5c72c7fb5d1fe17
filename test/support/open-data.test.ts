/**
 * The built `/data/support.json`, `.schema.json` and `.csv`: the file validates against the
 * schema it publishes (zod, and the JSON Schema's required fields), holds the 76 hand-checked
 * measures with deep links that exist on their plan pages, and the CSV has the same rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { supportEntrySchema } from '../../src/support/data-schema.ts';
import { dist, pageDocument, requireBuild } from '../site/built-site.ts';
import { expectedMeasures } from './expected.ts';

requireBuild();
const data = JSON.parse(readFileSync(join(dist, 'data/support.json'), 'utf8')) as { count: number; items: unknown[] };
const schema = JSON.parse(readFileSync(join(dist, 'data/support.schema.json'), 'utf8')) as { properties: { items: { items: { required: string[] } } } };

describe('/data/support.json', () => {
  it('validates item by item and holds exactly the hand-checked measures', () => {
    const items = data.items.map((item) => supportEntrySchema.parse(item));
    expect(data.count).toBe(items.length);
    const want = [...expectedMeasures()].flatMap(([plan, clauses]) => [...clauses.keys()].map((id) => `${plan}/${id}`)).sort();
    expect(items.map((item) => `${item.plan}/${item.clause}`).sort()).toEqual(want);
  });
  it('publishes a schema requiring the documented fields', () => {
    expect(schema.properties.items.items.required).toEqual(
      expect.arrayContaining(['plan', 'clause', 'url', 'title', 'text', 'summary', 'types', 'agencies', 'places', 'followUp', 'planStatus']),
    );
  });
  it('links every measure to an anchor that exists on its plan page', () => {
    const items = data.items.map((item) => supportEntrySchema.parse(item));
    for (const plan of new Set(items.map((item) => item.plan))) {
      const page = pageDocument(`/plans/${plan}/`);
      for (const item of items.filter((i) => i.plan === plan)) {
        expect(item.url).toBe(`/plans/${plan}/#${item.clause}`);
        expect(page.getElementById(item.clause), item.url).not.toBeNull();
      }
    }
  });
  it('names agencies as written, district-qualified, and states no full name the plans do not give', () => {
    const item = data.items.map((i) => supportEntrySchema.parse(i)).find((i) => i.plan === '2023-baoshan-synbio' && i.clause === 's4-5-11-2')!;
    expect(item.agencies.map((a) => [a.name, a.label])).toEqual([
      ['区国资委', '宝山区 区国资委'],
      ['区国投公司', '宝山区 区国投公司'],
      ['南大开发公司', '宝山区 南大开发公司'],
    ]);
  });
  it('has the same rows as CSV', () => {
    const csv = readFileSync(join(dist, 'data/support.csv'), 'utf8');
    // Starts with a BOM so spreadsheet programs read it as UTF-8.
    expect(csv.split(/\r?\n/u)[0]).toBe(
      '\ufeffplan,clause,path,title,summary,types,agencies,places,amounts,durations,conditions,validityTo,followUp,planStatus,statusNote,level,district,url',
    );
    const rows = csv
      .trim()
      .split(/\r?\n(?=\d{4}-)/u)
      .slice(1);
    expect(rows.length).toBe(data.count);
  });
});
