/** `/plans/<slug>/layout-map.json`: what the plan page's small map draws, fetched when it is drawn. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../model/index.ts';
import { planLayouts, planMapPayload } from '../../../places/index.ts';

// Only plans that set out a layout have a map.
export const getStaticPaths = () =>
  loadSite().plans.flatMap((plan) => {
    const layouts = planLayouts(loadSite(), plan.slug);
    return layouts.layouts.length > 0 ? [{ params: { slug: plan.slug }, props: { payload: planMapPayload(layouts) } }] : [];
  });

export const GET: APIRoute<{ payload: ReturnType<typeof planMapPayload> }> = ({ props }) =>
  new Response(JSON.stringify(props.payload), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
