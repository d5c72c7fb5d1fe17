/**
 * Progressive enhancement for clause permalinks: reveals the “复制引用” buttons and copies the
 * citation to the clipboard, announcing the result to screen readers. A GB/T 7714 entry
 * (`data-accessed`: the build date it shows) gets the day it is copied as its 引用日期 and its
 * link (`data-href`) made absolute; a short form gets the absolute URL after it.
 */
import { fillCitation } from '../contracts/citation-template.ts';

export function citationToCopy(data: DOMStringMap, now: Date): string {
  const url = new URL(data.href ?? '', location.href).href;
  if (data.accessed) {
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const entry = (data.cite ?? '').replace(`[${data.accessed}]`, `[${today}]`);
    // A clause's entry ends with its link as the page writes it: made absolute here.
    return data.href && entry.endsWith(`${data.href}.`) ? `${entry.slice(0, -data.href.length - 1)}${url}.` : entry;
  }
  return `${data.cite ?? ''} ${url}`.trim();
}

/**
 * What a button cites: its own data-cite (the plan's reference block), or — a clause's button,
 * whose tools carry only the clause (data-clause-cite) — the document's template filled with the
 * clause and its permalink.
 */
export function buttonCitation(button: HTMLElement): DOMStringMap {
  const tools = button.closest<HTMLElement>('.clause-tools');
  const clause = tools?.dataset.clauseCite;
  const document = button.closest<HTMLElement>('[data-cite-template]');
  if (clause === undefined || !document) return button.dataset;
  const href = tools?.querySelector('a.permalink')?.getAttribute('href') ?? '';
  const { citeTemplate = '', shortTemplate = '', accessed } = document.dataset;
  return button.classList.contains('copy-cite--short')
    ? { cite: `${shortTemplate}${clause}`, href }
    : { cite: fillCitation(citeTemplate, clause, href), href, ...(accessed ? { accessed } : {}) };
}

export function enableCopyCitation(root: ParentNode = document): void {
  const status = document.getElementById('copy-status');
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.copy-cite')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = citationToCopy(buttonCitation(button), new Date());
      let message = `已复制引用：${text}`;
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        message = `无法访问剪贴板，请手动复制：${text}`;
      }
      if (status) status.textContent = message;
    });
  }
}
