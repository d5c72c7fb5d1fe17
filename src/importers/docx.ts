/**
 * `.docx`: one line per paragraph, as Word holds them (headings and list items are paragraphs
 * too); a table is one line per row, `cell | cell | cell`. Word keeps page headers, footers
 * and page numbers apart from the body, so none of them reaches the text.
 */
import { parseDocument } from './adapters/dom.ts';
import { docxToHtml } from './adapters/mammoth.ts';
import { textBlocks } from './html-blocks.ts';
import { emptyReport, ImportError, type ImportedDocument } from './types.ts';

export async function importDocx(file: string, bytes: Uint8Array): Promise<ImportedDocument> {
  const { html, warnings } = await docxToHtml(file, bytes);
  const document = parseDocument(file, `<!DOCTYPE html><html><body>${html}</body></html>`);
  const lines = textBlocks(document.body, { preserveSpaces: true }).flatMap((block) => block.lines);
  if (lines.length === 0) {
    throw new ImportError(
      file,
      'the Word document holds no text',
      'check that the text is not in an image (a scan pasted into Word) or in text boxes; nothing was imported.',
    );
  }
  const report = emptyReport();
  for (const warning of warnings) report.notes.push(`mammoth: ${warning}`);
  return { text: `${lines.join('\n')}\n`, format: 'docx', report };
}
