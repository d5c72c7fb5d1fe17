/**
 * Runs the rules on every case of a corpus set and scores them: what `npm run bench:extraction`
 * prints and what the corpus tests assert floors on.
 */
import { corpusCases, truthText, type CorpusCase, type CorpusSet } from './corpus.ts';
import { documentText, extract, type Extracted } from './extract.ts';
import { caseInput, DocumentMaker } from './inputs.ts';
import { score, type Scores } from './score.ts';
import { textKept } from './text.ts';

export interface CaseResult {
  case: CorpusCase;
  via: string;
  /** Set when the converter refused the document. */
  error?: string;
  extracted?: Extracted;
  scores?: Scores;
  missingSentences: string[];
}

export async function runCase(c: CorpusCase, maker: DocumentMaker): Promise<CaseResult> {
  const input = await caseInput(c, maker);
  let extracted: Extracted;
  try {
    extracted = extract(c, input.bytes);
  } catch (error) {
    return { case: c, via: input.via, error: error instanceof Error ? error.message : String(error), missingSentences: [] };
  }
  const text = textKept(truthText(c), documentText(extracted.doc), c.format === 'txt' ? extracted.droppedLines : new Set());
  return { case: c, via: input.via, extracted, scores: score(c, extracted, text), missingSentences: text.missing };
}

export async function runSet(root: string, set: CorpusSet, only?: ReadonlySet<string>): Promise<CaseResult[]> {
  const maker = new DocumentMaker();
  try {
    const results: CaseResult[] = [];
    for (const c of corpusCases(root, set)) if (!only || only.has(c.name)) results.push(await runCase(c, maker));
    return results;
  } finally {
    await maker.close();
  }
}
