/**
 * The city → district uptake table (src/uptake/) against the hand-checked list in expected.yaml
 * (written by reading the texts): the same city measures, each taken up or not as the list says,
 * and the district clauses named agree with the list (precision and recall over the pairs); and
 * the open data built from it fits its schema, which can reject a broken record.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { datasetDocument, datasetJsonSchema, datasets } from '../../src/data/catalog.ts';
import { loadSite } from '../../src/model/index.ts';
import { cityUptake, notTakenUp } from '../../src/uptake/index.ts';

const expected = parse(readFileSync(new URL('./expected.yaml', import.meta.url), 'utf8')) as {
  plan: string;
  rows: Record<string, { why: string; takenUpBy: string[]; reread?: string }>;
};
const site = loadSite();
const uptake = cityUptake(site).find((u) => u.city.slug === expected.plan)!;
const rows = uptake.sections.flatMap((s) => s.rows);
const shown = (id: string) => rows.find((r) => r.clause.id === id)!.uptake.map((u) => `${u.plan}#${u.clause}`);

describe('uptake of the city plan', () => {
  it('has one row per task and 保障措施 of the city plan, in a table per section, as the hand-checked list', () => {
    expect(rows.map((r) => r.clause.id)).toEqual(Object.keys(expected.rows));
    expect(uptake.sections.map((s) => `${s.section.path}${s.section.heading}`)).toEqual(['三、重点任务', '四、保障措施']);
    for (const r of rows) expect(['任务', '保障措施']).toContain(r.clause.part);
  });

  it('says which city measures no district plan takes up: every one the list says, and at most one more', () => {
    const none = Object.entries(expected.rows)
      .filter(([, v]) => v.takenUpBy.length === 0)
      .map(([k]) => k);
    const shownNone = notTakenUp(uptake).map((r) => r.clause.id);
    expect(none.length).toBeGreaterThan(0);
    for (const id of none) expect(shownNone, id).toContain(id);
    const extra = shownNone.filter((id) => !none.includes(id));
    console.log(`not taken up: ${shownNone.join(', ')} (the list: ${none.join(', ')})`);
    expect(extra.length).toBeLessThanOrEqual(1);
  });

  it('names the district clauses of the list (precision ≥ 0.8, recall ≥ 0.8 over the pairs), only from district plans, never a goal', () => {
    let agreed = 0;
    let listed = 0;
    let named = 0;
    for (const [id, { takenUpBy }] of Object.entries(expected.rows)) {
      const got = shown(id);
      named += got.length;
      listed += takenUpBy.length;
      agreed += got.filter((g) => takenUpBy.includes(g)).length;
    }
    const precision = agreed / named;
    const recall = agreed / listed;
    console.log(`uptake against expected.yaml: precision ${precision.toFixed(3)} (${agreed}/${named}), recall ${recall.toFixed(3)} (${agreed}/${listed})`);
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    for (const r of rows) {
      for (const u of r.uptake) {
        expect(site.plan(u.plan).level).not.toBe('市级');
        expect(site.clause(u.plan, u.clause)!.part).not.toBe('目标');
      }
    }
  });

  it('fills /data/uptake.json, which fits its published JSON Schema, and the schema rejects a broken record', () => {
    const dataset = datasets.find((d) => d.name === 'uptake')!;
    const document = datasetDocument(dataset, site) as { count: number; items: Array<Record<string, unknown>> };
    expect(document.count).toBe(rows.length);
    const validate = new Ajv2020({ strict: false }).compile(datasetJsonSchema(dataset, 'https://example.org/data/'));
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(document);
    broken.items[0]!.takenUp = 'yes';
    expect(validate(broken)).toBe(false);
    expect(dataset.schema.safeParse(broken).success).toBe(false);
    expect(z.toJSONSchema(dataset.schema)).toBeDefined();
  });
});
