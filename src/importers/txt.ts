/**
 * `.txt`: the text as it is, which must be UTF-8 — the converter's own strict decoding and its
 * error (file, line, column of the first bad byte). A file in GB18030/GBK, the usual encoding
 * of Chinese text saved on Windows, gets an error saying so and how to convert it: the importer
 * does not guess an encoding, since GB18030 accepts almost any byte sequence (Big5 or a damaged
 * file would decode too, silently wrong).
 */
import { ConversionError, decodeStrict, firstInvalidByte } from '../model/document.ts';
import { emptyReport, ImportError, type ImportedDocument } from './types.ts';

export function importTxt(file: string, bytes: Uint8Array): ImportedDocument {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportError(
      file,
      'the file is UTF-16 text, not UTF-8',
      'save it again as UTF-8 (in Notepad: 另存为 → 编码 UTF-8), or run `iconv -f UTF-16 -t UTF-8`.',
    );
  }
  let text: string;
  try {
    text = decodeStrict(file, bytes);
  } catch (error) {
    if (error instanceof ConversionError && readsAsGb18030(bytes)) {
      const { line, column, byte } = firstInvalidByte(bytes);
      const name = file.split('/').pop() ?? file;
      throw new ImportError(
        file,
        `line ${line}: not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')} at column ${column}); it reads as GB18030 (GBK) Chinese text`,
        `convert it to UTF-8 and add that file: iconv -f GB18030 -t UTF-8 '${name}' > '${name.replace(/\.txt$/iu, '')}.utf8.txt' (keep the original).`,
      );
    }
    throw error;
  }
  const report = emptyReport();
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) report.notes.push('文件开头的 UTF-8 BOM（EF BB BF）未写入种子文本。');
  return { text, format: 'txt', report };
}

/** Decodes as GB18030 without error, and most of what it decodes to is Chinese. */
function readsAsGb18030(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  const nonAscii = [...text].filter((c) => c > '\u007f');
  const chinese = nonAscii.filter((c) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u.test(c)).length;
  return nonAscii.length > 0 && chinese / nonAscii.length >= 0.9;
}
