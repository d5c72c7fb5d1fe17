/**
 * The files a new plan adds to the project, written all or not at all: `seeds/<slug>.txt`,
 * its line in `seeds/SHA256SUMS`, the original in `seeds/originals/<slug>.<ext>` and the
 * regenerated `content/plans/`. Everything is converted in memory first (add-plan), so a plan
 * that does not convert writes nothing; a write that fails half-way puts back what was there.
 */
import { listSeeds } from '../model/seeds.ts';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORIGINALS_DIR } from '../model/originals.ts';
import type { PlanDocument } from '../model/document.ts';
import { writePages } from './convert.ts';

/** `sha256sum *.txt` output: `<hex>  <name>` lines sorted by name (the C locale's byte order). */
export function sha256Sums(files: Array<{ name: string; bytes: Uint8Array }>): string {
  return files
    .map(({ name, bytes }) => ({ name, sum: createHash('sha256').update(bytes).digest('hex') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name, sum }) => `${sum}  ${name}\n`)
    .join('');
}

export interface NewPlanFiles {
  slug: string;
  /** The seed text's bytes (UTF-8). */
  seed: Uint8Array;
  /** The original file and its extension, when it is kept (not for a .txt that is the seed itself). */
  original?: { bytes: Uint8Array; extension: string };
  /** Every plan's page, the new one included, as the converter made them. */
  pages: Array<{ doc: PlanDocument; mdx: string }>;
}

/** What a write left behind, so it can be undone. */
type Undo = () => void;

/** Writes the new plan's files; on any failure restores the project as it was and rethrows. */
export function writePlanFiles(root: string, files: NewPlanFiles): string[] {
  const undo: Undo[] = [];
  const written: string[] = [];
  try {
    const seedPath = `seeds/${files.slug}.txt`;
    writeNew(root, seedPath, files.seed, undo);
    written.push(seedPath);

    const sumsPath = join(root, 'seeds', 'SHA256SUMS');
    const oldSums = existsSync(sumsPath) ? readFileSync(sumsPath) : undefined;
    const seeds = listSeeds(root).map(({ file, bytes }) => ({ name: file.slice('seeds/'.length), bytes }));
    undo.push(() => (oldSums ? writeFileSync(sumsPath, oldSums) : rmSync(sumsPath, { force: true })));
    writeFileSync(sumsPath, sha256Sums(seeds));
    written.push('seeds/SHA256SUMS');

    if (files.original) {
      const dir = join(root, ORIGINALS_DIR);
      if (!existsSync(dir)) {
        mkdirSync(dir, { recursive: true });
        undo.push(() => rmSync(dir, { recursive: true, force: true }));
      }
      const originalPath = `${ORIGINALS_DIR}/${files.slug}.${files.original.extension}`;
      writeNew(root, originalPath, files.original.bytes, undo);
      written.push(originalPath);
    }

    const plansDir = join(root, 'content', 'plans');
    const oldPages = existsSync(plansDir) ? readdirSync(plansDir).map((name) => ({ name, bytes: readFileSync(join(plansDir, name)) })) : [];
    undo.push(() => {
      rmSync(plansDir, { recursive: true, force: true });
      mkdirSync(plansDir, { recursive: true });
      for (const { name, bytes } of oldPages) writeFileSync(join(plansDir, name), bytes);
    });
    writePages(root, files.pages);
    written.push(`content/plans/${files.slug}.mdx`);
    return written;
  } catch (error) {
    for (const step of undo.reverse()) step();
    throw error;
  }
}

/** Writes a file that must not exist yet (a slug taken since the check fails here, not overwrites). */
function writeNew(root: string, path: string, bytes: Uint8Array, undo: Undo[]): void {
  writeFileSync(join(root, path), bytes, { flag: 'wx' });
  undo.push(() => rmSync(join(root, path), { force: true }));
}
