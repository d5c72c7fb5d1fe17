/** `/plans/<slug>/qr.svg`: the QR code of the plan's permalink (absolute when SITE_URL is set). */
import type { APIRoute } from 'astro';
import type { SitePlan } from '../../../model/index.ts';
import { planStaticPaths } from '../../../model/pages.ts';
import { qrSvg } from '../../../model/qr.ts';
import { hasPublicOrigin } from '../../../model/site-meta.ts';
import { absoluteUrl, planUrl } from '../../../model/urls.ts';

// Only with SITE_URL: a code of a bare path or of localhost leads a phone nowhere.
export const getStaticPaths = () => (hasPublicOrigin() ? planStaticPaths() : []);

export const GET: APIRoute<{ plan: SitePlan }> = async ({ props, site }) =>
  new Response(await qrSvg(absoluteUrl(planUrl(props.plan.slug), site)), { headers: { 'Content-Type': 'image/svg+xml' } });
