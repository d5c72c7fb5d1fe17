/**
 * The search page's behaviour: reads `q` (and `exact`, filters) from the URL, writes them back
 * as the reader types, loads Pagefind on the first search only, announces in how many plans
 * the phrase occurs, and shows each plan's best hits with the rest behind a fold. A query that
 * is an enterprise word (房租) also searches the plans' words for it (the reviewed table embedded
 * in the page), and a line says which. With a plan-level index (a site of many plans,
 * src/search/plan-level.ts) the plans found are read a few at a time, and the status line says
 * how many were checked of how many found, with a button for more. Each search shown is told by
 * a `portal:search-done` event on the form and counted, with its timings, on the result list's
 * `data-searches`/`data-search-ms` (the tests and the benchmark wait on them).
 */
import { search, type PagefindData, type PagefindLike, type SearchOutcome } from '../../search/engine.ts';
import { searchPlans, type PlanSearchOutcome } from '../../search/plan-search.ts';
import { expandEnterpriseQuery, type EnterpriseExpansion, type EnterpriseWords } from '../../search/enterprise-words.ts';
import { MAX_QUERY_CHARS, parseQuery, shortened, type T2S } from '../../search/normalize.ts';
import type { PlanFacetTable } from '../../search/plan-facets.ts';
import { pageUrl } from '../../contracts/urls.ts';
import { BUNDLE_MANIFEST, planFile, type IndexManifest } from '../../search/bundles.ts';
import { FACETS, LAZY_FACETS, facetGroups, lazyFacets, planGroup, resultItem } from './render.ts';

/** Partial matches per page. */
const PAGE_SIZE = 20;
/** Plan groups per page (3,000 plans must not mean 3,000 groups in the DOM). */
const GROUP_PAGE = 20;
/** Best hits shown in each plan's group before its fold. */
const BEST_PER_PLAN = 3;
const DEBOUNCE_MS = 150;

/** What the page tells when a search is done, as the detail of its `portal:search-done` event. */
export interface SearchDone {
  query: string;
  /** The whole first screen shown. */
  ms: number;
  /** The status line and the first plan's hits shown. */
  firstMs: number;
  /** The searches before anything is drawn. */
  engineMs: number;
  results: number;
}

/** Dispatched on the search form when a search is shown (tests and the benchmark listen to it). */
export const SEARCH_DONE = 'portal:search-done';

/** Written by the build (src/search/index-site.ts) under the site's base; not a module Vite should bundle. */
const PAGEFIND_MODULE = pageUrl('/pagefind/pagefind.js');
/** The other bundles of the index, merged into the first (src/search/bundles.ts). */
const BUNDLE_MANIFEST_URL = pageUrl(`/pagefind/${BUNDLE_MANIFEST}`);
let pagefindPromise: Promise<LoadedIndex> | undefined;

interface PagefindWithFilters extends PagefindLike {
  /** Loads every filter's file (Pagefind counts a filter's values only once its file is loaded). */
  filters(): Promise<unknown>;
}

interface LoadedIndex {
  pagefind: PagefindWithFilters;
  manifest: IndexManifest;
  /** At plan level, a plan's records by its Pagefind id (each file read once). */
  loadPlan(id: string): Promise<PagefindData[]>;
}

/**
 * Pagefind's JS and WASM, fetched when the first search runs, with every bundle of the index
 * merged. Filter files load as searches name them (the engine always names `plan` and `kind`);
 * those of 部分 and 责任单位 — each as large as the rest of a first search — when the reader opens
 * them (`LAZY_FACETS`) or filters by them.
 */
function loadPagefind(): Promise<LoadedIndex> {
  pagefindPromise ??= Promise.all([
    import(/* @vite-ignore */ PAGEFIND_MODULE),
    fetch(BUNDLE_MANIFEST_URL).then((r) => (r.ok ? (r.json() as Promise<IndexManifest>) : Promise.reject(new Error(`${BUNDLE_MANIFEST_URL}: ${r.status}`)))),
  ]).then(async ([pagefind, manifest]) => {
    // The records' URLs already carry the site's base (clauseUrl): Pagefind must not prefix its own
    // (the folder of pagefind.js, `/portal/` under a base path), or links read /portal/portal/….
    const options = { excerptLength: 30, baseUrl: '/' };
    await pagefind.options(options);
    await Promise.all(manifest.bundles.map((dir) => pagefind.mergeIndex(pageUrl(`/pagefind/${dir}`), options)));
    const plans = new Map<string, Promise<PagefindData[]>>();
    const loadPlan = (id: string) => {
      let records = plans.get(id);
      if (!records) {
        const url = pageUrl(`/pagefind/${planFile(id)}`);
        records = fetch(url)
          .then((r) => (r.ok ? (r.json() as Promise<{ records: PagefindData[] }>) : Promise.reject(new Error(`${url}: ${r.status}`))))
          .then((f) => f.records);
        // A failed read is tried again by the next search.
        records.catch(() => plans.delete(id));
        plans.set(id, records);
      }
      return records;
    };
    return { pagefind: pagefind as PagefindWithFilters, manifest, loadPlan };
  });
  return pagefindPromise;
}

