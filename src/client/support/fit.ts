/**
 * 适合我吗 in the browser: the answers live in the URL; the first answer loads
 * `/support/fit.json` (same origin) and ranks it with the same function the build uses for the
 * single-answer pages. Nothing leaves the browser. Results are built with DOM calls and
 * `textContent` only.
 */
import { fitEntries, type FitData, type FitEntry } from '../../support/fit-data.ts';
import { FIELDS, STAGES, WHERES } from '../../support/fit-terms.ts';
import { answersFromParams, rankMeasures, type Answers } from '../../support/rank.ts';
import { SUPPORT_TYPES } from '../../support/types.ts';
import { CHECKLIST_FILENAME, checklistCsv, checklistStatus } from '../../support/checklist-csv.ts';

const QUESTIONS = ['stage', 'need', 'field', 'where'] as const;
const KNOWN = { stages: STAGES, needs: SUPPORT_TYPES, fields: FIELDS, wheres: WHERES };
const SHOWN = 60;

let entries: Promise<FitEntry[]> | undefined;

async function fetchEntries(source: string): Promise<FitEntry[]> {
  const response = await fetch(source);
  if (!response.ok) throw new Error(`${response.status}`);
  return fitEntries((await response.json()) as FitData);
}

/** The checklist data, fetched once (on the first answer). */
function load(source: string): Promise<FitEntry[]> {
  entries ??= fetchEntries(source);
  return entries;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderItem(entry: FitEntry, reasons: string[]): HTMLLIElement {
  const item = element('li', 'measure');
  const title = element('h2', 'measure-title');
  const link = element('a', '', entry.label);
  link.href = entry.url;
  title.append(link);
  const source = element('p', 'measure-source', entry.source);
  if (entry.statusNote) source.append(' ', element('span', 'status', entry.statusNote));
  item.append(title, source, element('p', 'measure-reasons', `匹配原因：${reasons.join('；')}`));
  return item;
}

function answered(answers: Answers): boolean {
  return QUESTIONS.some((q) => answers[q] !== undefined);
}

/** The list shown, as 我的政策清单: a CSV built in the browser and saved through a Blob URL. */
function offerCsv(button: HTMLButtonElement, shown: FitEntry[]): void {
  button.hidden = shown.length === 0;
  button.onclick = () => {
    const csv = checklistCsv(
      shown.map((e) => ({
        clause: e.heading,
        plan: e.plan,
        status: checklistStatus(e.statusNote),
        agencies: e.agencies,
        url: new URL(e.url, location.href).href,
      })),
    );
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = CHECKLIST_FILENAME;
    link.click();
    // Revoked a moment later: the download has started by then.
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };
}

async function show(form: HTMLFormElement, status: HTMLElement, list: HTMLElement): Promise<void> {
  // The print footer names the page: with answers, that is the URL with its query.
  const printUrl = document.querySelector('.print-footer span');
  if (printUrl) printUrl.textContent = location.href;
  const answers = answersFromParams(new URLSearchParams(location.search), KNOWN);
  for (const q of QUESTIONS) {
    const value = answers[q] ?? '';
    const input = form.querySelector<HTMLInputElement>(`input[name="${q}"][value="${value}"]`);
    if (input) input.checked = true;
  }
  list.replaceChildren();
  const csvButton = document.querySelector<HTMLButtonElement>('#fit-csv');
  if (csvButton) csvButton.hidden = true;
  if (!answered(answers)) {
    status.textContent = '请至少回答一个问题。';
    return;
  }
  status.textContent = '正在查找…';
  try {
    const data = await load(form.dataset.source ?? 'fit.json');
    const ranked = rankMeasures(data, answers);
    const byKey = new Map(data.map((entry) => [entry.key, entry]));
    const shown = ranked.slice(0, SHOWN);
    list.replaceChildren(...shown.map((r) => renderItem(byKey.get(r.key)!, r.reasons)));
    if (csvButton)
      offerCsv(
        csvButton,
        shown.map((r) => byKey.get(r.key)!),
      );
    status.textContent =
      ranked.length === 0
        ? '没有符合这些答案的措施，请放宽一个问题。'
        : `共 ${ranked.length} 条措施符合${ranked.length > SHOWN ? `，列出前 ${SHOWN} 条` : ''}，按匹配程度排序。`;
  } catch {
    status.textContent = '数据没有加载成功，请刷新重试，或使用下方“逐题查看”的链接。';
  }
}

export function startFit(): void {
  const form = document.querySelector<HTMLFormElement>('#fit-form');
  const status = document.querySelector<HTMLElement>('#fit-status');
  const list = document.querySelector<HTMLElement>('#fit-results');
  if (!form || !status || !list) return;
  form.hidden = false;
  form.addEventListener('change', () => {
    const params = new URLSearchParams();
    for (const q of QUESTIONS) {
      const value = new FormData(form).get(q);
      if (typeof value === 'string' && value) params.set(q, value);
    }
    const query = params.toString();
    history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    void show(form, status, list);
  });
  // Submitting does what a change does (the form also works as a plain GET form).
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    form.dispatchEvent(new Event('change'));
  });
  window.addEventListener('popstate', () => void show(form, status, list));
  void show(form, status, list);
}
