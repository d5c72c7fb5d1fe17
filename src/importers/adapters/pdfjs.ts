/**
 * The one place that talks to pdf.js (`pdfjs-dist`, legacy build: the one that runs in Node).
 * It gives back each page's text items in the PDF's own coordinates and turns pdf.js's errors
 * into import errors; its output is checked so a change of the library's shapes fails here,
 * with a message, rather than as wrong text further on.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ImportError } from '../types.ts';

/** One run of text on a page: baseline origin (x, y up from the bottom), advance width, size. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
}

const packageDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Reads every page's text layer. */
export async function readPdfText(file: string, bytes: Uint8Array): Promise<PdfPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (and detaches) the buffer it is given: pass a copy.
    data: new Uint8Array(bytes),
    // Predefined CMaps: CJK fonts that are not embedded (a common case in government PDFs)
    // name their glyphs through Adobe's GB1 CMaps; without them pdf.js finds no text.
    cMapUrl: join(packageDir, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(packageDir, 'standard_fonts') + '/',
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw pdfError(file, error);
  }
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue; // a marked-content boundary, not text
        const [a = 0, b = 0, c = 0, d = 0, e, f] = item.transform as number[];
        if (typeof item.str !== 'string' || typeof e !== 'number' || typeof f !== 'number') {
          throw new ImportError(
            file,
            `pdf.js gave a text item of an unexpected shape on page ${number}`,
            'the pdfjs-dist version may have changed its API: check src/importers/adapters/pdfjs.ts.',
          );
        }
        if (item.str === '') continue; // pdf.js marks line ends with empty items
        // Text drawn rotated (a vertical stamp, a watermark) is not part of the reading order.
        if (Math.abs(b) > 1e-6 || Math.abs(c) > 1e-6) continue;
        items.push({ text: item.str, x: e - x0, y: f - y0, width: item.width, fontSize: Math.abs(d) || Math.abs(a) });
      }
      pages.push({ number, width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

function pdfError(file: string, error: unknown): ImportError {
  const name = (error as { name?: string }).name;
  if (name === 'PasswordException') {
    return new ImportError(file, 'the PDF is password-protected', 'ask the sender for an unprotected copy (or its text); nothing was imported.');
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new ImportError(
    file,
    `not a readable PDF (pdf.js: ${detail})`,
    'the file is damaged or not a PDF: ask for the file again, or save it again from the source; nothing was imported.',
  );
}
