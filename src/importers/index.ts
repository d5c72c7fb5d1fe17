/**
 * Importers: one per format an editor receives, behind one call. The file's extension chooses
 * the importer; each gives back the seed text and a report (see `types.ts`). External
 * libraries are reached only through `adapters/` (pdf.js, mammoth, the HTML parser).
 */
import { importDocx } from './docx.ts';
import { importHtml } from './html.ts';
import { importPdf } from './pdf.ts';
import { importTxt } from './txt.ts';
import { ImportError, type Format, type ImportedDocument } from './types.ts';

const byExtension: Readonly<Record<string, Format>> = { txt: 'txt', html: 'html', htm: 'html', docx: 'docx', pdf: 'pdf' };

const importers: Readonly<Record<Format, (file: string, bytes: Uint8Array) => ImportedDocument | Promise<ImportedDocument>>> = {
  txt: importTxt,
  html: importHtml,
  docx: importDocx,
  pdf: importPdf,
};

/** The format a file name says it holds, or an error naming the formats there are. */
export function formatOf(file: string): Format {
  const extension = /\.([^./]+)$/u.exec(file)?.[1]?.toLowerCase() ?? '';
  const format = byExtension[extension];
  if (format) return format;
  const hint =
    extension === 'doc'
      ? 'save it as .docx (Word 文档) in Word or WPS, then add that file.'
      : extension === 'wps' || extension === 'ofd'
        ? 'export it as .docx or .pdf, then add that file.'
        : 'add-plan reads .txt (UTF-8), .html/.htm (a saved web page), .docx and .pdf.';
  throw new ImportError(file, extension === '' ? 'the file has no extension, so its format is unknown' : `unknown file type ".${extension}"`, hint);
}

/** Imports one file: the seed text, its format and what the importer found around the text. */
export async function importDocument(file: string, bytes: Uint8Array): Promise<ImportedDocument> {
  return importers[formatOf(file)](file, bytes);
}

export { formats, ImportError, type Format, type ImportedDocument, type ImportReport } from './types.ts';
