/**
 * The ONE place where a 责任单位 as written becomes an agency reference, through the agencies
 * registry (`src/agencies/`): district-qualified (区科委 in a 宝山 plan is 宝山区's), variants
 * merged, the full name only where a plan states it (never guessed).
 */
import { agenciesOf, agencyRef as registryRef } from '../agencies/index.ts';
import type { Site } from '../model/index.ts';

export interface AgencyRef {
  /** Registry id (null only when resolved without a registry, e.g. in pure tests). */
  id: string | null;
  /** The name exactly as the clause writes it. */
  name: string;
  /** Full official name where a plan states it; null otherwise. */
  fullName: string | null;
  /** District of the agency (null for a city agency). */
  district: string | null;
  /** District-qualified label, e.g. `宝山区 区经委`: what filters and lists show. */
  label: string;
  /** The agency's page, when it has one. */
  url: string | null;
}

export type AgencyResolver = (planSlug: string, name: string) => AgencyRef;

/** Resolves names through the site's registry (built once per build by `agenciesOf`). */
export function agencyResolver(site: Site): AgencyResolver {
  const registry = agenciesOf(site);
  return (planSlug, name) => {
    const ref = registryRef(planSlug, name, registry);
    return { id: ref.id, name, fullName: ref.fullName, district: ref.district, label: ref.label, url: ref.url };
  };
}

/** Without a registry: the name as written, qualified by the plan's district (synthetic plans in tests). */
export function plainAgencyRef(name: string, district: string | undefined): AgencyRef {
  return { id: null, name, fullName: null, district: district ?? null, label: district ? `${district} ${name}` : name, url: null };
}
