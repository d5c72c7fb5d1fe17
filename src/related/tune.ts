/**
 * Prints the score of every hand-checked pair and precision and recall of related clauses at a
 * range of thresholds against them. Run: `npm run tune:related`
 * (`--pairs` lists every labelled pair with its score, `--links` every link shown).
 */
import { readFileSync } from 'node:fs';
import { loadSite } from '../model/index.ts';
import { evaluateRelated, type LabelledPair } from './evaluate.ts';
import { computeRelated } from './index.ts';
import { THRESHOLD } from './similarity.ts';

const { pairs } = JSON.parse(readFileSync('test/related/pairs.json', 'utf8')) as { pairs: LabelledPair[] };
const site = loadSite();

if (process.argv.includes('--pairs')) {
  const all = computeRelated(site, { threshold: 0, topK: 10_000, perPlan: 10_000 });
  for (const p of pairs) {
    const score = (all.get(p.a) ?? []).find((l) => `${l.plan}#${l.id}` === p.b)?.score ?? 0;
    console.log(`${p.related ? '+' : '-'} ${score.toFixed(3)}  ${p.a} ↔ ${p.b}  ${p.why ?? ''}`);
  }
}
if (process.argv.includes('--links')) {
  for (const [from, list] of computeRelated(site))
    for (const l of list) if (from < `${l.plan}#${l.id}`) console.log(`${l.score.toFixed(3)}  ${from} ↔ ${l.plan}#${l.id}`);
}
console.log('\nthreshold  precision  recall  pairs-shown');
for (const threshold of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]) {
  const links = computeRelated(site, { threshold });
  const e = evaluateRelated(links, pairs);
  const shown = [...links.values()].reduce((n, l) => n + l.length, 0) / 2;
  console.log(
    `${threshold.toFixed(2)}${threshold === THRESHOLD ? '*' : ' '}      ${e.precision.toFixed(3)}      ${e.recall.toFixed(3)}   ${shown}  (TP ${e.truePositives}, FP ${e.falsePositives}, FN ${e.falseNegatives})`,
  );
}
