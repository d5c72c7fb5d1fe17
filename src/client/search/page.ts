/**
 * The search page's behaviour: reads `q` (and `exact`, filters) from the URL, writes them back
 * as the reader types, loads Pagefind on the first search only, announces in how many plans
 * the phrase occurs, and shows each plan's best hits with the rest behind a fold. A query that
 * is an enterprise word (房租) also searches the plans' words for it (the reviewed table embedded
 * in the page), and a line says which. With a plan-level index (a site of many plans,
 * src/search/plan-level.ts) the plans found are read a few at a time, and the status line says
 * how many were checked of how many found, with a button for more. Each search shown is told by
 * a `portal:search-done` event on the form and counted, with its timings, on the result list's
 * `data-searches`/`data-search-ms` (the tests and the benchmark wait on them). A 文号 or a plan's
 * clause opens its page instead (lookup-view.ts); 引文核验 is quote-view.ts.
 */
import { search, type SearchOutcome } from '../../search/engine.ts';
import { searchPlans } from '../../search/plan-search.ts';
import { expandEnterpriseQuery, type EnterpriseWords } from '../../search/enterprise-words.ts';
import { parseQuery, type T2S } from '../../search/normalize.ts';
import type { PlanFacetTable } from '../../search/plan-facets.ts';
import type { LookupTable } from '../../search/lookup.ts';
import { pageUrl } from '../../contracts/urls.ts';
import { el, pageData } from '../dom.ts';
import { FACETS, LAZY_FACETS, facetGroups, lazyFacets, planGroup, resultItem } from './render.ts';
import { loadPagefind, type LoadedIndex } from './pagefind-loader.ts';
import { statusText } from './status-text.ts';
import { lookupView } from './lookup-view.ts';
import { startQuoteCheckLazily } from './quote-loader.ts';
import { searchElements, writeSearchUrl, type SearchState } from './state.ts';

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

