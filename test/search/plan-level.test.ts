import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/model/index.ts';
import { planUrl } from '../../src/model/urls.ts';
import { writeBundles } from '../../src/search/index-site.ts';
import { fragmentUrls, planRecord, writePlanFiles } from '../../src/search/plan-level.ts';
import { recordsFor } from '../../src/search/records.ts';

const { plans } = loadSite();
const dir = mkdtempSync(join(tmpdir(), 'portal-plan-level-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plan-level index', () => {
  it('makes one record of a plan holding every record’s text, filtered by the plan', () => {
    const plan = plans[0]!;
    const record = planRecord(plan);
    expect(record.url).toBe(planUrl(plan.slug));
    expect(record.filters).toEqual({ plan: [plan.shortTitle] });
    for (const r of recordsFor(plan)) expect(record.content).toContain(r.content);
  });

  it('names each plan’s file by its Pagefind id, and fails naming the plan Pagefind has no record of', async () => {
    const out = join(dir, 'pagefind');
    const bundles = [plans.slice(0, 3), plans.slice(3)];
    await writeBundles(
      out,
      bundles.map((inBundle) => [inBundle.map((p) => planRecord(p))]),
      { level: 'plan', plansPerCheck: 10 },
    );
    const ids = [...fragmentUrls(out).keys(), ...fragmentUrls(join(out, 'bundle-1/')).keys()];
    expect(ids).toHaveLength(5);
    expect(writePlanFiles(out, bundles, recordsFor)).toBe(5);
    expect(readdirSync(join(out, 'plans')).sort()).toEqual(ids.map((id) => `${id}.json`).sort());
    const [firstId, firstUrl] = [...fragmentUrls(out)][0]!;
    const file = JSON.parse(readFileSync(join(out, 'plans', `${firstId}.json`), 'utf8')) as { records: Array<{ url: string }> };
    expect(file.records[0]!.url.startsWith(firstUrl)).toBe(true);
    expect(() => writePlanFiles(out, [plans.slice(0, 2), plans.slice(3)], recordsFor)).toThrow(
      /Search bundle 0: record .+ \(\/plans\/.+\/\) is no plan of the bundle/u,
    );
    expect(() => writePlanFiles(out, [[...plans.slice(0, 3), plans[4]!], plans.slice(3)], recordsFor)).toThrow(
      /Search bundle 0: no Pagefind record for \/plans\//u,
    );
  });
});
