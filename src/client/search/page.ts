/**
 * The search page's behaviour: reads `q` (and `exact`, filters) from the URL, writes them back
 * as the reader types, loads Pagefind on the first search only, and announces the result
 * count. Timings of each search are kept on `window.__searchTimings` for the benchmark.
 */
import { search, type PagefindLike, type SearchOutcome } from '../../search/engine.ts';
import type { T2S } from '../../search/normalize.ts';
import type { EnterpriseWords } from '../../search/enterprise-words.ts';
import { FACETS, facetGroups, resultItem } from './render.ts';

const PAGE_SIZE = 20;
const DEBOUNCE_MS = 150;

declare global {
  interface Window {
    __searchTimings?: Array<{ query: string; ms: number; results: number }>;
  }
}

/** Written by the build (src/integrations/pagefind.ts); not a module Vite should bundle. */
const PAGEFIND_MODULE = '/pagefind/pagefind.js';
let pagefindPromise: Promise<PagefindLike> | undefined;

/** Pagefind's JS and WASM, fetched when the first search runs. */
function loadPagefind(): Promise<PagefindLike> {
  pagefindPromise ??= import(/* @vite-ignore */ PAGEFIND_MODULE).then(async (pagefind) => {
    await pagefind.options({ excerptLength: 30 });
    // Load every filter's values (≈3 KB) so that facet counts cover all filters.
    await pagefind.filters();
    return pagefind as PagefindLike;
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
  const empty = document.getElementById('search-empty')!;
  const t2s = JSON.parse(document.getElementById('t2s-table')?.textContent ?? '{}') as T2S;
  const enterpriseWords = JSON.parse(document.getElementById('enterprise-words')?.textContent ?? '[]') as EnterpriseWords;
  const expansionLine = document.getElementById('search-expansion');

  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  exact.checked = params.get('exact') === '1';
  let selected: Record<string, string[]> = Object.fromEntries(FACETS.map(([key]) => [key, params.getAll(key)]));
  let outcome: SearchOutcome | undefined;
  let shown = PAGE_SIZE;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const writeUrl = () => {
    const url = new URL(location.href);
    url.search = '';
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    if (exact.checked) url.searchParams.set('exact', '1');
    for (const [key, values] of Object.entries(selected)) for (const v of values) url.searchParams.append(key, v);
    history.replaceState(null, '', url);
  };

  const readFacets = () => {
    selected = Object.fromEntries(FACETS.map(([key]) => [key, [...facets.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map((b) => b.value)]));
    void run();
  };

  async function render(): Promise<void> {
    more.hidden = true;
    if (expansionLine) {
      const expansion = outcome?.expansion;
      expansionLine.hidden = !expansion;
      expansionLine.textContent = expansion ? `“${expansion.words.join('”“')}”是日常说法，规划里写作：${expansion.planWords.join('、')}。已一并检索这些规划用语。` : '';
    }
    if (!outcome || outcome.query.canonical === '') {
      list.replaceChildren();
      facets.replaceChildren();
      status.textContent = '';
      facets.hidden = true;
      empty.hidden = false;
      return;
    }
    const current = outcome;
    empty.hidden = true;
    const hits = await Promise.all(current.hits.slice(0, shown).map((h) => h.load()));
    if (current !== outcome) return;
    const phrase = current.query.phrase;
    facets.replaceChildren(...facetGroups(current.facets, selected, readFacets));
    facets.hidden = current.total === 0;
    list.replaceChildren(...hits.map((hit) => resultItem(hit, phrase, t2s)));
    const count = current.hits.length;
    if (count === 0) {
      const tips: string[] = [];
      if (current.query.quoted) tips.push('去掉引号');
      else if (current.exactOnly) tips.push('取消“精确匹配”');
      if (Object.values(selected).some((v) => v.length > 0)) tips.push('清除筛选条件');
      tips.push('换一个更短的词');
      status.textContent = `没有找到包含“${phrase}”的条款。可以试试${tips.join('、')}。`;
      return;
    }
    const filtered = count < current.total ? `（筛选后；共 ${current.total} 条）` : '';
    status.textContent =
      current.expansion
        ? `找到 ${count} 条结果${filtered}：${current.exactCount} 条包含“${phrase}”，其余包含对应的规划用语。`
        : current.exactCount === 0
        ? `没有条款包含完整的“${phrase}”。以下 ${count} 条${filtered}只是部分匹配（包含其中的字词）。`
        : count > current.exactCount
        ? `找到 ${count} 条结果${filtered}：${current.exactCount} 条包含完整短语“${phrase}”，其余为部分匹配。`
        : `找到 ${count} 条包含“${phrase}”的结果${filtered}。`;
    more.hidden = count <= shown;
  }

  async function run(): Promise<void> {
    const mine = ++sequence;
    const query = input.value;
    writeUrl();
    errorBox.hidden = true;
    if (query.trim() === '') {
      outcome = undefined;
      await render();
      return;
    }
    const started = performance.now();
    status.textContent = '正在检索…';
    let pagefind: PagefindLike;
    try {
      pagefind = await loadPagefind();
    } catch {
      pagefindPromise = undefined;
      errorBox.textContent = '检索索引加载失败，请稍后重试，或先浏览';
      errorBox.append(Object.assign(document.createElement('a'), { href: '/plans/', textContent: '全部规划' }), '。');
      errorBox.hidden = false;
      status.textContent = '';
      return;
    }
    const result = await search(pagefind, query, { exactOnly: exact.checked, filters: selected, t2s, enterpriseWords });
    if (mine !== sequence) return;
    outcome = result;
    shown = PAGE_SIZE;
    await render();
    if (mine !== sequence) return;
    const ms = Math.round(performance.now() - started);
    list.dataset.searchMs = String(ms);
    (window.__searchTimings ??= []).push({ query, ms, results: result.hits.length });
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
  more.addEventListener('click', () => {
    shown += PAGE_SIZE;
    void render();
  });
  if (input.value.trim() !== '') void run();
}
