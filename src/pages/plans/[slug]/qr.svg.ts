/** `/plans/<slug>/qr.svg`: the QR code of the plan's permalink (absolute when SITE_URL is set). */
import type { APIRoute } from 'astro';
import type { SitePlan } from '../../../model/index.ts';
import { planStaticPaths } from '../../../model/pages.ts';
import { qrSvg } from '../../../model/qr.ts';
import { absoluteUrl, planUrl } from '../../../model/urls.ts';

export const getStaticPaths = planStaticPaths;

export const GET: APIRoute<{ plan: SitePlan }> = async ({ props, site }) =>
  new Response(await qrSvg(absoluteUrl(planUrl(props.plan.slug), site)), { headers: { 'Content-Type': 'image/svg+xml' } });
