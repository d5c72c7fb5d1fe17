/**
 * Progressive enhancement for clause permalinks: reveals the “复制引用” buttons and copies the
 * citation to the clipboard, announcing the result to screen readers. A GB/T 7714 entry
 * (`data-accessed`: the build date it shows) gets the day it is copied as its 引用日期 and its
 * link (`data-href`) made absolute; a short form gets the absolute URL after it.
 */
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

export function enableCopyCitation(root: ParentNode = document): void {
  const status = document.getElementById('copy-status');
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.copy-cite')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = citationToCopy(button.dataset, new Date());
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
