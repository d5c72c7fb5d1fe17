/**
 * The build's side of lookup and quote check: the small tables the search page embeds, made once
 * per build from the model. The lookup table holds each plan's 文号, the names a reader may type
 * and its clause paths → anchors; the quote sources say where each seed's text is served and its
 * SHA-256 (the texts themselves load only when a quotation is checked).
 */
import type { Site, SitePlan } from '../model/index.ts';
import { once } from '../model/once.ts';
import { originalTxtUrl, originalUrl, planUrl } from '../model/urls.ts';
import { pathKey, type LookupPlan, type LookupTable } from './lookup.ts';
import { canonical } from './normalize.ts';
import type { QuoteSource } from './quote-check.ts';

/** The names a reader may type for a plan: short name, title, district with and without 区. */
function namesOf(plan: SitePlan): string[] {
  const district = plan.district ? [plan.district, plan.district.replace(/区$/u, '')] : [];
  return [...new Set([plan.shortTitle, plan.fullTitle, ...district].map((n) => canonical(n)))];
}

function lookupPlan(plan: SitePlan): LookupPlan {
  const clauses: Record<string, string> = {};
  for (const clause of plan.clauses) {
    const key = pathKey(clause.path);
    // A path written twice (a repeated number in the source) keeps its first clause.
    if (key && !(key in clauses)) clauses[key] = clause.id;
  }
  const docNumber = plan.frontmatter.docNumber;
  return { url: planUrl(plan.slug), label: plan.shortTitle, ...(docNumber ? { docNumber } : {}), names: namesOf(plan), clauses };
}

export function lookupTable(site: Pick<Site, 'plans'>): LookupTable {
  return once(site, 'lookup-table', (s) => ({ plans: s.plans.map(lookupPlan) }));
}

export function quoteSources(site: Pick<Site, 'plans'>): QuoteSource[] {
  return once(site, 'quote-sources', (s) =>
    s.plans.map((plan) => ({
      label: plan.shortTitle,
      title: plan.fullTitle,
      text: originalTxtUrl(plan.slug),
      original: originalUrl(plan.slug),
      sha256: plan.frontmatter.source.sha256,
    })),
  );
}
