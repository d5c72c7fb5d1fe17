/**
 * The one way map code builds DOM: elements with attributes and text children, never HTML
 * strings. Text always goes in as text (`textContent` / text nodes), so a place name, layout
 * label or district name from the data can never become markup or script, and nothing needs an
 * inline `style="…"` attribute (the site runs under `style-src 'self'`).
 */
import type { SvgNode } from './symbols.ts';

/** A child: an element, or text (strings become text nodes); `false`/`null`/`undefined` are skipped. */
export type Child = Node | string | false | null | undefined;

/** Attribute values; `undefined` or `false` leaves the attribute out, `true` sets it empty. */
export type Attributes = Record<string, string | number | boolean | undefined>;

function setAttributes(node: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (/^on/iu.test(name) || name === 'style') throw new Error(`el(): attribute “${name}” is not allowed (use addEventListener or a class)`);
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(node: Element, children: Child[] | string): void {
  for (const child of typeof children === 'string' ? [children] : children) {
    if (child === false || child === null || child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** `el('p', { class: 'note' }, ['位置为估计'])`: an HTML element; text children stay text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, children: Child[] | string = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  append(node, children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element tree (from `symbols.ts`) as DOM; colours are SVG attributes, not styles. */
export function svgElement(tree: SvgNode): SVGElement {
  const node = document.createElementNS(SVG_NS, tree.tag);
  setAttributes(node, tree.attrs);
  for (const child of tree.children ?? []) node.append(svgElement(child));
  return node as SVGElement;
}

/** Adds a message to a live region once (repeated failures do not repeat it). */
export function announce(status: HTMLElement | null | undefined, message: string): void {
  if (status && !status.textContent?.includes(message)) status.textContent = `${status.textContent ?? ''} ${message}`.trim();
}
