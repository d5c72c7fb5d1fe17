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
  rejectFrontMatter(file, lines);
  const slug = slugFromFile(file);
  if (slug === '') {
    throw new ConversionError({
      file,
      line: 1,
      message: 'the file name gives no slug',
      hint: 'name seeds like `2023-shanghai-synbio.txt` (letters, digits and dashes).',
    });
  }
  return { file, slug, sha256: createHash('sha256').update(bytes).digest('hex'), lines };
}

/**
 * A seed is the plan's extracted text and nothing else. A `---` block at the top is YAML
 * front matter (a Markdown habit); read as text it would become the plan's title.
 */
function rejectFrontMatter(file: string, lines: SourceLine[]): void {
  const first = lines.find((l) => l.text.trim() !== '');
  if (!first || !/^-{3,}$/u.test(first.text.trim())) return;
  const closing = lines.find((l) => l.line > first.line && /^(?:-{3,}|\.{3})$/u.test(l.text.trim()));
  const where = closing ? `lines ${first.line}–${closing.line}` : `line ${first.line}`;
  throw new ConversionError({
    file,
    line: first.line,
    message: `the seed starts with a YAML front-matter block (${where}), not with the plan text`,
    hint: 'remove the `---` block: a seed holds only the extracted text; the title, 文号 and dates are recognised from the text itself.',
    sourceLine: first.text,
  });
}

export function decodeStrict(file: string, bytes: Uint8Array): string {
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

/**
 * Finds the first byte that breaks UTF-8 and reports its 1-based line (LF, CRLF and a lone
 * CR each end a line, as in `readSeed`) and its 1-based column in characters, as an editor
 * shows it.
 */
export function firstInvalidByte(bytes: Uint8Array): { line: number; column: number; byte: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need >= 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok && need === 2) ok = validThreeByte(b, bytes[i + 1]!);
    if (ok && need === 3) ok = validFourByte(b, bytes[i + 1]!);
    if (!ok) return { line, column, byte: b };
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      column = 1;
    } else if (b !== 0x0d) {
      column++;
    }
    i += need + 1;
  }
  return { line, column, byte: 0 };
}

/** Overlong forms and UTF-16 surrogates are invalid UTF-8 too (the decoder rejects them). */
function validThreeByte(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0;
  if (lead === 0xed) return second <= 0x9f;
  return true;
}

function validFourByte(lead: number, second: number): boolean {
  if (lead === 0xf0) return second >= 0x90;
  if (lead === 0xf4) return second <= 0x8f;
  return true;
}
