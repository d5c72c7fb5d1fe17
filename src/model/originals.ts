/**
 * The file a plan was imported from (`seeds/originals/<slug>.<ext>`, kept by add-plan), so
 * readers can download the real original beside the extracted text. A plan added as UTF-8 text
 * has none: its seed is the original. The model reads the bytes once; the page that serves them
 * (`/plans/<slug>/original.<ext>`) never reads a path itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ORIGINALS_DIR = 'seeds/originals';

/** Formats an original may have: how the page names them and the type they are served with. */
export const ORIGINAL_FORMATS = {
  pdf: { label: 'PDF', contentType: 'application/pdf' },
  docx: { label: 'Word', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  // A saved web page is another site's markup: served as a download, sandboxed (src/integrations/headers.ts).
  html: { label: '网页', contentType: 'text/html' },
} as const;

export type OriginalExtension = keyof typeof ORIGINAL_FORMATS;

export interface OriginalFile {
  /** `seeds/originals/<slug>.<ext>`, relative to the project root. */
  file: string;
  extension: OriginalExtension;
  /** `PDF`, `Word`, `网页`: how the download link names the format. */
  label: string;
  contentType: string;
  bytes: Uint8Array;
}

const isExtension = (extension: string): extension is OriginalExtension => Object.hasOwn(ORIGINAL_FORMATS, extension);

/**
 * Every kept original by slug. A file there that is not `<slug>.<pdf|docx|html>`, or a second
 * original for one slug, is an error naming the file: it would otherwise be silently unpublished.
 */
export function loadOriginals(root: string, slugs: ReadonlySet<string>): Map<string, OriginalFile> {
  const dir = join(root, ORIGINALS_DIR);
  const originals = new Map<string, OriginalFile>();
  if (!existsSync(dir)) return originals;
  for (const name of readdirSync(dir).sort()) {
    const file = `${ORIGINALS_DIR}/${name}`;
    const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]+)$/u.exec(name);
    const extension = match?.[2] ?? '';
    if (!match || !isExtension(extension)) {
      throw new Error(`${file}: not an original of a plan (expected <slug>.pdf, <slug>.docx or <slug>.html, as npm run add-plan writes them)`);
    }
    const slug = match[1]!;
    if (!slugs.has(slug)) throw new Error(`${file}: there is no seed for plan "${slug}" (seeds/${slug}.txt)`);
    if (originals.has(slug)) throw new Error(`${file}: plan "${slug}" already has an original (${originals.get(slug)!.file}); keep one`);
    originals.set(slug, { file, extension, ...ORIGINAL_FORMATS[extension], bytes: readFileSync(join(dir, name)) });
  }
  return originals;
}
