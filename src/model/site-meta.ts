/**
 * What the `<head>` of a page says about the site and, on a plan page, about the plan:
 * canonical URL, Open Graph, and schema.org `Legislation` JSON-LD carrying the 文号.
 */
import type { SitePlan } from './index.ts';
import { inForceStatus } from './status.ts';
import { absoluteUrl, planUrl } from './urls.ts';

export const SITE_NAME = '上海合成生物与生物制造规划门户';
export const SITE_DESCRIPTION = '上海市及各区合成生物、生物制造相关行动方案的结构化全文、摘要、目标与责任单位。';

/** schema.org status: a draft is not in force; a plan past its period has expired. */
const legislationStatus = (status: SitePlan['status']): string => (inForceStatus(status) ? 'https://schema.org/InForce' : 'https://schema.org/NotInForce');

/** JSON-LD for a plan page: only facts the text states (no invented legislator or dates). */
export function legislationJsonLd(plan: SitePlan, site: URL | undefined, today: Date): Record<string, unknown> {
  const fm = plan.frontmatter;
  const issuer = fm.issuer ?? fm.drafter?.agency;
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: plan.fullTitle,
    url: absoluteUrl(planUrl(plan.slug), site),
    inLanguage: 'zh-CN',
    ...(fm.docNumber ? { legislationIdentifier: fm.docNumber } : {}),
    ...(fm.dateSigned ? { legislationDate: fm.dateSigned } : {}),
    ...(fm.datePrinted ? { datePublished: fm.datePrinted } : {}),
    ...(fm.period ? { temporalCoverage: `${fm.period.start}/${fm.period.end}` } : {}),
    legislationJurisdiction: fm.district ? `上海市${fm.district}` : '上海市',
    legislationType: fm.draft ? '行动方案（送审稿）' : '行动方案',
    legislationLegalForce: { '@id': legislationStatus(plan.status) },
    ...(issuer ? { legislationPassedBy: { '@type': 'GovernmentOrganization', name: issuer } } : {}),
    description: plan.summary?.lede,
    dateModified: today.toISOString().slice(0, 10),
  };
}

/** JSON for a `<script type="application/…json">`: `<` escaped so the text cannot end the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</gu, '\\u003c');
}

/**
 * Whether this build knows the site's public origin: `SITE_URL`, the variable astro.config.mjs
 * makes Astro's `site` from. Read from the build's own environment, not `import.meta.env.SITE`,
 * which a cached prerender bundle may carry over from an earlier build with another origin.
 */
export const hasPublicOrigin = (): boolean => Boolean(process.env.SITE_URL);
