/**
 * The bytes an editor would hand `npm run add-plan` for a corpus case: the text file itself, or
 * the real document made from the case's text — until the importers are wired in, the case's
 * source text stands for what they extract (reported as such).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusCase } from './corpus.ts';

export interface CaseInput {
  bytes: Uint8Array;
  /** How the text was obtained: `txt`, or the importer that read the document. */
  via: string;
}

export async function caseInput(c: CorpusCase): Promise<CaseInput> {
  if (c.format === 'txt') return { bytes: readFileSync(join(c.dir, 'input.txt')), via: 'txt' };
  return { bytes: readFileSync(join(c.dir, 'source.txt')), via: `${c.format} (source.txt)` };
}
