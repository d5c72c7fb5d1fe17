/**
 * The search index for many plans ("plan level"). With one Pagefind record per clause, Pagefind's
 * list of records (its `pf_meta` files) and the `plan` filter grow with every clause: a first search
 * at 3,000 plans downloaded 1.2 MB before a hit was shown. At plan level Pagefind holds one record
 * per plan (its whole text), which finds the plans holding the words of a query for a few bytes a
 * plan; each plan's clause records — the same records as the clause-level index (records.ts) — are
 * in a file of their own, named by the plan record's Pagefind id, and the search page reads them
 * for the plans it checks (plan-search.ts), a page of plans at a time.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SitePlan } from '../model/index.ts';
import { planUrl } from '../model/urls.ts';
import { bundleDir, PLAN_FILES_DIR, planFile } from './bundles.ts';
import { recordsFor, type SearchRecord } from './records.ts';

/** A record as a plan's file holds it: what Pagefind's `data()` gives for a clause-level record. */
export type PlanFileRecord = Omit<SearchRecord, 'language'>;

/**
 * Plans on a site above which the build writes the plan-level index (one bundle of the clause-level
 * index). Up to it the clause-level index gives every plan's count at once; its first search grows
 * with the clauses (362 KB at 500 plans, 530 KB at 1,005, 1,162 KB at 3,000), the plan-level one's
 * hardly (155, 185 and 192 KB; README).
 */
export const CLAUSE_LEVEL_MAX_PLANS = 200;

/** Plans whose files a search reads before it shows anything (then as many more at each request). */
export const PLANS_PER_CHECK = 10;

/** The plan's record for Pagefind: all its text (clauses, frame, summary), one line a record. */
export function planRecord(plan: SitePlan, records: readonly SearchRecord[] = recordsFor(plan)): SearchRecord {
  return {
    url: planUrl(plan.slug),
    content: records.map((r) => r.content).join('\n'),
    language: 'zh-cn',
    meta: { title: plan.shortTitle },
    // Chosen plan-level facets (规划, 层级, 区域, 状态) narrow the plans searched by this filter.
    filters: { plan: [plan.shortTitle] },
  };
}

/** Pagefind's fragment files: gzip, a signature, then JSON (one page, or a group of pages by id). */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** Page id → URL of every fragment of a written bundle (ids are what Pagefind's results carry). */
export function fragmentUrls(bundlePath: string): Map<string, string> {
  const urls = new Map<string, string>();
  const dir = join(bundlePath, 'fragment');
  for (const file of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${join(dir, file)}: not a Pagefind fragment (no ${FRAGMENT_SIGNATURE} signature)`);
    const parsed = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url?: string } | Record<string, { url: string }>;
    const id = file.replace(/\.pf_fragment$/u, '');
    if (typeof parsed.url === 'string') urls.set(id, parsed.url);
    else for (const [pageId, page] of Object.entries(parsed as Record<string, { url: string }>)) urls.set(pageId, page.url);
  }
  return urls;
}

/**
 * Writes each plan's records to `<index>/plans/<id>.json`, `id` being its plan record's Pagefind
 * id in the bundle that holds it. Throws if a plan has no record in the index, or a record no plan.
 */
export function writePlanFiles(outputPath: string, bundles: readonly (readonly SitePlan[])[], recordsOf: (plan: SitePlan) => SearchRecord[]): number {
  mkdirSync(join(outputPath, PLAN_FILES_DIR), { recursive: true });
  let written = 0;
  bundles.forEach((plans, i) => {
    const byUrl = new Map(plans.map((plan) => [planUrl(plan.slug), plan]));
    for (const [id, url] of fragmentUrls(join(outputPath, bundleDir(i)))) {
      const plan = byUrl.get(url);
      if (!plan) throw new Error(`Search bundle ${i}: record ${id} (${url}) is no plan of the bundle`);
      byUrl.delete(url);
      const records: PlanFileRecord[] = recordsOf(plan).map(({ url: u, content, meta, filters }) => ({ url: u, content, meta, filters }));
      writeFileSync(join(outputPath, planFile(id)), JSON.stringify({ records }));
      written++;
    }
    if (byUrl.size > 0) throw new Error(`Search bundle ${i}: no Pagefind record for ${[...byUrl.keys()].join(', ')}`);
  });
  return written;
}
