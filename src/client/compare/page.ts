/**
 * /compare/?p=…&p=…: compares 2–4 ticked plans from their outlines, building the table with DOM
 * methods (text only, no HTML from data) in the markup CompareTable.astro renders. Ticking or
 * unticking a plan adds or removes its column at once. The page shows the first plans without
 * JavaScript, and every pre-rendered set has its own page.
 */
import type { CompareOutline } from '../../compare/index.ts';
import { compareUrl } from '../../contracts/urls.ts';

type Entry = CompareOutline['clauses'][number];

async function outline(template: string, slug: string): Promise<CompareOutline> {
  const response = await fetch(template.replace('__slug__', encodeURIComponent(slug)));
  if (!response.ok) throw new Error(`${slug}: ${response.status}`);
  return (await response.json()) as CompareOutline;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(doc: Document, href: string, text: string): HTMLAnchorElement {
  const a = el(doc, 'a', undefined, text);
  a.href = href;
  return a;
}

function item(doc: Document, e: Entry, topic: string): HTMLLIElement {
  const li = el(doc, 'li', `compare-level-${e.level}`);
  li.append(link(doc, e.url, `${e.path} ${e.label}`));
  if (e.agencies.length > 0) li.append(el(doc, 'span', 'compare-agencies', `，责任单位：${e.agencies.join('、')}`));
  if (topic === 'part-布局')
    for (const l of e.layouts) {
      const span = el(doc, 'span', 'compare-layout', '地图布局');
      span.append(link(doc, l.url, `“${l.formula}”`), `——${l.groups}`);
      li.append(span);
    }
  return li;
}

function cell(doc: Document, plan: CompareOutline, topic: string): HTMLTableCellElement {
  const td = el(doc, 'td');
  const entries = plan.clauses.filter((c) => c.topics.includes(topic));
  if (entries.length === 0) td.append(el(doc, 'span', 'none', '（无）'));
  else td.append(el(doc, 'ul'));
  for (const e of entries) td.firstElementChild!.append(item(doc, e, topic));
  return td;
}

function render(doc: Document, table: HTMLTableElement, plans: CompareOutline[]): void {
  table.className = `compare-table compare-cols-${plans.length}`;
  table.caption!.textContent = `按规划的组成部分对照（${plans.length} 份规划）`;
  const head = el(doc, 'tr');
  head.append(el(doc, 'th', undefined, '部分'));
  for (const plan of plans) {
    const th = el(doc, 'th');
    th.scope = 'col';
    th.dataset.plan = plan.slug;
    th.append(link(doc, plan.url, plan.title), el(doc, 'span', 'compare-note', plan.note));
    head.append(th);
  }
  head.cells[0]!.scope = 'col';
  table.tHead!.replaceChildren(head);
  const body = el(doc, 'tbody');
  for (const topic of plans[0]!.topics) {
    if (!plans.some((p) => p.clauses.some((c) => c.topics.includes(topic.key)))) continue;
    const tr = el(doc, 'tr');
    tr.dataset.topic = topic.key;
    const th = el(doc, 'th', undefined, topic.label);
    th.scope = 'row';
    tr.append(th, ...plans.map((p) => cell(doc, p, topic.key)));
    body.append(tr);
  }
  table.tBodies[0]!.replaceWith(body);
}

export function enhanceCompare(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-compare-form]');
  const table = doc.querySelector<HTMLTableElement>('[data-compare-static]');
  const heading = doc.querySelector<HTMLElement>('[data-compare-heading]');
  const status = doc.querySelector<HTMLElement>('[data-compare-status]');
  const permalink = doc.querySelector<HTMLAnchorElement>('[data-compare-permalink] a');
  if (!form || !table || !heading || !status) return;
  const template = form.dataset.outline!;
  const [min, max] = [Number(form.dataset.min), Number(form.dataset.max)];
  const boxes = () => [...form.querySelectorAll<HTMLInputElement>('input[name="p"]')];
  const cache = new Map<string, Promise<CompareOutline>>();
  let shown = 0;

  const show = async (slugs: string[]) => {
    if (slugs.length < min || slugs.length > max) {
      status.textContent = `请选择 ${min}—${max} 份规划（已选 ${slugs.length} 份）。`;
      return;
    }
    const request = ++shown;
    status.textContent = '正在载入……';
    try {
      const plans = await Promise.all(slugs.map((s) => cache.get(s) ?? cache.set(s, outline(template, s)).get(s)!));
      if (request !== shown) return; // a later choice is on its way
      render(doc, table, plans);
      heading.textContent = plans.map((p) => p.title).join('、');
      if (permalink) permalink.href = compareUrl(slugs);
      status.textContent = `已显示 ${plans.length} 份：${heading.textContent}`;
    } catch {
      for (const s of slugs) cache.delete(s);
      status.textContent = '载入失败，请从下面的列表打开对照页。';
    }
  };
  const chosen = () =>
    boxes()
      .filter((b) => b.checked)
      .map((b) => b.value);
  const apply = () => {
    const slugs = chosen();
    const url = new URL(location.href);
    for (const name of ['p', 'a', 'b']) url.searchParams.delete(name);
    for (const s of slugs) url.searchParams.append('p', s);
    history.replaceState(null, '', url);
    void show(slugs);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.addEventListener('change', apply);
  const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
  const params = new URLSearchParams(location.search);
  // `?a=…&b=…`: the links the earlier two-plan compare wrote, still in the wild; read as two `p`s.
  const named = params.getAll('p').length > 0 ? params.getAll('p') : [params.get('a'), params.get('b')].filter((s): s is string => s !== null);
  const asked = [...new Set(named)].filter((s) => slug.test(s));
  if (asked.length > 0) {
    // The boxes list the first plans only; a shared URL may name any plan (its outline file says whether it exists).
    for (const s of asked) {
      if (boxes().some((b) => b.value === s)) continue;
      const label = el(doc, 'label');
      const box = el(doc, 'input');
      Object.assign(box, { type: 'checkbox', name: 'p', value: s });
      label.append(box, s);
      form.querySelector('fieldset')!.append(label);
    }
    for (const b of boxes()) b.checked = asked.includes(b.value);
    if (!params.has('p')) apply();
    else void show(asked);
  }
}
