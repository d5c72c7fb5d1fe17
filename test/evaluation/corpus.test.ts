/**
 * Rule-only accuracy on the corpora (issue 17's floors): every plan converts, its text is kept
 * sentence by sentence, and the rules alone — no editorial data — read its headings, metadata,
 * targets, support measures with their types and amounts, citations and 责任单位. The held-out set
 * was kept out of the tuning: its figures are the honest measure. PDF and DOCX cases are built
 * as real files and read by the importers, as `npm run add-plan` reads them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_SETS } from '../../src/evaluation/corpus.ts';
import { runSet, type CaseResult } from '../../src/evaluation/run.ts';
import { precision, recall, total, type Scores } from '../../src/evaluation/score.ts';

const root = new URL('../../', import.meta.url).pathname;

describe.each(CORPUS_SETS)('the %s corpus, rules alone', (set) => {
  let results: CaseResult[] = [];
  let sum: Scores;
  beforeAll(async () => {
    results = await runSet(root, set);
    sum = total(results.flatMap((r) => (r.scores ? [r.scores] : [])));
  }, 300_000);

  it('has cases, and every plan converts', () => {
    expect(results.length).toBeGreaterThanOrEqual(5);
    expect(results.filter((r) => r.error).map((r) => `${r.case.name}: ${r.error}`)).toEqual([]);
  });

  it('keeps every sentence of every text, in order', () => {
    expect(results.flatMap((r) => r.missingSentences.map((s) => `${r.case.name}: ${s}`))).toEqual([]);
  });

  it('reads headings (≥ 95 %) and metadata (≥ 95 %)', () => {
    expect(recall(sum.headings)).toBeGreaterThanOrEqual(0.95);
    expect(precision(sum.headings)).toBeGreaterThanOrEqual(0.95);
    expect(recall(sum.metadata)).toBeGreaterThanOrEqual(0.95);
  });

  it('finds targets with precision and recall ≥ 90 %', () => {
    expect(precision(sum.targets)).toBeGreaterThanOrEqual(0.9);
    expect(recall(sum.targets)).toBeGreaterThanOrEqual(0.9);
  });

  it('finds ≥ 90 % of support measures, types ≥ 75 % of them exactly, publishes ≥ 80 % of the amounts stated', () => {
    expect(recall(sum.measures)).toBeGreaterThanOrEqual(0.9);
    expect(recall(sum.types)).toBeGreaterThanOrEqual(0.75);
    expect(recall(sum.amounts)).toBeGreaterThanOrEqual(0.8);
  });

  it('finds ≥ 90 % of citations and ≥ 95 % of 责任单位 lists', () => {
    expect(recall(sum.citations)).toBeGreaterThanOrEqual(0.9);
    expect(recall(sum.agencies)).toBeGreaterThanOrEqual(0.95);
  });
});