export function startSearchPage(): void {
  const ui = searchElements();
  const t2s = pageData<T2S>('t2s-table', {});
  const enterpriseWords = pageData<EnterpriseWords>('enterprise-words', []);
  const planFacets = pageData<PlanFacetTable>('plan-facets', {});
  const lookups = lookupView(ui.lookupLine, pageData<LookupTable>('lookup-table', { plans: [] }), t2s);
  startQuoteCheckLazily(ui.quoteCheck, t2s);

  const params = new URL(location.href).searchParams;
  ui.input.value = params.get('q') ?? '';
  ui.exact.checked = params.get('exact') === '1';
  const state: SearchState = {
    selected: Object.fromEntries(FACETS.map(([key]) => [key, params.getAll(key)])),
    outcome: undefined,
    plansToCheck: 0,
    checkedQuery: '',
    expansion: undefined,
    groupsShown: 0,
    partialShown: 0,
    sequence: 0,
    done: 0,
    firstGroupAt: undefined,
    timer: undefined,
    allFacets: false,
  };
  const writeUrl = (query: string) => writeSearchUrl(query, ui.exact.checked, state.selected);

  const loadAllFacets = async () => {
    state.allFacets = true;
    try {
      await (await loadPagefind()).pagefind.filters();
    } catch {
      state.allFacets = false;
    }
    await run();
  };

  const readFacets = () => {
    state.selected = Object.fromEntries(
      FACETS.map(([key]) => [key, [...ui.facets.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map((b) => b.value)]),
    );
    void run();
  };

  const phrasesOf = (current: SearchOutcome) => current.phrases.map((p) => p.phrase);
  const stale = (current: SearchOutcome) => current !== state.outcome;

  /**
   * Appends the next page of plan groups: names and counts at once, each plan's best hits as
   * its search returns (with thousands of plans each search takes a while). Resolves when all
   * are filled, and notes when the first one was.
   */
  async function showMoreGroups(current: SearchOutcome): Promise<void> {
    const next = current.groups.slice(state.groupsShown, state.groupsShown + GROUP_PAGE);
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
    ui.list.append(...groups.map((g) => g.item));
    state.groupsShown += next.length;
    ui.more.textContent = `显示更多规划（还有 ${current.groups.length - state.groupsShown} 份）`;
    ui.more.hidden = state.groupsShown >= current.groups.length;
    await groups[0]?.ready;
    state.firstGroupAt ??= performance.now();
    await Promise.all(groups.map((g) => g.ready));
  }

  async function showMorePartial(current: SearchOutcome): Promise<void> {
    const hits = await Promise.all(current.partial.slice(state.partialShown, state.partialShown + PAGE_SIZE).map((h) => h.load()));
    if (stale(current)) return;
    ui.partialList.append(...hits.map((hit) => resultItem(hit, phrasesOf(current), t2s)));
    state.partialShown += hits.length;
    ui.partialMore.hidden = state.partialShown >= current.partial.length;
  }

  /** Says which plan words were searched for the enterprise words typed, and how often each occurs. */
  function showExpansion(): void {
    const { expansion, outcome } = state;
    ui.expansionLine.hidden = !expansion || !outcome;
    if (!expansion || !outcome) {
      ui.expansionLine.replaceChildren();
      return;
    }
    const counts = outcome.phrases
      .slice(1)
      .map((p) => `${p.phrase} ${p.count} 处`)
      .join('、');
    // The same line for an everyday word (房租) and a glossary full name (上海市宝山区科学技术委员会 → 区科委).
    ui.expansionLine.textContent = `“${expansion.words.join('”“')}”在规划里写作：${expansion.planWords.join('、')}。已一并检索这些规划用语${counts ? `（${counts}）` : ''}。`;
  }

  /** Everything but the results themselves back to the empty page. */
  function showNothing(): void {
    ui.list.replaceChildren();
    ui.partialList.replaceChildren();
    ui.facets.replaceChildren();
    ui.status.textContent = '';
    ui.facets.hidden = true;
    ui.summaries.hidden = true;
    ui.partialBox.hidden = true;
    ui.empty.hidden = false;
  }

  async function render(): Promise<void> {
    const { outcome } = state;
    ui.more.hidden = true;
    const unchecked = outcome && 'plansFound' in outcome ? outcome.plansFound - outcome.plansChecked : 0;
    ui.checkMore.hidden = unchecked <= 0;
    ui.checkMore.textContent = `核对更多规划（还有 ${unchecked} 份）`;
    ui.partialMore.hidden = true;
    state.groupsShown = 0;
    state.partialShown = 0;
    showExpansion();
    if (!outcome || outcome.query.canonical === '') return showNothing();
    const current = outcome;
    ui.empty.hidden = true;
    ui.list.replaceChildren();
    ui.partialList.replaceChildren();
    ui.summaries.hidden = true;
    ui.partialBox.hidden = current.partial.length === 0;
    ui.status.textContent = statusText(current, state.selected);
    // At plan level every facet is counted on the records read: there is no filter file to load.
    const unloaded = state.allFacets || 'plansFound' in current ? [] : LAZY_FACETS.filter(([key]) => !current.facets[key]);
    ui.facets.replaceChildren(
      ...facetGroups(current.facets, state.selected, readFacets, state.allFacets ? LAZY_FACETS.map(([key]) => key) : []),
      ...(unloaded.length > 0 ? [lazyFacets(unloaded, () => void loadAllFacets())] : []),
    );
    ui.facets.hidden = Object.keys(current.facets).length === 0;
    const summaryHits = Promise.all(current.summaries.map((h) => h.load()));
    await Promise.all([showMoreGroups(current), showMorePartial(current)]);
    const inSummaries = await summaryHits;
    if (stale(current)) return;
    ui.summaries.querySelector('ol')!.replaceChildren(...inSummaries.map((hit) => resultItem(hit, phrasesOf(current), t2s, 'h3')));
    ui.summaries.hidden = inSummaries.length === 0;
  }

  function showLoadError(): void {
    ui.errorBox.replaceChildren('检索索引加载失败，请稍后重试，或先浏览', el('a', { href: pageUrl('/plans/') }, '全部规划'), '。');
    ui.errorBox.hidden = false;
    ui.status.textContent = '';
  }

  /** The engine's search for the query, at record or plan level as the index was built. */
  async function searchIndex(index: LoadedIndex, query: string) {
    // Enterprise words widen an ordinary search only: a quoted query or 精确匹配 means that phrase alone.
    const parsed = parseQuery(query, t2s);
    const widened = ui.exact.checked || parsed.quoted ? undefined : expandEnterpriseQuery(parsed.pagefind, enterpriseWords);
    const options = { exactOnly: ui.exact.checked, filters: state.selected, t2s, extraPhrases: widened?.planWords, planFacets };
    const { pagefind, manifest, loadPlan } = index;
    // A new query (or filter) starts again from the first plans; the reader asks for more.
    const asked = JSON.stringify([query.trim(), options.exactOnly, state.selected]);
    if (asked !== state.checkedQuery) state.plansToCheck = manifest.plansPerCheck ?? 0;
    state.checkedQuery = asked;
    const result =
      manifest.level === 'plan'
        ? await searchPlans(pagefind, query, { ...options, plansToCheck: state.plansToCheck, loadPlan })
        : await search(pagefind, query, options);
    return { result, widened };
  }

  async function run(): Promise<void> {
    const mine = ++state.sequence;
    const query = ui.input.value;
    ui.errorBox.hidden = true;
    if (query.trim() === '') {
      writeUrl('');
      state.outcome = undefined;
      await render();
      return;
    }
    writeUrl(query.trim());
    const started = performance.now();
    state.firstGroupAt = undefined;
    ui.status.textContent = '正在检索…';
    let index: LoadedIndex;
    try {
      index = await loadPagefind();
    } catch {
      return showLoadError();
    }
    const { result, widened } = await searchIndex(index, query);
    if (mine !== state.sequence) return;
    state.expansion = widened;
    const engineMs = Math.round(performance.now() - started);
    // The URL keeps what was searched: a cut query is shared cut (and stays short).
    writeUrl(result.query.cut ? (result.query.quoted ? `"${result.query.phrase}"` : result.query.phrase) : query.trim());
    state.outcome = result;
    await render();
    if (mine !== state.sequence) return;
    // `ms`: the whole first screen shown; `firstMs`: the status and the first plan's hits;
    // `engineMs`: the searches before anything is drawn.
    const ms = Math.round(performance.now() - started);
    const firstMs = Math.round((state.firstGroupAt ?? performance.now()) - started);
    // The result list carries the count and timings of the searches shown (a page reload-proof
    // place to wait on), and the form tells it as an event.
    state.done += 1;
    Object.assign(ui.list.dataset, { searches: String(state.done), searchMs: String(ms), firstMs: String(firstMs), engineMs: String(engineMs) });
    const detail: SearchDone = { query, ms, firstMs, engineMs, results: result.exactCount + result.partial.length };
    ui.form.dispatchEvent(new CustomEvent(SEARCH_DONE, { detail, bubbles: true }));
  }

  ui.input.addEventListener('input', () => {
    clearTimeout(state.timer);
    lookups.typed(ui.input.value);
    state.timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  ui.exact.addEventListener('change', () => void run());
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(state.timer);
    // A 文号 or a plan's clause opens its page instead of searching.
    if (!lookups.submitted(ui.input.value)) void run();
  });
  ui.more.addEventListener('click', () => state.outcome && void showMoreGroups(state.outcome));
  ui.checkMore.addEventListener('click', () => {
    void loadPagefind().then(({ manifest }) => {
      state.plansToCheck += manifest.plansPerCheck ?? 0;
      return run();
    });
  });
  ui.partialMore.addEventListener('click', () => state.outcome && void showMorePartial(state.outcome));
  // Arriving with ?q= (the header's box submits here): a lookup leaves before Pagefind loads.
  if (ui.input.value.trim() !== '' && !lookups.submitted(ui.input.value)) void run();
}
