/**
 * Prints precision and recall of related clauses at a range of thresholds against the
 * hand-checked pairs, and the cosine of every labelled pair. Run:
 * `sh src/scripts/with-node.sh node src/related/tune.ts`
 */
import { readFileSync } from 'node:fs';
import { evaluateRelated, type LabelledPair } from './evaluate.ts';
import { relatedInputs } from './inputs.ts';
import { seedDocuments } from './seed-docs.ts';
import { relatedClauses, THRESHOLD } from './similarity.ts';

const { pairs } = JSON.parse(readFileSync('test/related/pairs.json', 'utf8')) as { pairs: LabelledPair[] };
const inputs = relatedInputs(seedDocuments().map((p) => p.doc));

const all = relatedClauses(inputs, { threshold: 0, topK: 1000, perPlan: 1000 });
for (const p of pairs) {
  const score = (all.get(p.a) ?? []).find((l) => `${l.plan}#${l.id}` === p.b)?.score ?? 0;
  console.log(`${p.related ? '+' : '-'} ${score.toFixed(3)}  ${p.a} ↔ ${p.b}  ${p.why ?? ''}`);
}
console.log('\nthreshold  precision  recall  shown-links');
for (const threshold of [0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.22, 0.25, 0.3, 0.35]) {
  const links = relatedClauses(inputs, { threshold });
  const e = evaluateRelated(links, pairs);
  const shown = [...links.values()].reduce((n, l) => n + l.length, 0);
  console.log(`${threshold.toFixed(2)}${threshold === THRESHOLD ? '*' : ' '}      ${e.precision.toFixed(2)}       ${e.recall.toFixed(2)}    ${shown}`);
}
