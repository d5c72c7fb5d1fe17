/**
 * `node src/cli/bench-agencies.ts --plans 3000 [--shift]`: how the agency registry grows with
 * the number of plans. Makes N plans from the site's plans (copies under other slugs; with
 * --shift, district copies move through Shanghai's districts), builds the registry and prints
 * the time, the number of agencies (= rows of /agencies/) and the largest agency (clauses on
 * its page). A benchmark, not a test: it prints figures.
 */
import { parseArgs } from 'node:util';
import { loadAgencyEditorial } from '../agencies/editorial.ts';
import { buildAgencyRegistry, type RegistryPlan } from '../agencies/registry.ts';
import { buildSite } from '../model/index.ts';
import { shanghaiDistricts } from '../schemas/places.ts';

const { values } = parseArgs({ options: { plans: { type: 'string', default: '3000' }, shift: { type: 'boolean', default: false } } });
const count = Number(values.plans);
const site = buildSite({ checkContent: false });
const plans: RegistryPlan[] = [];
for (let i = 0; i < count; i++) {
  const plan = site.plans[i % site.plans.length]!;
  const copy = Math.floor(i / site.plans.length);
  const district = values.shift && plan.level === '区级' ? shanghaiDistricts[copy % shanghaiDistricts.length] : plan.district;
  plans.push({ slug: `${plan.slug}-copy${copy}`, level: plan.level, district, title: plan.shortTitle, url: '/', clauses: plan.clauses });
}
const editorial = loadAgencyEditorial();
const started = performance.now();
const registry = buildAgencyRegistry(plans, editorial);
const ms = performance.now() - started;
const largest = registry.agencies.reduce((a, b) => (b.clauses.length > a.clauses.length ? b : a));
const rows = registry.agencies.reduce((n, a) => n + a.clauses.length, 0);
console.log(
  `plans ${count}${values.shift ? ' (districts shifted)' : ''}: registry ${ms.toFixed(0)} ms; ${registry.agencies.length} agencies (index rows); ${rows} agency-clause rows; largest ${largest.id} with ${largest.clauses.length} clauses in ${largest.plans.length} plans; ${registry.plansWithoutDuties.length} plans without lists`,
);
