/**
 * Who a written agency name denotes. The plans name agencies by short forms (区经委, 区科委,
 * 市发展改革委); a district-level short form means that district's body, so the district of
 * the plan that writes it is part of the agency's identity: 宝山区 区经委 and 金山区 区经委 are
 * two agencies. A form starting with 市 is a city agency, whichever plan names it.
 */
import type { VariantEntry } from './editorial.ts';
import { type PlanLevel } from '../contracts/levels.ts';

/** How far an agency's remit reaches, read from the form of its name. */
export type AgencyLevel = PlanLevel | '镇级' | '其他';

export interface AgencyIdentity {
  /** Stable id, also the page's path segment: `宝山区-区经委`; a city agency's is its name. */
  id: string;
  /** The district, or null for a city agency (and for names a city plan writes without one). */
  district: string | null;
  /** Canonical short name (a reviewed variant maps to it). */
  name: string;
  level: AgencyLevel;
}

/** The plan facts identity depends on. */
export interface PlanScope {
  level: PlanLevel;
  district: string | undefined;
}

/** Level by the form of the name: 市… city, 区… district, …镇 / 街镇 / 街道 town; the rest (公司, 园区, 海关) other. */
const LEVEL_RULES: Array<[RegExp, AgencyLevel]> = [
  [/^市/u, '市级'],
  [/^区/u, '区级'],
  [/镇$|街镇|街道/u, '镇级'],
];

export function agencyLevel(name: string): AgencyLevel {
  return LEVEL_RULES.find(([pattern]) => pattern.test(name))?.[1] ?? '其他';
}

/** Reviewed variants as a lookup: `district form` → canonical name. */
export type VariantIndex = ReadonlyMap<string, string>;

export function variantIndex(entries: readonly VariantEntry[]): VariantIndex {
  const index = new Map<string, string>();
  for (const entry of entries) for (const form of entry.variants) index.set(`${entry.district} ${form}`, entry.name);
  return index;
}

export function agencyIdentity(plan: PlanScope, written: string, variants: VariantIndex): AgencyIdentity {
  const level = agencyLevel(written);
  const district = level === '市级' || plan.level === '市级' ? null : (plan.district ?? null);
  const name = (district !== null && variants.get(`${district} ${written}`)) || written;
  return { id: district === null ? name : `${district}-${name}`, district, name, level };
}

/** How pages and the search facet label an agency: `宝山区 区经委`, or the name for a city agency. */
export function agencyLabel(agency: { district: string | null; name: string }): string {
  return agency.district === null ? agency.name : `${agency.district} ${agency.name}`;
}
