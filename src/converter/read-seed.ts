/**
 * Stage 1 — read a seed: strict UTF-8 decoding and splitting into numbered lines.
 */
import { createHash } from 'node:crypto';
import { ConversionError } from './errors.ts';
import type { SourceLine } from './types.ts';

export interface Seed {
  /** Path shown in messages, e.g. `seeds/2023-shanghai-synbio.txt`. */
  file: string;
  slug: string;
  sha256: string;
  lines: SourceLine[];
}

/** Turns a file name into the page slug: lower case, `[a-z0-9-]`, no extension. */
export function slugFromFile(file: string): string {
  const base = file.split('/').pop() ?? file;
  return base
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function readSeed(file: string, bytes: Uint8Array): Seed {
  const text = decodeStrict(file, bytes);
  const lines = text.split(/\r\n|\n|\r/).map((lineText, index) => ({ line: index + 1, text: lineText }));
  if (lines.length > 0 && lines[lines.length - 1]!.text === '') lines.pop();
  const slug = slugFromFile(file);
  if (slug === '') {
    throw new ConversionError({ file, line: 1, message: 'the file name gives no slug', hint: 'name seeds like `2023-shanghai-synbio.txt` (letters, digits and dashes).' });
  }
  return { file, slug, sha256: createHash('sha256').update(bytes).digest('hex'), lines };
}

function decodeStrict(file: string, bytes: Uint8Array): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text;
  } catch {
    const { line, column, byte } = firstInvalidByte(bytes);
    throw new ConversionError({
      file,
      line,
      message: `the file is not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')} at column ${column})`,
      hint: 'convert the seed to UTF-8 (e.g. `iconv -f GB18030 -t UTF-8`) and keep the original next to it; nothing was converted.',
    });
  }
}

/** Finds the first byte that breaks UTF-8 and reports its 1-based line and byte column. */
export function firstInvalidByte(bytes: Uint8Array): { line: number; column: number; byte: number } {
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need >= 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (!ok) return { line, column: i - lineStart + 1, byte: b };
    if (b === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    i += need + 1;
  }
  return { line, column: i - lineStart + 1, byte: 0 };
}
