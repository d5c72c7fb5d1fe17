/**
 * /support/ filters: reveals the filter form, reads its state from the URL (so a filtered view is
 * shareable), hides measures that do not match and keeps the URL in step. The page without this
 * script is the full grouped list. Reads only data attributes the build wrote; builds no HTML.
 */

const FIELDS = ['type', 'where', 'plan', 'agency', 'field'] as const;

interface State {
  type: string;
  where: string;
  plan: string;
  agency: string;
  field: string;
  inForce: boolean;
}

function readState(form: HTMLFormElement): State {
  const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
  return {
    type: value('type'),
    where: value('where'),
    plan: value('plan'),
    agency: value('agency'),
    field: value('field'),
    inForce: (form.elements.namedItem('status') as HTMLInputElement).checked,
  };
}

/** Sets the form from the URL, accepting only values the form offers. */
function loadFromUrl(form: HTMLFormElement, params: URLSearchParams): void {
  for (const name of FIELDS) {
    const select = form.elements.namedItem(name) as HTMLSelectElement;
    const wanted = params.get(name) ?? '';
    select.value = [...select.options].some((option) => option.value === wanted) ? wanted : '';
  }
  (form.elements.namedItem('status') as HTMLInputElement).checked = params.get('status') === 'in-force';
}

function matches(item: HTMLElement, state: State): boolean {
  const data = item.dataset;
  if (state.where === '市级' ? data.level !== '市级' : state.where && data.district !== state.where) return false;
  if (state.plan && data.plan !== state.plan) return false;
  if (state.agency && !(data.agencies ?? '').split('|').includes(state.agency)) return false;
  if (state.field && !(data.fields ?? '').split(' ').includes(state.field)) return false;
  if (state.inForce && data.status !== '实施中') return false;
  return true;
}

function apply(state: State, count: HTMLElement): void {
  const shown = new Set<string>();
  for (const section of document.querySelectorAll<HTMLElement>('.support-group')) {
    const typeHidden = state.type !== '' && section.dataset.type !== state.type;
    let visible = 0;
    for (const item of section.querySelectorAll<HTMLElement>('li.measure')) {
      const show = !typeHidden && matches(item, state);
      item.hidden = !show;
      if (show) {
        visible++;
        shown.add(item.dataset.key ?? '');
      }
    }
    section.hidden = typeHidden;
    const empty = section.querySelector<HTMLElement>('.support-empty');
    if (empty) empty.hidden = typeHidden || visible > 0;
  }
  const filtered = state.type || state.where || state.plan || state.agency || state.field || state.inForce;
  count.textContent = filtered ? `符合条件的措施：${shown.size} 条` : '';
}

function writeUrl(state: State): void {
  const params = new URLSearchParams();
  for (const name of FIELDS) if (state[name]) params.set(name, state[name]);
  if (state.inForce) params.set('status', 'in-force');
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

export function startFilters(): void {
  const form = document.querySelector<HTMLFormElement>('#support-filters');
  const count = document.querySelector<HTMLElement>('#support-count');
  if (!form || !count) return;
  loadFromUrl(form, new URLSearchParams(location.search));
  form.hidden = false;
  apply(readState(form), count);
  form.addEventListener('change', () => {
    const state = readState(form);
    apply(state, count);
    writeUrl(state);
  });
  form.addEventListener('reset', () => {
    // The reset event fires before the controls are cleared.
    setTimeout(() => {
      const state = readState(form);
      apply(state, count);
      writeUrl(state);
    });
  });
  // Submitting (the button, or Enter) applies the same state; the URL already holds it.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = readState(form);
    apply(state, count);
    writeUrl(state);
  });
}
