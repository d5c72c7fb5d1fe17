/** `el()` and `svgElement()`: data goes in as text and attributes, never as markup or styles. */
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announce, el, svgElement } from '../../../src/client/map/dom.ts';
import { symbolTree } from '../../../src/client/map/symbols.ts';

const HOSTILE = '一核<img src=x onerror="alert(1)">';

beforeAll(() => {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  (globalThis as { document?: unknown }).document = document;
});
// Unit test files share a worker (isolate: false in test/vitest.config.ts): leave no global behind.
afterAll(() => {
  delete (globalThis as { document?: unknown }).document;
});

describe('el', () => {
  it('puts text children in as text', () => {
    const node = el('p', { class: 'note' }, [HOSTILE, el('strong', {}, HOSTILE), false, null]);
    expect(node.textContent).toBe(HOSTILE + HOSTILE);
    expect(node.querySelector('img')).toBeNull();
    expect(node.children).toHaveLength(1);
    expect(node.getAttribute('class')).toBe('note');
  });

  it('sets attribute values as values', () => {
    const node = el('a', { href: '/plans/x/#s1', title: HOSTILE, hidden: true, 'data-x': undefined });
    expect(node.getAttribute('title')).toBe(HOSTILE);
    expect(node.hasAttribute('hidden')).toBe(true);
    expect(node.hasAttribute('data-x')).toBe(false);
  });

  it('refuses event-handler and style attributes', () => {
    expect(() => el('div', { onclick: 'alert(1)' })).toThrow(/onclick/u);
    expect(() => el('div', { style: 'color:red' })).toThrow(/style/u);
  });
});

describe('svgElement', () => {
  it('builds the symbol in the SVG namespace with colours as attributes', () => {
    const svg = svgElement(symbolTree('park', { size: 24 }));
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('width')).toBe('24');
    expect(svg.querySelector('g')!.getAttribute('fill')).toBe('#0072b2');
    expect(svg.outerHTML).not.toMatch(/style=/u);
  });
});

describe('announce', () => {
  it('adds a message once', () => {
    const status = el('p');
    announce(status, '底图图块无法加载');
    announce(status, '底图图块无法加载');
    expect(status.textContent).toBe('底图图块无法加载');
  });
});