export function startSearchPage(): void {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-q') as HTMLInputElement;
  const exact = document.getElementById('search-exact') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const errorBox = document.getElementById('search-error')!;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const facets = document.getElementById('search-facets')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const checkMore = document.getElementById('search-check-more') as HTMLButtonElement;
  const summaries = document.getElementById('search-summaries')!;
  const partialBox = document.getElementById('search-partial')!;
  const partialList = document.getElementById('search-partial-list') as HTMLOListElement;
  const partialMore = document.getElementById('search-partial-more') as HTMLButtonElement;
  const empty = document.getElementById('search-empty')!;
  const expansionLine = document.getElementById('search-expansion')!;
  const t2s = JSON.parse(document.getElementById('t2s-table')?.textContent ?? '{}') as T2S;
  const enterpriseWords = JSON.parse(document.getElementById('enterprise-words')?.textContent ?? '[]') as EnterpriseWords;
  const planFacets = JSON.parse(document.getElementById('plan-facets')?.textContent ?? '{}') as PlanFacetTable;

  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  exact.checked = params.get('exact') === '1';
  let selected: Record<string, string[]> = Object.fromEntries(FACETS.map(([key]) => [key, params.getAll(key)]));
  let outcome: SearchOutcome | PlanSearchOutcome | undefined;
  /** At plan level, how many of the plans found the current query checks (grows at the reader's request). */
  let plansToCheck = 0;
  let checkedQuery = '';
  /** The enterprise words of the current outcome's query and the plan words searched for them. */
  let expansion: EnterpriseExpansion | undefined;
  let groupsShown = 0;
  let partialShown = 0;
  let sequence = 0;
  /** Searches shown so far. */
  let done = 0;
  /** When the first plan group of the current search showed its hits (for the benchmark). */
  let firstGroupAt: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether every filter file is loaded (the reader opened 部分/责任单位): their facets then show open. */
  let allFacets = false;

  const loadAllFacets = async () => {
    allFacets = true;
    try {
      await (await loadPagefind()).pagefind.filters();
    } catch {
      allFacets = false;
    }
    await run();
  };

  const writeUrl = (query: string) => {
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    if (exact.checked) url.searchParams.set('exact', '1');
    for (const [key, values] of Object.entries(selected)) for (const v of values) url.searchParams.append(key, v);
    history.replaceState(null, '', url);
  };

  const readFacets = () => {
    selected = Object.fromEntries(
      FACETS.map(([key]) => [key, [...facets.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map((b) => b.value)]),
    );
    void run();
  };

  const phrasesOf = (current: SearchOutcome) => current.phrases.map((p) => p.phrase);
  const stale = (current: SearchOutcome) => current !== outcome;

  /**
   * Appends the next page of plan groups: names and counts at once, each plan's best hits as
   * its search returns (with thousands of plans each search takes a while). Resolves when all
   * are filled, and notes when the first one was.
   */
  async function showMoreGroups(current: SearchOutcome): Promise<void> {
    const next = current.groups.slice(groupsShown, groupsShown + GROUP_PAGE);
    // One plan's search after another, in the order shown: the first plans fill first.
    let previous: Promise<unknown> = Promise.resolve();
    const groups = next.map((group) => {
      const hits = previous.then(() => group.hits());
      previous = hits.catch(() => undefined);
      const shown = Math.min(BEST_PER_PLAN, group.count);
      const best = async () => Promise.all((await hits).slice(0, BEST_PER_PLAN).map((h) => h.load()));
      const rest = async () => Promise.all((await hits).slice(BEST_PER_PLAN).map((h) => h.load()));
      return planGroup(group, shown, best, rest, phrasesOf(current), t2s);
    });
    if (stale(current)) return;
    list.append(...groups.map((g) => g.item));
    groupsShown += next.length;
    more.textContent = `显示更多规划（还有 ${current.groups.length - groupsShown} 份）`;
    more.hidden = groupsShown >= current.groups.length;
    await groups[0]?.ready;
    firstGroupAt ??= performance.now();
    await Promise.all(groups.map((g) => g.ready));
  }

  async function showMorePartial(current: SearchOutcome): Promise<void> {
    const hits = await Promise.all(current.partial.slice(partialShown, partialShown + PAGE_SIZE).map((h) => h.load()));
    if (stale(current)) return;
    partialList.append(...hits.map((hit) => resultItem(hit, phrasesOf(current), t2s)));
    partialShown += hits.length;
    partialMore.hidden = partialShown >= current.partial.length;
  }

  /** At plan level with plans left unchecked: how far the counts reach. */
  function checkedText(current: SearchOutcome | PlanSearchOutcome): string {
    if (!('plansFound' in current) || current.plansChecked >= current.plansFound) return '';
    // The plan-level index knows words, not phrases: the plans it finds may hold the query.
    return `按词索引，${current.plansFound} 份规划可能含有检索词；已逐条核对其中 ${current.plansChecked} 份，以上计数只含这些规划。`;
  }

  function statusText(current: SearchOutcome): string {
    return `${matchesText(current)}${checkedText(current)}`;
  }

  function matchesText(current: SearchOutcome): string {
    const { query } = current;
    const phrase = `“${shortened(query.phrase)}”`;
    const cut = query.cut ? `检索词有 ${query.length} 个字，超过 ${MAX_QUERY_CHARS} 字，只按前 ${MAX_QUERY_CHARS} 字检索。` : '';
    const inSummaries = current.summaries.length > 0 ? `另有 ${current.summaries.length} 份编辑摘要提到（不计入）。` : '';
    const [own, ...extra] = current.phrases;
    if (current.exactCount > 0 && extra.length > 0) {
      const where = `在 ${current.groups.length} 份规划中找到 ${current.exactCount} 处`;
      const lead = own?.count
        ? `${where}${phrase}或对应的规划用语（按条款计），其中 ${own.count} 处为完整短语${phrase}。`
        : `未找到完整短语${phrase}。按对应的规划用语，${where}（按条款计）。`;
      const partial = current.partial.length > 0 ? `另列 ${current.partial.length} 条部分匹配。` : '';
      return `${cut}${lead}${inSummaries}${partial}`;
    }
    if (current.exactCount > 0) {
      const partial = current.partial.length > 0 ? `完整短语之后另列 ${current.partial.length} 条部分匹配。` : '';
      return `${cut}在 ${current.groups.length} 份规划中找到 ${current.exactCount} 处${phrase}（按条款计）。${inSummaries}${partial}`;
    }
    const missing = `${cut}未找到完整短语${phrase}。`;
    if (current.partial.length > 0) return `${missing}${inSummaries}以下 ${current.partial.length} 条为部分匹配：含检索词中的词，但不连在一起。`;
    const tips: string[] = [];
    if (query.quoted) tips.push('去掉引号');
    else if (current.exactOnly) tips.push('取消“精确匹配”');
    if (Object.values(selected).some((v) => v.length > 0)) tips.push('清除筛选条件');
    if (!current.partialWithheld) tips.push('换一个更短的词');
    if (tips.length === 0) tips.push('换一个词');
    const withheld = current.partialWithheld ? '两个字以内的检索词不列部分匹配。' : '';
    return `${missing}${inSummaries}${withheld}可以试试${tips.join('、')}。`;
  }

  /** Says which plan words were searched for the enterprise words typed, and how often each occurs. */
  function showExpansion(): void {
    const extra = outcome?.phrases.slice(1) ?? [];
    expansionLine.hidden = !expansion || !outcome;
    if (!expansion || !outcome) {
      expansionLine.replaceChildren();
      return;
    }
    const counts = extra.map((p) => `${p.phrase} ${p.count} 处`).join('、');
    expansionLine.textContent = `“${expansion.words.join('”“')}”是日常说法，规划里写作：${expansion.planWords.join('、')}。已一并检索这些规划用语${counts ? `（${counts}）` : ''}。`;
  }

  async function render(): Promise<void> {
    more.hidden = true;
    const unchecked = outcome && 'plansFound' in outcome ? outcome.plansFound - outcome.plansChecked : 0;
    checkMore.hidden = unchecked <= 0;
    checkMore.textContent = `核对更多规划（还有 ${unchecked} 份）`;
    partialMore.hidden = true;
    groupsShown = 0;
    partialShown = 0;
    showExpansion();
    if (!outcome || outcome.query.canonical === '') {
      list.replaceChildren();
      partialList.replaceChildren();
      facets.replaceChildren();
      status.textContent = '';
      facets.hidden = true;
      summaries.hidden = true;
      partialBox.hidden = true;
      empty.hidden = false;
      return;
    }
    const current = outcome;
    empty.hidden = true;
    list.replaceChildren();
    partialList.replaceChildren();
    summaries.hidden = true;
    partialBox.hidden = current.partial.length === 0;
    status.textContent = statusText(current);
    // At plan level every facet is counted on the records read: there is no filter file to load.
    const unloaded = allFacets || 'plansFound' in current ? [] : LAZY_FACETS.filter(([key]) => !current.facets[key]);
    facets.replaceChildren(
      ...facetGroups(current.facets, selected, readFacets, allFacets ? LAZY_FACETS.map(([key]) => key) : []),
      ...(unloaded.length > 0 ? [lazyFacets(unloaded, () => void loadAllFacets())] : []),
    );
    facets.hidden = Object.keys(current.facets).length === 0;
    const summaryHits = Promise.all(current.summaries.map((h) => h.load()));
    await Promise.all([showMoreGroups(current), showMorePartial(current)]);
    const inSummaries = await summaryHits;
    if (stale(current)) return;
    summaries.querySelector('ol')!.replaceChildren(...inSummaries.map((hit) => resultItem(hit, phrasesOf(current), t2s, 'h3')));
    summaries.hidden = inSummaries.length === 0;
  }

  async function run(): Promise<void> {
    const mine = ++sequence;
    const query = input.value;
    errorBox.hidden = true;
    if (query.trim() === '') {
      writeUrl('');
      outcome = undefined;
      await render();
      return;
    }
    writeUrl(query.trim());
    const started = performance.now();
    firstGroupAt = undefined;
    status.textContent = '正在检索…';
    let index: LoadedIndex;
    try {
      index = await loadPagefind();
    } catch {
      pagefindPromise = undefined;
      errorBox.textContent = '检索索引加载失败，请稍后重试，或先浏览';
      errorBox.append(Object.assign(document.createElement('a'), { href: pageUrl('/plans/'), textContent: '全部规划' }), '。');
      errorBox.hidden = false;
      status.textContent = '';
      return;
    }
    // Enterprise words widen an ordinary search only: a quoted query or 精确匹配 means that phrase alone.
    const parsed = parseQuery(query, t2s);
    const widened = exact.checked || parsed.quoted ? undefined : expandEnterpriseQuery(parsed.pagefind, enterpriseWords);
    const options = { exactOnly: exact.checked, filters: selected, t2s, extraPhrases: widened?.planWords, planFacets };
    const { pagefind, manifest, loadPlan } = index;
    // A new query (or filter) starts again from the first plans; the reader asks for more.
    const asked = JSON.stringify([query.trim(), options.exactOnly, selected]);
    if (asked !== checkedQuery) plansToCheck = manifest.plansPerCheck ?? 0;
    checkedQuery = asked;
    const result =
      manifest.level === 'plan' ? await searchPlans(pagefind, query, { ...options, plansToCheck, loadPlan }) : await search(pagefind, query, options);
    if (mine !== sequence) return;
    expansion = widened;
    const engineMs = Math.round(performance.now() - started);
    // The URL keeps what was searched: a cut query is shared cut (and stays short).
    writeUrl(result.query.cut ? (result.query.quoted ? `"${result.query.phrase}"` : result.query.phrase) : query.trim());
    outcome = result;
    await render();
    if (mine !== sequence) return;
    // `ms`: the whole first screen shown; `firstMs`: the status and the first plan's hits;
    // `engineMs`: the searches before anything is drawn.
    const ms = Math.round(performance.now() - started);
    const firstMs = Math.round((firstGroupAt ?? performance.now()) - started);
    // The result list carries the count and timings of the searches shown (a page reload-proof
    // place to wait on), and the form tells it as an event.
    done += 1;
    Object.assign(list.dataset, { searches: String(done), searchMs: String(ms), firstMs: String(firstMs), engineMs: String(engineMs) });
    const detail: SearchDone = { query, ms, firstMs, engineMs, results: result.exactCount + result.partial.length };
    form.dispatchEvent(new CustomEvent(SEARCH_DONE, { detail, bubbles: true }));
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  exact.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  more.addEventListener('click', () => outcome && void showMoreGroups(outcome));
  checkMore.addEventListener('click', () => {
    void loadPagefind().then(({ manifest }) => {
      plansToCheck += manifest.plansPerCheck ?? 0;
      return run();
    });
  });
  partialMore.addEventListener('click', () => outcome && void showMorePartial(outcome));
  if (input.value.trim() !== '') void run();
}
