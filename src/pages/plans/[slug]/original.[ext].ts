/**
 * The file a plan was imported from, byte for byte (`seeds/originals/<slug>.<ext>`, read by the
 * model): `/plans/<slug>/original.pdf`, `.docx` or `.html`, for the plans that have one.
 * `original.txt` (the seed) is its own route.
 */
import type { APIRoute } from 'astro';
import { loadSite, type SitePlan } from '../../../model/index.ts';

export function getStaticPaths(): Array<{ params: { slug: string; ext: string }; props: { plan: SitePlan } }> {
  return loadSite().plans.flatMap((plan) => (plan.original ? [{ params: { slug: plan.slug, ext: plan.original.extension }, props: { plan } }] : []));
}

export const GET: APIRoute<{ plan: SitePlan }> = ({ props }) => {
  const original = props.plan.original!;
  return new Response(Buffer.from(original.bytes), { headers: { 'Content-Type': original.contentType } });
};
