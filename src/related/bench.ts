/**
 * Times related clauses, targets and citations over the seeds copied into N synthetic plans
 * (the shape of the portal benchmark: identical texts under other slugs). Prints figures.
 * `sh src/scripts/with-node.sh node src/related/bench.ts 3000`
 */
import { performance } from 'node:perf_hooks';
import { computeLineage } from '../lineage/model.ts';
import { extractTargets } from '../targets/extract.ts';
import { relatedInputs } from './inputs.ts';
import { seedDocuments } from './seed-docs.ts';
import { relatedClauses } from './similarity.ts';

const plans = Number(process.argv[2] ?? 3000);
const seeds = seedDocuments();
const docs = Array.from({ length: plans }, (_, i) => {
  const { doc, level } = seeds[i % seeds.length]!;
  return { slug: i < seeds.length ? doc.slug : `synthetic-${i}`, doc: { ...doc, slug: i < seeds.length ? doc.slug : `synthetic-${i}` }, level };
});

const time = <T>(label: string, run: () => T): T => {
  const start = performance.now();
  const result = run();
  console.log(`${label}: ${(performance.now() - start).toFixed(0)} ms`);
  return result;
};
const inputs = relatedInputs(docs.map((d) => d.doc));
console.log(`${plans} plans, ${inputs.length} clauses`);
const links = time('related clauses', () => relatedClauses(inputs));
console.log(`  links: ${[...links.values()].reduce((n, l) => n + l.length, 0)}`);
const targets = time('targets', () => docs.flatMap((d) => extractTargets(d.doc)));
console.log(`  targets: ${targets.length}`);
const lineage = time('citations', () => computeLineage(docs));
console.log(`  citations: ${lineage.citations.length}, documents: ${lineage.documents.length}`);
console.log(`heap used: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
