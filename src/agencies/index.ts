/**
 * The one way in to agencies (责任单位) for pages, search records and the support finder.
 * The registry is computed once per build (`once(site, 'agencies', …)`) from the clause model
 * and the reviewed data in `content/agencies/`.
 */
import { loadSite, type Site } from '../model/index.ts';
import { once } from '../model/once.ts';
import { pageUrl, planUrl } from '../model/urls.ts';
import { loadAgencyEditorial } from './editorial.ts';
import { agencyLabel } from './identity.ts';
import { buildAgencyRegistry, type AgencyRegistry } from './registry.ts';

export type { Agency, AgencyClause, AgencyRegistry, FullNameSource } from './registry.ts';
export type { AgencyIdentity, AgencyLevel } from './identity.ts';
export { agencyLabel } from './identity.ts';

/** The registry of a site, built once per build. */
export function agenciesOf(site: Site, root = process.cwd()): AgencyRegistry {
  return once(site, 'agencies', (s) =>
    buildAgencyRegistry(
      s.plans.map((plan) => ({
        slug: plan.slug,
        level: plan.level,
        district: plan.district,
        title: plan.shortTitle,
        url: planUrl(plan.slug),
        clauses: plan.clauses,
      })),
      loadAgencyEditorial(root),
    ),
  );
}

/** The registry of this build's site. */
export function agencyRegistry(): AgencyRegistry {
  return agenciesOf(loadSite());
}

/** The page of an agency (base-path aware). */
export function agencyUrl(id: string): string {
  return pageUrl(`/agencies/${encodeURIComponent(id)}/`);
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

/** Who `nameAsWritten` denotes in plan `planSlug` (for the support finder and chips). Throws on an unknown plan. */
export function agencyRef(planSlug: string, nameAsWritten: string, registry: AgencyRegistry = agencyRegistry()): AgencyRef {
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
export function agencyFacetValues(planSlug: string, names: readonly string[], registry: AgencyRegistry = agencyRegistry()): string[] {
  return [...new Set(names.map((name) => agencyLabel(registry.identify(planSlug, name))))];
}
