/**
 * The agency registry: every agency named in a （责任单位：…） list or a task table's 责任单位 column
 * of any plan, identified with its district, with the clauses it answers for. The first agency of
 * a list is counted as first (名单首位), not as leading: the texts do not say what the order means
 * (only a 牵头单位 column would). Only explicit 责任单位 lists count: an agency named in
 * running text (保障措施's “区科委牵头”) is not counted, because such mentions cannot be told
 * apart reliably from agencies that are merely mentioned.
 *
 * One pass over the clauses, one map lookup per written name: linear in the number of plans.
 */
import { dutyLists, type Clause } from '../model/document.ts';
import type { AgencyEditorial, FullNameEntry } from './editorial.ts';
import { agencyIdentity, variantIndex, type AgencyIdentity, type PlanScope } from './identity.ts';

/** A clause as the registry needs it. */
export interface RegistryClause {
  id: string;
  /** Numbering path as printed, `四、（一）2.`. */
  path: string;
  heading: string;
  url: string;
  /** The clause's own node: its 责任单位 lists are read from its blocks. */
  clause: Clause;
}

export interface RegistryPlan extends PlanScope {
  slug: string;
  /** Short title for pages. */
  title: string;
  url: string;
  clauses: RegistryClause[];
}

/** One clause an agency answers for. */
export interface AgencyClause {
  plan: string;
  clause: string;
  path: string;
  heading: string;
  url: string;
  /** First in (one of) the clause's 责任单位 lists. */
  lead: boolean;
  /** The name as that list writes it (a variant keeps its form). */
  asWritten: string;
}

export interface FullNameSource {
  plan: string;
  line: number;
  quote: string;
  note: string;
}

export interface Agency extends AgencyIdentity {
  /** Other forms the plans write for it, as written. */
  variants: string[];
  fullName: string | null;
  fullNameSource: FullNameSource | null;
  clauses: AgencyClause[];
  leadCount: number;
  /** Plans (slugs) that name it, in plan order. */
  plans: string[];
}

export interface AgencyRegistry {
  /** City agencies first, then by district, then by clause count (most first), then name. */
  agencies: Agency[];
  byId: ReadonlyMap<string, Agency>;
  /** Plans whose text has no 责任单位 list at all. */
  plansWithoutDuties: string[];
  /** Every plan's title and page, by slug. */
  plans: ReadonlyMap<string, { slug: string; title: string; url: string }>;
  /** The identity of a name as a plan writes it (whether or not it is in a list). */
  identify(planSlug: string, written: string): AgencyIdentity;
  /** Full name (with source) of an identified agency, if a plan states it. */
  fullName(identity: AgencyIdentity): FullNameEntry | undefined;
}

/** Each （责任单位：…） list and task-table row of a clause's own blocks, in order (the converter reads them). */
export { dutyLists };

export function buildAgencyRegistry(plans: readonly RegistryPlan[], editorial: AgencyEditorial): AgencyRegistry {
  const variants = variantIndex(editorial.variants);
  const fullNames = new Map(editorial.fullNames.map((entry) => [`${entry.district} ${entry.name}`, entry]));
  const scopes = new Map(plans.map((plan) => [plan.slug, plan]));
  const byId = new Map<string, Agency>();
  const plansWithoutDuties: string[] = [];
  const fullNameOf = (identity: AgencyIdentity) => (identity.district === null ? undefined : fullNames.get(`${identity.district} ${identity.name}`));

  for (const plan of plans) {
    let lists = 0;
    for (const entry of plan.clauses) {
      const roles = new Map<string, AgencyClause>();
      for (const list of dutyLists(entry.clause)) {
        lists++;
        list.forEach((written, index) => {
          const identity = agencyIdentity(plan, written, variants);
          let agency = byId.get(identity.id);
          if (!agency) {
            const full = fullNameOf(identity);
            agency = {
              ...identity,
              variants: [],
              fullName: full?.fullName ?? null,
              fullNameSource: full ? { plan: full.source.plan, line: full.source.line, quote: full.source.quote, note: full.source.note } : null,
              clauses: [],
              leadCount: 0,
              plans: [],
            };
            byId.set(identity.id, agency);
          }
          if (written !== agency.name && !agency.variants.includes(written)) agency.variants.push(written);
          const seen = roles.get(identity.id);
          if (seen) {
            seen.lead ||= index === 0;
            return;
          }
          const row = { plan: plan.slug, clause: entry.id, path: entry.path, heading: entry.heading, url: entry.url, lead: index === 0, asWritten: written };
          roles.set(identity.id, row);
          agency.clauses.push(row);
          if (agency.plans.at(-1) !== plan.slug) agency.plans.push(plan.slug);
        });
      }
      for (const [id, row] of roles) if (row.lead) byId.get(id)!.leadCount++;
    }
    if (lists === 0) plansWithoutDuties.push(plan.slug);
  }

  const agencies = [...byId.values()].sort(
    (a, b) =>
      Number(a.district !== null) - Number(b.district !== null) ||
      (a.district ?? '').localeCompare(b.district ?? '', 'zh') ||
      b.clauses.length - a.clauses.length ||
      a.name.localeCompare(b.name, 'zh'),
  );
  return {
    agencies,
    byId,
    plansWithoutDuties,
    plans: new Map(plans.map(({ slug, title, url }) => [slug, { slug, title, url }])),
    identify(planSlug, written) {
      const plan = scopes.get(planSlug);
      if (!plan) throw new Error(`agencies: unknown plan ${planSlug}`);
      return agencyIdentity(plan, written, variants);
    },
    fullName: fullNameOf,
  };
}
