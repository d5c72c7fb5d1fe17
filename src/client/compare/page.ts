/**
 * /compare/?a=…&b=…: compares any two plans from their outlines, building the table with DOM
 * methods (text only, no HTML from data). The page shows a default pair without JavaScript.
 */
import type { CompareOutline } from '../../compare/index.ts';

async function outline(template: string, slug: string): Promise<CompareOutline> {
  const response = await fetch(template.replace('__slug__', encodeURIComponent(slug)));
  if (!response.ok) throw new Error(`${slug}: ${response.status}`);
  return (await response.json()) as CompareOutline;
}

function link(doc: Document, href: string, text: string): HTMLAnchorElement {
  const a = doc.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function cell(doc: Document, plan: CompareOutline, topic: string): HTMLTableCellElement {
  const td = doc.createElement('td');
  const entries = plan.clauses.filter((c) => c.topics.includes(topic));
  if (entries.length === 0) {
    const none = doc.createElement('span');
    none.className = 'none';
    none.textContent = '（无）';
    td.append(none);
    return td;
  }
  const ul = doc.createElement('ul');
  for (const e of entries) {
    const li = doc.createElement('li');
    li.className = `compare-level-${e.level}`;
    li.append(link(doc, e.url, `${e.path} ${e.label}`));
    if (e.agencies.length > 0) {
      const agencies = doc.createElement('span');
      agencies.className = 'compare-agencies';
      agencies.textContent = `，责任单位：${e.agencies.join('、')}`;
      li.append(agencies);
    }
    ul.append(li);
  }
  td.append(ul);
  return td;
}

function render(doc: Document, table: HTMLTableElement, a: CompareOutline, b: CompareOutline): void {
  const head = table.tHead!.rows[0]!;
  head.cells[1]!.replaceChildren(link(doc, a.url, a.title));
  head.cells[2]!.replaceChildren(link(doc, b.url, b.title));
  const body = doc.createElement('tbody');
  for (const topic of a.topics) {
    if (!a.clauses.some((c) => c.topics.includes(topic.key)) && !b.clauses.some((c) => c.topics.includes(topic.key))) continue;
    const tr = doc.createElement('tr');
    const th = doc.createElement('th');
    th.scope = 'row';
    th.textContent = topic.label;
    tr.append(th, cell(doc, a, topic.key), cell(doc, b, topic.key));
    body.append(tr);
  }
  table.tBodies[0]!.replaceWith(body);
}

export function enhanceCompare(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-compare-form]');
  const table = doc.querySelector<HTMLTableElement>('[data-compare-static]');
  const heading = doc.querySelector<HTMLElement>('[data-compare-heading]');
  const status = doc.querySelector<HTMLElement>('[data-compare-status]');
  if (!form || !table || !heading || !status) return;
  const template = form.dataset.outline!;
  const selects = { a: form.elements.namedItem('a') as HTMLSelectElement, b: form.elements.namedItem('b') as HTMLSelectElement };

  const show = async (a: string, b: string) => {
    if (a === b) {
      status.textContent = '请选择两份不同的规划。';
      return;
    }
    status.textContent = '正在载入……';
    try {
      const [x, y] = await Promise.all([outline(template, a), outline(template, b)]);
      render(doc, table, x, y);
      heading.textContent = `${x.title} 与 ${y.title}`;
      status.textContent = `已显示：${x.title} 与 ${y.title}`;
    } catch {
      status.textContent = '载入失败，请从下面的列表打开对照页。';
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('a', selects.a.value);
    url.searchParams.set('b', selects.b.value);
    history.pushState(null, '', url);
    void show(selects.a.value, selects.b.value);
  });
  const params = new URLSearchParams(location.search);
  const a = params.get('a');
  const b = params.get('b');
  const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
  if (a && b && slug.test(a) && slug.test(b)) {
    // The pickers list the first plans only; a shared URL may name any plan (its outline file says whether it exists).
    for (const [select, value] of [
      [selects.a, a],
      [selects.b, b],
    ] as const) {
      if (![...select.options].some((o) => o.value === value)) select.append(new Option(value, value));
      select.value = value;
    }
    void show(a, b);
  }
}
