/**
 * Rule-only accuracy on the corpora (issue 17's floors). PDF and DOCX cases are built as real
 * files and read by the importers, as `npm run add-plan` reads them.
 *
 * On both sets every plan converts and its text is kept sentence by sentence: those hold for
 * any plan, seen or not. The accuracy floors are asserted on the development set, where a fall
 * is a regression of rules that once read those plans. On the held-out set they are measured,
 * not asserted: its figures are the honest measure of an unseen plan only while nobody tunes
 * on it, and a floor that fails there could only be made to pass by tuning on it — the very
 * thing that would make the figure worthless. `npm run bench:extraction -- --set holdout`
 * prints them; the README keeps each round's figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusCases, CORPUS_SETS, type CorpusSet } from '../../src/evaluation/corpus.ts';
import { runSet, type CaseResult } from '../../src/evaluation/run.ts';
import { precision, recall, total, type Scores } from '../../src/evaluation/score.ts';

const root = new URL('../../', import.meta.url).pathname;

/** Each set is read once (its PDFs printed once) for every block that asks for it. */
const runs = new Map<CorpusSet, Promise<CaseResult[]>>();
const readSet = (set: CorpusSet) => runs.get(set) ?? runs.set(set, runSet(root, set)).get(set)!;

// A held-out round once measured moves to dev/; until the next one is written the set is empty,
// and only the sets that hold cases are read (the README says which rounds were measured).
const filled = CORPUS_SETS.filter((set) => set === 'dev' || corpusCases(root, set).length > 0);

describe.each(filled)('the %s corpus, rules alone', (set) => {
  let results: CaseResult[] = [];
  beforeAll(async () => {
    results = await readSet(set);
  }, 600_000);

  it('has cases, and every plan converts', () => {
    expect(results.length).toBeGreaterThanOrEqual(5);
    expect(results.filter((r) => r.error).map((r) => `${r.case.name}: ${r.error}`)).toEqual([]);
  });

  it('keeps every sentence of every text, in order', () => {
    expect(results.flatMap((r) => r.missingSentences.map((s) => `${r.case.name}: ${s}`))).toEqual([]);
  });
});

describe('the dev corpus meets the floors of issue 17, rules alone', () => {
  let sum: Scores;
  beforeAll(async () => {
    const results = await readSet('dev');
    sum = total(results.flatMap((r) => (r.scores ? [r.scores] : [])));
  }, 600_000);

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
