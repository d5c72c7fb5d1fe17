/** The seed's exact bytes, for download: the bytes the model was converted from, never a path from data. */
import type { APIRoute } from 'astro';
import type { SitePlan } from '../../../model/index.ts';
import { planStaticPaths } from '../../../model/pages.ts';

export const getStaticPaths = planStaticPaths;

export const GET: APIRoute<{ plan: SitePlan }> = ({ props }) =>
  new Response(Buffer.from(props.plan.bytes), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
