/** `/plans/<slug>/qr/<id>.svg`: the QR code of one clause's permalink, for the clause's tools. */
import type { APIRoute } from 'astro';
import type { SitePlan } from '../../../../model/index.ts';
import { planStaticPaths } from '../../../../model/pages.ts';
import { qrSvg } from '../../../../model/qr.ts';
import { hasPublicOrigin } from '../../../../model/site-meta.ts';
import { absoluteUrl, clauseUrl } from '../../../../model/urls.ts';

// Only with SITE_URL: a code of a bare path or of localhost leads a phone nowhere.
export function getStaticPaths() {
  if (!hasPublicOrigin()) return [];
  return planStaticPaths().flatMap(({ params, props }) => props.plan.clauses.map((c) => ({ params: { ...params, clause: c.id }, props })));
}

export const GET: APIRoute<{ plan: SitePlan }, { slug: string; clause: string }> = async ({ props, params, site }) =>
  new Response(await qrSvg(absoluteUrl(clauseUrl(props.plan.slug, params.clause), site)), { headers: { 'Content-Type': 'image/svg+xml' } });
