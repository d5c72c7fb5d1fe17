/**
 * The ledger of promised documents (`/follow-up/`, `/data/follow-up.json`): every document or
 * programme a clause says will be made or applied, found by the rules of
 * `src/support/follow-up.ts`, with the clause, its 责任单位 (only when the clause states one),
 * the year (the sentence's, else the plan's period) and whether this portal holds it.
 * Computed once per build.
 */
import type { Site, SitePlan } from '../model/index.ts';
import { once } from '../model/once.ts';
import { PROMISE_KIND_LABELS, promisedDocuments, type PromiseKind } from '../support/follow-up.ts';

export interface FollowUpEntry {
  plan: string;
  planTitle: string;
  clause: string;
  path: string;
  heading: string;
  url: string;
  /** The clause's 责任单位 as written; empty when it states none. */
  agencies: string[];
  kind: PromiseKind;
  kindLabel: string;
  document: string;
  wording: string;
  /** The year the sentence states, else null (then `period` applies). */
  year: number | null;
  period: string;
  /** The held plan whose title the document names, else null (本站未收录). */
  held: { slug: string; title: string } | null;
}

/** Verbs and quotation marks are not part of a title. */
const NOT_TITLE = /^(?:另行制定|研究制订|研究制定|优化并出台|细化制定|出台|制定|制订|修订|细化|设立|成立|下设|新设|全力争取)|[“”]/gu;

/** A held plan (not the promising one) whose title contains the document's name (6 characters or more). */
export function heldPlan(document: string, plans: readonly Pick<SitePlan, 'slug' | 'fullTitle'>[], own: string): { slug: string; title: string } | null {
  const name = document.replace(NOT_TITLE, '').replace(/的修订$/u, '');
  if ([...name].length < 6) return null;
  const plan = plans.find((p) => p.slug !== own && p.fullTitle.includes(name));
  return plan ? { slug: plan.slug, title: plan.fullTitle } : null;
}

export function followUpLedger(site: Site): FollowUpEntry[] {
  return once(site, 'follow-up', () =>
    site.plans.flatMap((plan) =>
      plan.clauses.flatMap((clause) =>
        promisedDocuments(clause.text).map((found) => ({
          plan: plan.slug,
          planTitle: plan.shortTitle,
          clause: clause.id,
          path: clause.path,
          heading: clause.heading,
          url: clause.url,
          agencies: clause.agencies,
          kind: found.kind,
          kindLabel: PROMISE_KIND_LABELS[found.kind],
          document: found.document,
          wording: found.wording,
          year: found.year,
          period: plan.periodLabel,
          held: heldPlan(found.document, site.plans, plan.slug),
        })),
      ),
    ),
  );
}

/** When the document is due, as the texts say: the sentence's year, else the plan's period. */
export function whenLabel(entry: Pick<FollowUpEntry, 'year' | 'period'>): string {
  if (entry.year) return `${entry.year}年（句中写明）`;
  return entry.period.includes('未载明') ? '句中未写明年份，规划未载明规划期' : `句中未写明年份；规划期 ${entry.period}`;
}
