/**
 * The ONE place where a 责任单位 as written becomes an agency reference. Today it only carries
 * the name and the plan's district: the agencies registry (src/agencies/) will fill `id` and
 * `fullName`, district-qualified (区科委 in a 宝山 plan is 宝山区科学技术委员会); the lead
 * connects it here. Never guess a full name in the meantime.
 */
export interface AgencyRef {
  /** Registry id, once the registry is connected; null until then. */
  id: string | null;
  /** The name exactly as the clause writes it. */
  name: string;
  /** The registry's full name; null until the registry is connected. */
  fullName: string | null;
  /** The district of the plan that names it (null for a city plan). */
  district: string | null;
}

/** `district` is the plan's district, passed while no registry can look it up from the slug. */
export function agencyRef(_planSlug: string, name: string, district?: string): AgencyRef {
  return { id: null, name, fullName: null, district: district ?? null };
}
