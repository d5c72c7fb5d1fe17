/**
 * The search index as several Pagefind bundles. Pagefind's indexer holds a whole bundle in memory
 * (≈ 3.5 GB for one bundle of 1,005 plans, sampled with `ps`), so the build writes bundles of at
 * most `PLANS_PER_BUNDLE` plans, one after another, each with a fresh indexer; the search page
 * merges them with Pagefind's `mergeIndex`. A plan's records are all in one bundle, so a plan's
 * group of hits comes from one bundle. The five real plans make one bundle.
 */

/**
 * Plans per bundle of a clause-level index: with clause records the index step then peaked at
 * 1.3 GB for 1,005 plans and 1.7 GB for 3,000 (measured before larger sites got the plan level).
 * A first search loads every bundle's entry file and chunk list — at 3,000 plans, 15 bundles,
 * ≈ 100 KB more than one bundle — so bundles are no smaller than memory needs.
 */
export const PLANS_PER_BUNDLE = 200;

/**
 * Plans per bundle of a plan-level index (plan-level.ts): one record a plan, each holding the
 * plan's whole text, so the indexer's memory grows by plan as with clause records (3,000 plans:
 * 1.1 GB with 500 a bundle, 2.0 GB with 1,000; the first search 192 KB and 201 KB).
 */
export const PLAN_LEVEL_PLANS_PER_BUNDLE = 500;

/** Written beside the first bundle: how the search page reads the index. */
export const BUNDLE_MANIFEST = 'bundles.json';

/** The folder of a plan-level index's plan files (plan-level.ts), inside the index folder. */
export const PLAN_FILES_DIR = 'plans/';

/** A plan's record file, relative to the index folder, named by its plan record's Pagefind id. */
export const planFile = (id: string): string => `${PLAN_FILES_DIR}${id}.json`;

/** The content of `bundles.json`. */
export interface IndexManifest {
  /** `clause`: a record per clause; `plan`: a record per plan, and a file of each plan's records. */
  level: 'clause' | 'plan';
  /** The merged bundles' folders, relative to the first. */
  bundles: string[];
  /** At plan level, the plans a search checks at first and at each request for more. */
  plansPerCheck?: number;
}

/** The files a merged bundle keeps: its entry, its metadata and its index, filter and fragment folders. */
export const BUNDLE_FILES = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|index|filter|fragment)$/u;

/** The folder of bundle `i` inside the index folder: the first is the index folder itself. */
export function bundleDir(i: number): string {
  return i === 0 ? '' : `bundle-${i}/`;
}

/** The plans cut into bundles of at most `size`, in order; always at least one bundle. */
export function splitIntoBundles<T>(plans: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Plans per search bundle must be a positive integer, got ${size}`);
  const bundles: T[][] = [];
  for (let i = 0; i < plans.length; i += size) bundles.push(plans.slice(i, i + size));
  return bundles.length > 0 ? bundles : [[]];
}
