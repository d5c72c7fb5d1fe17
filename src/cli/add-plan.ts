/**
 * `npm run add-plan -- <file> [--slug <slug>] [--root <dir>]`: adds a plan from the file an
 * editor received (.txt, .html, .docx, .pdf). Imports it, converts every seed with it in
 * memory, and only then writes `seeds/<slug>.txt`, `seeds/SHA256SUMS`, the original
 * (`seeds/originals/<slug>.<ext>`) and `content/plans/` — the pages `npm run convert` writes, with
 * its code. Prints what was recognised and what an editor must still do. On any error it prints
 * one `file: message` line and a hint, and the project is as it was.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConversionError, convertAll, slugFromFile } from '../model/document.ts';
import { importDocument, ImportError, type ImportedDocument } from '../importers/index.ts';
import { checkedFrontmatter } from '../model/index.ts';
import { ORIGINALS_DIR } from '../model/originals.ts';
import { listSeeds } from '../model/seeds.ts';
import { describeAddedPlan } from './add-plan-report.ts';
import { writePlanFiles } from './plan-files.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** A problem with the command itself (no file, a bad slug): one line and a hint, like an import error. */
export class AddPlanError extends Error {
  constructor(file: string, problem: string, hint: string) {
    super(`${file}: ${problem}\n  hint: ${hint}`);
    this.name = 'AddPlanError';
  }
}

/** The slug: `--slug`, else the file name when it is plain ASCII (`2024-xuhui-synbio.pdf`). */
export function chooseSlug(file: string, slug: string | undefined): string {
  if (slug !== undefined) {
    if (!SLUG.test(slug))
      throw new AddPlanError(file, `--slug "${slug}" is not a slug`, 'use lower-case letters, digits and single dashes, e.g. --slug 2024-xuhui-synbio.');
    return slug;
  }
  const name = basename(file).replace(/\.[^.]*$/u, '');
  const fromName = slugFromFile(basename(file));
  if (!/^[A-Za-z0-9 ._-]+$/u.test(name) || fromName === '') {
    throw new AddPlanError(
      file,
      'the file name gives no slug (it is not plain ASCII)',
      'give one: --slug <year>-<place>-<topic>, e.g. --slug 2024-baoshan-synbio-measures.',
    );
  }
  return fromName;
}

/** Where a slug is already used, or undefined. */
function takenBy(root: string, slug: string): string | undefined {
  const candidates = [`seeds/${slug}.txt`, `content/plans/${slug}.mdx`];
  const originals = join(root, ORIGINALS_DIR);
  if (existsSync(originals) && statSync(originals).isDirectory())
    candidates.push(
      ...readdirSync(originals)
        .filter((n) => n.startsWith(`${slug}.`))
        .map((n) => `${ORIGINALS_DIR}/${n}`),
    );
  return candidates.find((path) => existsSync(join(root, path)));
}

export interface AddedPlan {
  slug: string;
  imported: ImportedDocument;
  written: string[];
  doc: ReturnType<typeof convertAll>[number]['doc'];
}

/** Adds the plan; throws ImportError, ConversionError or AddPlanError with nothing written. */
export async function addPlan(file: string, options: { slug?: string; root: string }): Promise<AddedPlan> {
  const root = resolve(options.root);
  if (!existsSync(join(root, 'seeds')))
    throw new AddPlanError(file, `${root} has no seeds/ folder`, 'run add-plan in the project (or pass --root <project dir>).');
  if (!existsSync(file)) throw new AddPlanError(file, 'no such file', 'check the path of the file to add.');
  const slug = chooseSlug(file, options.slug);
  const taken = takenBy(root, slug);
  if (taken) throw new AddPlanError(file, `slug "${slug}" is already taken by ${taken}`, 'choose another with --slug <slug> (or remove the old plan first).');
  const bytes = new Uint8Array(readFileSync(file));
  const imported = await importDocument(file, bytes);
  const seedFile = `seeds/${slug}.txt`;
  const seed = new TextEncoder().encode(imported.text);
  const seeds = [...listSeeds(root), { file: seedFile, bytes: seed }].sort((a, b) => (a.file < b.file ? -1 : 1));
  let pages;
  try {
    pages = convertAll(seeds);
  } catch (error) {
    if (error instanceof ConversionError && error.file === seedFile) throw withImportedText(error, slug, imported.text);
    throw error;
  }
  const result = pages.find((page) => page.doc.slug === slug)!;
  try {
    checkedFrontmatter(result.doc);
  } catch (error) {
    throw new AddPlanError(file, (error as Error).message, 'the converted plan does not fit the page schema: report this with the file.');
  }
  const original = imported.format === 'txt' ? undefined : { bytes, extension: imported.format };
  const written = writePlanFiles(root, { slug, seed, ...(original ? { original } : {}), pages });
  return { slug, imported, written, doc: result.doc };
}

/**
 * A conversion error names `seeds/<slug>.txt`, which was not written: the imported text goes to a
 * temporary file (outside the project) so its lines can be read where the message points.
 */
function withImportedText(error: ConversionError, slug: string, text: string): Error {
  const path = join(tmpdir(), `add-plan-${slug}.txt`);
  writeFileSync(path, text);
  return new ConversionError({
    file: error.file,
    line: error.line,
    message: error.message.split('\n')[0]!.replace(`${error.file}:${error.line}: `, ''),
    hint: `${error.hint} Nothing was written to seeds/; the imported text is in ${path} (its line ${error.line} is the line meant).`,
    sourceLine: error.sourceLine,
  });
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { slug: { type: 'string' }, root: { type: 'string' } } });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error('usage: npm run add-plan -- <file.txt|.html|.docx|.pdf> [--slug <slug>] [--root <project dir>]');
    process.exit(2);
  }
  const root = values.root ?? new URL('../../', import.meta.url).pathname;
  try {
    const added = await addPlan(file, { root, ...(values.slug !== undefined ? { slug: values.slug } : {}) });
    console.log(describeAddedPlan(root, file, added));
  } catch (error) {
    if (error instanceof ImportError || error instanceof ConversionError || error instanceof AddPlanError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
