/**
 * Sorting and filtering for the targets table. The table is complete without this script;
 * it only reorders and hides existing rows (no HTML built from data).
 */
type Direction = 'ascending' | 'descending';

function compare(a: string, b: string, numeric: boolean): number {
  if (numeric) {
    const x = a === '' ? Number.POSITIVE_INFINITY : Number(a);
    const y = b === '' ? Number.POSITIVE_INFINITY : Number(b);
    return x - y;
  }
  return a.localeCompare(b, 'zh-CN');
}

export function enhanceTargetsTable(root: Document): void {
  const table = root.querySelector<HTMLTableElement>('[data-targets-table]');
  const tools = root.querySelector<HTMLElement>('[data-targets-tools]');
  const count = root.querySelector<HTMLElement>('[data-targets-count]');
  if (!table || !tools || !count) return;
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const filters = [...tools.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-filter]')];

  const params = new URLSearchParams(location.search);
  for (const f of filters) f.value = params.get(f.dataset.filter!) ?? '';

  const apply = () => {
    const wanted = new Map(filters.map((f) => [f.dataset.filter!, f.value.trim()]));
    let shown = 0;
    for (const row of rows) {
      const text = wanted.get('text') ?? '';
      const ok =
        (!wanted.get('plan') || row.dataset.plan === wanted.get('plan')) &&
        (!wanted.get('deadline') || row.dataset.deadline === wanted.get('deadline')) &&
        (!text || (row.textContent ?? '').includes(text));
      row.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = `显示 ${shown} / ${rows.length} 项`;
    const next = new URLSearchParams();
    for (const [k, v] of wanted) if (v) next.set(k, v);
    const query = next.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };
  for (const f of filters) f.addEventListener('input', apply);

  // Sort buttons inside the column headers; aria-sort says the current order.
  const headers = [...table.tHead!.rows[0]!.cells].filter((th) => th.dataset.sort);
  for (const th of headers) {
    const button = root.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () => {
      const direction: Direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', direction);
      const key = th.dataset.sort!;
      const numeric = th.dataset.type === 'number';
      const sign = direction === 'ascending' ? 1 : -1;
      const sorted = [...rows].sort(
        (a, b) => sign * compare(a.dataset[key] ?? '', b.dataset[key] ?? '', numeric) || Number(a.dataset.order) - Number(b.dataset.order),
      );
      body.append(...sorted);
    });
  }
  tools.hidden = false;
  apply();
}
