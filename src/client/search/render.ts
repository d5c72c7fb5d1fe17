/**
 * Drawing search results and facets with DOM nodes (text via textContent, never innerHTML).
 */
import type { Hit } from '../../search/engine.ts';
import { segments } from '../../search/engine.ts';
import { findPhrase, canonical, type T2S } from '../../search/normalize.ts';
import { el } from '../dom.ts';

const WINDOW = 48;

export const FACETS: Array<[key: string, label: string]> = [
  ['plan', '规划'],
  ['part', '部分'],
  ['agency', '责任单位'],
  ['level', '层级'],
  ['district', '区域'],
  ['status', '状态'],
  ['kind', '类型'],
];

/** An excerpt around the first match, with every match of any of the phrases marked. */
export function excerpt(hit: Hit, phrases: string[], t2s: T2S): HTMLElement {
  const text = hit.content.replace(/\s*\n\s*/gu, ' ');
  let ranges = phrases.flatMap((phrase) => findPhrase(text, canonical(phrase, t2s), t2s)).sort((a, b) => a[0] - b[0]);
  if (ranges.length === 0)
    ranges = segments(phrases[0] ?? '')
      .flatMap((word) => findPhrase(text, canonical(word, t2s), t2s))
      .sort((a, b) => a[0] - b[0]);
  const first = ranges[0]?.[0] ?? 0;
  const start = Math.max(0, first - WINDOW / 2);
  const end = Math.min(text.length, start + WINDOW * 2);
  const p = el('p', { className: 'hit-excerpt' });
  if (start > 0) p.append('…');
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= at || s >= end) continue;
    p.append(text.slice(at, Math.max(at, s)), el('mark', {}, text.slice(Math.max(at, s), Math.min(e, end))));
    at = Math.min(e, end);
  }
  p.append(text.slice(at, end));
  if (end < text.length) p.append('…');
  return p;
}

/** One hit: its clause link (a heading of the given level), source, excerpt and agencies. */
export function resultItem(hit: Hit, phrases: string[], t2s: T2S, level: 'h2' | 'h3' = 'h2'): HTMLLIElement {
  const { meta } = hit;
  const heading = `${meta.path ?? ''}${meta.heading ?? ''}`;
  const link = el('a', { href: hit.url, className: 'hit-link' }, heading || meta.title || hit.url);
  const source = el('p', { className: 'hit-plan' }, `${meta.planShort ?? ''}${meta.docNumber ? `（${meta.docNumber}）` : ''}`);
  if (meta.kind && meta.kind !== '条款') source.append(' ', el('span', { className: 'hit-kind' }, meta.kind));
  // Found through the plans' words for an enterprise word (房租 → 厂房): say which.
  if (hit.via) source.append(' ', el('span', { className: 'hit-via' }, `规划用语：${hit.via.join('、')}`));
  else if (!hit.exact) source.append(' ', el('span', { className: 'hit-partial' }, '部分匹配'));
  const item = el('li', { className: 'hit' }, el(level, { className: 'hit-title' }, link), source, excerpt(hit, phrases, t2s));
  if (meta.agencies) {
    const agencies = el('p', { className: 'hit-agencies' }, '责任单位：');
    meta.agencies.split('、').forEach((a, i) => agencies.append(i > 0 ? '、' : '', el('span', { className: 'agency' }, a)));
    item.append(agencies);
  }
  return item;
}

/**
 * Facets whose counts load when the reader opens them: Pagefind counts a filter only once its file
 * is loaded, and the files of these two per-record filters (a posting list of nearly every record
 * each) are as large as everything else a first search downloads.
 */
export const LAZY_FACETS = FACETS.filter(([key]) => key === 'part' || key === 'agency');

/** A closed fold standing for facets not loaded yet; opening it loads them (`onOpen`). */
export function lazyFacets(facets: Array<[key: string, label: string]>, onOpen: () => void): HTMLElement {
  const labels = facets.map(([, label]) => label).join('、');
  const details = el('details', { className: 'facet facet-lazy' }, el('summary', {}, `按${labels}筛选`), el('p', { className: 'facet-rest' }, '正在加载…'));
  details.addEventListener(
    'toggle',
    () => {
      if (details.open) onOpen();
    },
    { once: true },
  );
  return details;
}

/** Values listed per facet at most (3,000 plans must not mean 3,000 checkboxes); chosen ones always. */
const FACET_LIMIT = 30;

export function facetGroups(
  counts: Record<string, Record<string, number>>,
  selected: Record<string, string[]>,
  onChange: () => void,
  /** Keys whose fold shows open (the reader just opened them). */
  opened: string[] = [],
): HTMLElement[] {
  return FACETS.filter(([key]) => counts[key] && Object.keys(counts[key]!).length > 0).map(([key, label]) => {
    const fieldset = el('fieldset', { className: 'facet' }, el('legend', {}, label));
    const entries = Object.entries(counts[key]!).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'));
    const listed = entries.filter(([value], i) => i < FACET_LIMIT || (selected[key] ?? []).includes(value));
    for (const [value, count] of listed) {
      const box = el('input', { type: 'checkbox', name: key, value, checked: (selected[key] ?? []).includes(value) });
      box.addEventListener('change', onChange);
      fieldset.append(el('label', { className: 'facet-option' }, box, ` ${value} `, el('span', { className: 'facet-count' }, `(${count})`)));
    }
    if (listed.length < entries.length) fieldset.append(el('p', { className: 'facet-rest' }, `另有 ${entries.length - listed.length} 项结果较少，未列出`));
    // Long lists (责任单位) fold away unless one of their values is chosen.
    if (entries.length <= 8) return fieldset;
    const open = (selected[key] ?? []).length > 0 || opened.includes(key);
    const details = el('details', { open }, el('summary', {}, `${label}（${entries.length}）`), fieldset);
    return details;
  });
}

/**
 * A plan's group: its name and count at once, its best hits when `best` resolves (the list is
 * marked busy until then), and the rest behind a fold, loaded when first opened.
 */
export function planGroup(
  group: { plan: string; count: number },
  shown: number,
  best: () => Promise<Hit[]>,
  rest: () => Promise<Hit[]>,
  phrases: string[],
  t2s: T2S,
): { item: HTMLLIElement; ready: Promise<void> } {
  const title = el('h2', { className: 'plan-group-title' }, `${group.plan} `, el('span', { className: 'plan-group-count' }, `${group.count} 处`));
  const bestList = el('ol', { className: 'search-results' });
  bestList.setAttribute('aria-busy', 'true');
  const item = el('li', { className: 'plan-group' }, title, bestList);
  item.dataset.plan = group.plan;
  const ready = best().then((hits) => {
    bestList.replaceChildren(...hits.map((hit) => resultItem(hit, phrases, t2s, 'h3')));
    bestList.removeAttribute('aria-busy');
  });
  if (group.count > shown) {
    const list = el('ol', { className: 'search-results' });
    const details = el('details', { className: 'plan-group-rest' }, el('summary', {}, `展开其余 ${group.count - shown} 处`), list);
    details.addEventListener('toggle', () => {
      if (!details.open || details.dataset.loaded) return;
      details.dataset.loaded = 'loading';
      list.setAttribute('aria-busy', 'true');
      void rest().then((hits) => {
        list.replaceChildren(...hits.map((hit) => resultItem(hit, phrases, t2s, 'h3')));
        list.removeAttribute('aria-busy');
        details.dataset.loaded = 'done';
      });
    });
    item.append(details);
  }
  return { item, ready };
}
