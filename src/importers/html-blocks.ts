/**
 * A web page's visible text as blocks in reading order: each block is the inline content of
 * one block element (a `<p>`, a `<div>` holding text, a table row), with the element that
 * holds it, so the importer can tell the article from the page around it by where each block
 * sits. Text follows HTML's rendering rules: runs of ASCII white space are one space, `<br>` is
 * a line break; `　` (U+3000) and `&nbsp;` are characters and stay.
 */
import { BLOCK, HIDDEN } from './adapters/dom.ts';

export interface TextBlock {
  /** Lines of the block (more than one where the page has `<br>`), trimmed of ASCII spaces. */
  lines: string[];
  /** The block element whose inline content this is (a `<tr>` for a table row). */
  owner: Element;
  /** Characters of the block inside links (navigation and related-link lists are mostly links). */
  linkChars: number;
}

const ELEMENT = 1;
const TEXT = 3;

/**
 * Every block of text under `root`, in document order. `preserveSpaces`: the markup was written
 * by a program from a document's runs (mammoth from a DOCX), so every space in it is the
 * document's own and none is collapsed.
 */
export function textBlocks(root: Element, options: { preserveSpaces?: boolean } = {}): TextBlock[] {
  const blocks: TextBlock[] = [];
  walk(root, blocks, options.preserveSpaces ? (text) => text : collapseSpaces);
  return blocks;
}

interface Buffer {
  text: string;
  linkChars: number;
}

function walk(element: Element, blocks: TextBlock[], collapse: Spaces): void {
  if (element.tagName === 'TR') {
    // A table row is one line: its cells joined by ` | `, as the seeds write tables.
    const cells = [...element.children]
      .filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
      .map((cell) =>
        inlineText(cell, collapse)
          .text.replace(/[ \t]*\n[ \t]*/gu, ' ')
          .replace(/^[ \t]+|[ \t]+$/gu, ''),
      );
    if (cells.some((c) => c !== '')) blocks.push({ lines: [cells.join(' | ')], owner: element, linkChars: linkCharsOf(element) });
    return;
  }
  let buffer: Buffer = { text: '', linkChars: 0 };
  const flush = () => {
    const lines = collapse(buffer.text)
      .split('\n')
      .map((line) => line.replace(/^[ \t\n\f\r]+|[ \t\n\f\r]+$/gu, ''))
      .filter((line) => line !== '');
    if (lines.length > 0) blocks.push({ lines, owner: element, linkChars: buffer.linkChars });
    buffer = { text: '', linkChars: 0 };
  };
  for (const node of element.childNodes) {
    if (node.nodeType === ELEMENT) {
      const child = node as Element;
      if (HIDDEN.has(child.tagName)) continue;
      if (BLOCK.has(child.tagName)) {
        flush();
        walk(child, blocks, collapse);
        continue;
      }
      const inline = inlineText(child, collapse);
      buffer.text += inline.text;
      buffer.linkChars += inline.linkChars;
    } else if (node.nodeType === TEXT) {
      buffer.text += whiteSpaceAsSpace(node.textContent ?? '', collapse);
    }
  }
  flush();
}

/** Text of inline content: white space collapsed, `<br>` a line break, hidden elements skipped. */
function inlineText(element: Element, collapse: Spaces): Buffer {
  if (element.tagName === 'BR') return { text: '\n', linkChars: 0 };
  if (HIDDEN.has(element.tagName)) return { text: '', linkChars: 0 };
  let text = '';
  let linkChars = 0;
  for (const node of element.childNodes) {
    if (node.nodeType === TEXT) text += whiteSpaceAsSpace(node.textContent ?? '', collapse);
    else if (node.nodeType === ELEMENT) {
      const inner = inlineText(node as Element, collapse);
      text += BLOCK.has((node as Element).tagName) ? `\n${inner.text}\n` : inner.text;
      linkChars += inner.linkChars;
    }
  }
  if (element.tagName === 'A') linkChars = text.replace(/\s/gu, '').length;
  return { text, linkChars };
}

function linkCharsOf(element: Element): number {
  return [...element.querySelectorAll('a')].reduce((n, a) => n + (a.textContent ?? '').replace(/\s/gu, '').length, 0);
}

type Spaces = (text: string) => string;

/** In page text a line feed is white space like any other (only `<br>`, written `\n` here, breaks a line). */
const whiteSpaceAsSpace = (text: string, collapse: Spaces): string => (collapse === collapseSpaces ? text.replace(/[\n\r\f]/gu, ' ') : text);

/** HTML white space (space, tab, form feed, carriage return) collapses to one space, and none stays beside a `<br>`. */
const collapseSpaces: Spaces = (text) => text.replace(/[ \t\f\r]*\n[ \t\f\r]*/gu, '\n').replace(/[ \t\f\r]+/gu, ' ');

/** The text of a block, its lines joined by a space (for lists and comparisons). */
export const blockText = (block: TextBlock): string => block.lines.join(' ');
