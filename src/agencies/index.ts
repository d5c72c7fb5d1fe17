/**
 * The one way in to agencies (责任单位) for pages, search records and the support finder.
 * The registry is built once per build from the clause model and the reviewed data in
 * `content/agencies/`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Clause } from '../converter/types.ts';
import { loadModel } from '../lib/model.ts';
import { loadAgencyEditorial } from './editorial.ts';
import { agencyLabel } from './identity.ts';
import { buildAgencyRegistry, type AgencyRegistry, type RegistryPlan } from './registry.ts';

export type { Agency, AgencyClause, AgencyRegistry, FullNameSource } from './registry.ts';
export type { AgencyIdentity, AgencyLevel } from './identity.ts';
export { agencyLabel } from './identity.ts';

/** A plan's short title from its editorial summary, else its full title. */
function shortTitle(root: string, slug: string, title: string): string {
  try {
    return (parse(readFileSync(join(root, 'content/summaries', `${slug}.yaml`), 'utf8')) as { shortTitle?: string }).shortTitle ?? title;
  } catch {
    return title;
  }
}

function registryPlans(root: string): RegistryPlan[] {
  return loadModel(root).map(({ doc, frontmatter: fm }) => ({
    slug: fm.slug,
    level: fm.level,
    district: fm.district,
    title: shortTitle(root, fm.slug, fm.title),
    url: `/plans/${fm.slug}/`,
    clauses: withPaths(doc.clauses).map(({ clause, path }) => ({
      id: clause.id,
      path,
      heading: clause.title,
      url: `/plans/${fm.slug}/#${clause.id}`,
      clause,
    })),
  }));
}

/** Every clause in document order with its numbering path (`四、（一）2.`), in one walk. */
function withPaths(clauses: Clause[], prefix = '', out: Array<{ clause: Clause; path: string }> = []): Array<{ clause: Clause; path: string }> {
  for (const clause of clauses) {
    out.push({ clause, path: prefix + clause.number });
    withPaths(clause.children, prefix + clause.number, out);
  }
  return out;
}

let cached: AgencyRegistry | undefined;

/** The registry, built once per process. */
export function agencyRegistry(root = process.cwd()): AgencyRegistry {
  cached ??= buildAgencyRegistry(registryPlans(root), loadAgencyEditorial(root));
  return cached;
}

/** The page of an agency. */
export function agencyUrl(id: string): string {
  return `/agencies/${encodeURIComponent(id)}/`;
}

export interface AgencyRef {
  id: string;
  /** Canonical short name. */
  name: string;
  /** Full name where a plan states it, else null (never guessed). */
  fullName: string | null;
  district: string | null;
  /** `宝山区 区经委`. */
  label: string;
  /** Its page; null when no 责任单位 list names it (no page exists). */
  url: string | null;
}

/** Who `nameAsWritten` denotes in plan `planSlug` (for the support finder and chips). */
export function agencyRef(planSlug: string, nameAsWritten: string): AgencyRef {
  const registry = agencyRegistry();
  const identity = registry.identify(planSlug, nameAsWritten);
  const listed = registry.byId.get(identity.id);
  return {
    id: identity.id,
    name: identity.name,
    fullName: registry.fullName(identity)?.fullName ?? null,
    district: identity.district,
    label: agencyLabel(identity),
    url: listed ? agencyUrl(identity.id) : null,
  };
}

/** Values of the search facet 责任单位 for a clause's agencies: district-qualified, variants merged. */
export function agencyFacetValues(planSlug: string, names: readonly string[]): string[] {
  const registry = agencyRegistry();
  return [...new Set(names.map((name) => agencyLabel(registry.identify(planSlug, name))))];
}
