/**
 * Pagefind's JS and WASM, fetched when the first search runs, with every bundle of the index
 * merged. Filter files load as searches name them (the engine always names `plan` and `kind`);
 * those of 部分 and 责任单位 — each as large as the rest of a first search — when the reader opens
 * them (`LAZY_FACETS`) or filters by them.
 */
import type { PagefindData, PagefindLike } from '../../search/engine.ts';
import { pageUrl } from '../../contracts/urls.ts';
import { BUNDLE_MANIFEST, planFile, type IndexManifest } from '../../search/bundles.ts';

/** Written by the build (src/search/index-site.ts) under the site's base; not a module Vite should bundle. */
const PAGEFIND_MODULE = pageUrl('/pagefind/pagefind.js');
/** The other bundles of the index, merged into the first (src/search/bundles.ts). */
const BUNDLE_MANIFEST_URL = pageUrl(`/pagefind/${BUNDLE_MANIFEST}`);
let pagefindPromise: Promise<LoadedIndex> | undefined;

export interface PagefindWithFilters extends PagefindLike {
  /** Loads every filter's file (Pagefind counts a filter's values only once its file is loaded). */
  filters(): Promise<unknown>;
}

export interface LoadedIndex {
  pagefind: PagefindWithFilters;
  manifest: IndexManifest;
  /** At plan level, a plan's records by its Pagefind id (each file read once). */
  loadPlan(id: string): Promise<PagefindData[]>;
}

async function json<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return (await r.json()) as T;
}

export function loadPagefind(): Promise<LoadedIndex> {
  pagefindPromise ??= Promise.all([import(/* @vite-ignore */ PAGEFIND_MODULE), json<IndexManifest>(BUNDLE_MANIFEST_URL)]).then(async ([pagefind, manifest]) => {
    // The records' URLs already carry the site's base (clauseUrl): Pagefind must not prefix its own
    // (the folder of pagefind.js, `/portal/` under a base path), or links read /portal/portal/….
    const options = { excerptLength: 30, baseUrl: '/' };
    await pagefind.options(options);
    await Promise.all(manifest.bundles.map((dir) => pagefind.mergeIndex(pageUrl(`/pagefind/${dir}`), options)));
    const plans = new Map<string, Promise<PagefindData[]>>();
    const loadPlan = (id: string) => {
      let records = plans.get(id);
      if (!records) {
        records = json<{ records: PagefindData[] }>(pageUrl(`/pagefind/${planFile(id)}`)).then((f) => f.records);
        // A failed read is tried again by the next search.
        records.catch(() => plans.delete(id));
        plans.set(id, records);
      }
      return records;
    };
    return { pagefind: pagefind as PagefindWithFilters, manifest, loadPlan };
  });
  // A failed load is tried again by the next search.
  pagefindPromise.catch(() => (pagefindPromise = undefined));
  return pagefindPromise;
}
