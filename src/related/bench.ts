/**
 * Related clauses: precision and recall against the hand-checked pairs (test/related/pairs.json),
 * then the time of related clauses, targets and citations over the seeds copied into N
 * synthetic plans (the shape of the portal benchmark: identical texts under other slugs).
 * `npm run bench:related -- 3000`
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { computeLineage } from '../lineage/model.ts';
import { loadSite } from '../model/index.ts';
import { extractTargets } from '../targets/extract.ts';
import { evaluateRelated, type LabelledPair } from './evaluate.ts';
import { placesNamedBy, relatedLinksOf, supportTypesOf } from './index.ts';
import { relatedInputs } from './inputs.ts';
import { relatedClauses } from './similarity.ts';
import { loadRelatedTerms } from './terms.ts';

const site = loadSite();
const { pairs } = JSON.parse(readFileSync('test/related/pairs.json', 'utf8')) as { pairs: LabelledPair[] };
const e = evaluateRelated(relatedLinksOf(site), pairs);
const related = pairs.filter((p) => p.related).length;
console.log(`labelled pairs: ${pairs.length} (${related} related, ${pairs.length - related} not)`);
console.log(
  `precision ${e.precision.toFixed(3)} (${e.truePositives}/${e.truePositives + e.falsePositives}), recall ${e.recall.toFixed(3)} (${e.truePositives}/${related})`,
);
const shown = [...relatedLinksOf(site).values()].reduce((n, l) => n + l.length, 0);
console.log(`seeds: ${shown / 2} pairs shown (${shown} links)`);

const plans = Number(process.argv[2] ?? 3000);
const seeds = site.plans.map((p) => ({ doc: p.doc, level: p.level }));
const docs = Array.from({ length: plans }, (_, i) => {
  const { doc, level } = seeds[i % seeds.length]!;
  const slug = i < seeds.length ? doc.slug : `synthetic-${i}`;
  return { slug, doc: { ...doc, slug }, level };
});
const time = <T>(label: string, run: () => T): T => {
  const start = performance.now();
  const result = run();
  console.log(`${label}: ${(performance.now() - start).toFixed(0)} ms`);
  return result;
};
const types = supportTypesOf(site);
const places = placesNamedBy(site);
const original = (slug: string) => seeds[Number(slug.replace('synthetic-', '')) % seeds.length]?.doc.slug ?? slug;
const inputs = relatedInputs(
  docs.map((d) => d.doc),
  (plan, id) => types(plan.startsWith('synthetic-') ? original(plan) : plan, id),
  (plan, id) => places(plan.startsWith('synthetic-') ? original(plan) : plan, id),
);
console.log(`\n${plans} plans, ${inputs.length} clauses`);
const terms = loadRelatedTerms();
const links = time('related clauses', () => relatedClauses(inputs, terms));
console.log(`  links: ${[...links.values()].reduce((n, l) => n + l.length, 0)}`);
const targets = time('targets', () => docs.flatMap((d) => extractTargets(d.doc)));
console.log(`  targets: ${targets.length}`);
const lineage = time('citations', () => computeLineage(docs));
console.log(`  citations: ${lineage.citations.length}, documents: ${lineage.documents.length}`);
console.log(`heap used: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
