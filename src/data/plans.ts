/** `/data/plans.json`: every plan with its metadata, status as of the build date, URLs and counts. */
import type { Site } from '../model/index.ts';
import { originalTxtUrl, originalUrl, planUrl } from '../model/urls.ts';
import type { PlanRecord } from './schemas.ts';

export function planRecords(site: Site): PlanRecord[] {
  return site.plans.map((plan) => {
    const fm = plan.frontmatter;
    return {
      slug: plan.slug,
      title: fm.title,
      titleMarks: fm.titleMarks,
      shortTitle: plan.shortTitle,
      docNumber: fm.docNumber ?? null,
      issuer: fm.issuer ?? null,
      drafter: fm.drafter?.agency ?? null,
      dateSigned: fm.dateSigned ?? null,
      datePrinted: fm.datePrinted ?? null,
      period: fm.period ?? null,
      level: fm.level,
      district: fm.district ?? null,
      draft: fm.draft,
      status: plan.status,
      urls: { page: planUrl(plan.slug), original: originalUrl(plan.slug), originalText: originalTxtUrl(plan.slug) },
      source: fm.source,
      counts: {
        clauses: plan.clauses.length,
        clausesWithAgencies: plan.clauses.filter((c) => c.agencies.length > 0).length,
        corrections: fm.corrections.length,
        warnings: fm.warnings.length,
      },
    };
  });
}
