/**
 * `npm run bench:extraction [-- --set dev|holdout] [--cases a,b] [--details]`: rule-only accuracy of the
 * converter, targets, support measures, citations and agencies on the corpus (no editorial
 * data), per case and per set. Figures, not a test: the corpus tests assert floors.
 */
import { CORPUS_SETS, type CorpusSet } from '../evaluation/corpus.ts';
import { runSet, type CaseResult } from '../evaluation/run.ts';
import { titleKey } from '../lineage/extract.ts';
import { METRICS, norm, precision, recall, scoredHeadings, total, type Scores, type Tally } from '../evaluation/score.ts';

const root = new URL('../../', import.meta.url).pathname;
const args = process.argv.slice(2);
const only = args.includes('--set') ? (args[args.indexOf('--set') + 1] as CorpusSet) : undefined;
const details = args.includes('--details');
/** `--cases a,b`: only these cases (a quicker loop while working on what they teach). */
const cases = args.includes('--cases') ? new Set(args[args.indexOf('--cases') + 1]!.split(',')) : undefined;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const cell = (t: Tally, metric: string) =>
  ['measures', 'targets', 'citations', 'headings', 'amounts'].includes(metric)
    ? `R ${pct(recall(t))} P ${pct(precision(t))} (${t.correct}/${t.expected}/${t.found})`
    : `${pct(recall(t))} (${t.correct}/${t.expected})`;

function printScores(label: string, scores: Scores): void {
  console.log(`  ${label}`);
  for (const metric of METRICS) console.log(`    ${metric.padEnd(10)} ${cell(scores[metric], metric)}`);
}

function printDetails(r: CaseResult): void {
  if (!r.extracted) return;
  const x = r.extracted;
  const e = r.case.expected;
  console.log('    fields:', JSON.stringify(x.fields), JSON.stringify(x.metadata));
  console.log(
    '    expected:',
    JSON.stringify({
      title: e.title,
      marks: e.titleMarks,
      noticeTitle: e.noticeTitle,
      docNumber: e.docNumber,
      issuer: e.issuer,
      date: e.date,
      validity: e.validity,
      status: e.status,
    }),
  );
  for (const s of r.missingSentences.slice(0, 5)) console.log('    missing sentence:', s);
  const show = (label: string, expected: string[], found: string[]) => {
    const lost = expected.filter((k) => !found.includes(k));
    const extra = found.filter((k) => !expected.includes(k));
    if (lost.length > 0) console.log(`    ${label} missed:`, lost.join('  '));
    if (extra.length > 0) console.log(`    ${label} extra:`, extra.join('  '));
  };
  show('headings', e.headings.map(norm), scoredHeadings(e, x).map(norm));
  const tk = (t: { clause: string; value: number; unit: string; year: number | null }) => `${norm(t.clause)}|${t.value}${t.unit}|${t.year}`;
  show('targets', e.targets.map(tk), x.targets.map(tk));
  show(
    'measures',
    e.support.map((m) => norm(m.clause)),
    x.support.map((m) => norm(m.clause)),
  );
  const ty = (m: { clause: string; types: string[] }) => `${norm(m.clause)}:${[...m.types].sort().join('+')}`;
  show('types', e.support.map(ty), x.support.filter((m) => e.support.some((em) => norm(em.clause) === norm(m.clause))).map(ty));
  const am = (m: { clause: string; amounts: Array<{ value: number; unit: string }> }) => m.amounts.map((a) => `${norm(m.clause)}:${a.value}${a.unit}`);
  show('amounts', e.support.flatMap(am), x.support.flatMap(am));
  show(
    'citations',
    e.citations.map((c) => titleKey(c.title)),
    x.citations.map((c) => titleKey(c.title)),
  );
}

async function main(): Promise<void> {
  for (const set of only ? [only] : CORPUS_SETS) {
    const results = await runSet(root, set, cases);
    if (results.length === 0) {
      console.log(`\n${set}: no cases (between held-out rounds, or none matched --cases)`);
      continue;
    }
    console.log(`\n${set}: ${results.length} cases`);
    for (const r of results) {
      if (r.error) {
        console.log(`  ${r.case.name} [${r.via}]: REFUSED — ${r.error.split('\n')[0]}`);
        continue;
      }
      printScores(`${r.case.name} [${r.via}]`, r.scores!);
      if (details) printDetails(r);
    }
    const scored = results.flatMap((r) => (r.scores ? [r.scores] : []));
    console.log(`  converted ${scored.length} of ${results.length}`);
    printScores(`${set} total`, total(scored));
  }
}

await main();
