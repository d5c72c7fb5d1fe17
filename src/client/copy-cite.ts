/**
 * Progressive enhancement for clause permalinks: reveals the “复制引用” buttons and copies
 * “citation + absolute URL” to the clipboard, announcing the result to screen readers.
 */
export function enableCopyCitation(root: ParentNode = document): void {
  const status = document.getElementById('copy-status');
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.copy-cite')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = new URL(button.dataset.href ?? '', location.href).href;
      const text = `${button.dataset.cite ?? ''} ${url}`.trim();
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
