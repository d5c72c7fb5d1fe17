/**
 * What `npm run add-plan` would read for a corpus case: the text file itself; the saved web page
 * through the HTML importer; and for DOCX and PDF cases, a real document made from the case's
 * text (`src/tooling/make-documents.ts`: a DOCX written by the docx library, a PDF printed by
 * Chromium with a CJK font, a running header and `— N —` page numbers) read back by the importer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { importDocument } from '../importers/index.ts';
import { launchBrowser } from '../tooling/browser.ts';
import { makeDocx, makePdf } from '../tooling/make-documents.ts';
import type { CorpusCase } from './corpus.ts';

export interface CaseInput {
  bytes: Uint8Array;
  /** How the text was obtained: `txt`, or the importer that read the document. */
  via: string;
}

/** The running header the corpus' PDFs print on every page, as a gazette's reprint would. */
export const PDF_RUNNING_HEADER = '上海市人民政府公报';

/** One browser for every PDF a run prints. */
export class DocumentMaker {
  #browser: Promise<Browser> | undefined;

  async pdf(source: string): Promise<Uint8Array> {
    this.#browser ??= launchBrowser();
    return makePdf(source, { runningHeader: PDF_RUNNING_HEADER, browser: await this.#browser });
  }

  async close(): Promise<void> {
    if (this.#browser) await (await this.#browser).close();
  }
}

export async function caseInput(c: CorpusCase, maker: DocumentMaker): Promise<CaseInput> {
  if (c.format === 'txt') return { bytes: readFileSync(join(c.dir, 'input.txt')), via: 'txt' };
  const source = () => readFileSync(join(c.dir, 'source.txt'), 'utf8');
  const file =
    c.format === 'html'
      ? { name: 'input.html', bytes: readFileSync(join(c.dir, 'input.html')) }
      : c.format === 'docx'
        ? { name: 'input.docx', bytes: await makeDocx(source()) }
        : { name: 'input.pdf', bytes: await maker.pdf(source()) };
  const imported = await importDocument(file.name, file.bytes);
  return { bytes: new TextEncoder().encode(imported.text), via: `${c.format} → importer` };
}
