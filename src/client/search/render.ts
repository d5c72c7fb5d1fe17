/**
 * Drawing search results and facets with DOM nodes (text via textContent, never innerHTML).
 */
import type { Hit } from '../../search/engine.ts';
import { segments } from '../../search/engine.ts';
import { findPhrase, canonical, type T2S } from '../../search/normalize.ts';

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

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** An excerpt around the first match, with every match marked (of any of the phrases given). */
export function excerpt(hit: Hit, phrase: string | string[], t2s: T2S): HTMLElement {
  const text = hit.content.replace(/\s*\n\s*/gu, ' ');
  const phrases = typeof phrase === 'string' ? [phrase] : phrase;
  let ranges = phrases.flatMap((p) => findPhrase(text, canonical(p, t2s), t2s)).sort((a, b) => a[0] - b[0]);
  phrase = phrases[0] ?? '';
  if (ranges.length === 0) ranges = segments(phrase).flatMap((word) => findPhrase(text, canonical(word, t2s), t2s)).sort((a, b) => a[0] - b[0]);
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

export function resultItem(hit: Hit, phrase: string, t2s: T2S): HTMLLIElement {
  const { meta } = hit;
  const heading = `${meta.path ?? ''}${meta.heading ?? ''}`;
  const link = el('a', { href: hit.url, className: 'hit-link' }, heading || meta.title || hit.url);
  const source = el('p', { className: 'hit-plan' }, `${meta.planShort ?? ''}${meta.docNumber ? `（${meta.docNumber}）` : ''}`);
  if (meta.kind && meta.kind !== '条款') source.append(' ', el('span', { className: 'hit-kind' }, meta.kind));
  if (hit.via) source.append(' ', el('span', { className: 'hit-via' }, `规划用语：${hit.via.join('、')}`));
  else if (!hit.exact) source.append(' ', el('span', { className: 'hit-partial' }, '部分匹配'));
  const item = el('li', { className: 'hit' }, el('h2', { className: 'hit-title' }, link), source, excerpt(hit, hit.via ?? phrase, t2s));
  if (meta.agencies) {
    const agencies = el('p', { className: 'hit-agencies' }, '责任单位：');
    meta.agencies.split('、').forEach((a, i) => agencies.append(i > 0 ? '、' : '', el('span', { className: 'agency' }, a)));
    item.append(agencies);
  }
  return item;
}

export function facetGroups(counts: Record<string, Record<string, number>>, selected: Record<string, string[]>, onChange: () => void): HTMLElement[] {
  return FACETS.filter(([key]) => counts[key] && Object.keys(counts[key]!).length > 0).map(([key, label]) => {
    const fieldset = el('fieldset', { className: 'facet' }, el('legend', {}, label));
    const entries = Object.entries(counts[key]!).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'));
    for (const [value, count] of entries) {
      const box = el('input', { type: 'checkbox', name: key, value, checked: (selected[key] ?? []).includes(value) });
      box.addEventListener('change', onChange);
      fieldset.append(el('label', { className: 'facet-option' }, box, ` ${value} `, el('span', { className: 'facet-count' }, `(${count})`)));
    }
    // Long lists (责任单位) fold away unless one of their values is chosen.
    if (entries.length <= 8) return fieldset;
    const details = el('details', { open: (selected[key] ?? []).length > 0 }, el('summary', {}, `${label}（${entries.length}）`), fieldset);
    return details;
  });
}
