/**
 * The search page's DOM plumbing: one element builder (text through `append`, never innerHTML)
 * and one reader of the JSON a page embeds for its script (`<script type="application/json">`).
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The JSON embedded under `id`, or `fallback` when the page has none. */
export function pageData<T>(id: string, fallback: T): T {
  const text = document.getElementById(id)?.textContent;
  return text ? (JSON.parse(text) as T) : fallback;
}
