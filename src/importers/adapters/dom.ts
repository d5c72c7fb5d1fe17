/**
 * The one place that parses HTML (linkedom, a spec-following parser built on htmlparser2):
 * importers walk the standard DOM it gives back and never look at markup themselves. The
 * result is checked (a document with a body), so a change of the library fails here.
 */
import { parseHTML } from 'linkedom';
import { ImportError } from '../types.ts';

export function parseDocument(file: string, html: string): Document {
  const { document } = parseHTML(html);
  if (!document?.body) {
    throw new ImportError(file, 'the HTML parser gave no document body', 'check that the file is a saved web page (.html), not a fragment or another format.');
  }
  return document as unknown as Document;
}

/** Elements that start a block of their own (HTML's block-level and table elements). */
export const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
  'BODY',
]);

/** Elements whose content is never text a reader sees. */
export const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'svg', 'SVG', 'IFRAME', 'OBJECT', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA']);
