/**
 * The one place that talks to mammoth (DOCX → HTML). Its HTML keeps what raw text loses —
 * tables as tables, headings and list items as blocks of their own — and is read with the same
 * parser as web pages. A file that is not a Word 2007+ package fails here with a message.
 */
import mammoth from 'mammoth';
import { ImportError } from '../types.ts';

const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b];

export async function docxToHtml(file: string, bytes: Uint8Array): Promise<{ html: string; warnings: string[] }> {
  if (OLE.every((b, i) => bytes[i] === b)) {
    throw new ImportError(
      file,
      'this is a Word 97–2003 .doc file (or another OLE file), not a .docx',
      'open it in Word or WPS and save it as .docx (Word 文档), then add that file.',
    );
  }
  if (!ZIP.every((b, i) => bytes[i] === b)) {
    throw new ImportError(
      file,
      'not a readable .docx (a .docx is a ZIP package, and this file is not one)',
      'the file is damaged or not a Word document: ask for it again, or save it again as .docx.',
    );
  }
  let result;
  try {
    result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ImportError(
      file,
      `not a readable .docx (mammoth: ${detail})`,
      'the file is damaged or not a Word document: ask for it again, or save it again as .docx.',
    );
  }
  if (typeof result?.value !== 'string') {
    throw new ImportError(file, 'mammoth gave no HTML', 'the mammoth version may have changed its API: check src/importers/adapters/mammoth.ts.');
  }
  return { html: result.value, warnings: result.messages.filter((m) => m.type === 'error').map((m) => m.message) };
}
