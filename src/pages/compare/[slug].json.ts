/** `/compare/<slug>.json`: a plan's outline by topic, for comparing any plans in the browser. */
import { compareLayouts, compareTopics } from '../../compare/topics.ts';
import type { APIRoute } from 'astro';
import { compareOutline } from '../../compare/index.ts';
import { loadSite, type SitePlan } from '../../model/index.ts';

export function getStaticPaths() {
  return loadSite().plans.map((plan) => ({ params: { slug: plan.slug }, props: { plan } }));
}

export const GET: APIRoute<{ plan: SitePlan }> = ({ props }) => {
  const site = loadSite();
  const outline = compareOutline(props.plan, site.today, compareTopics(site), compareLayouts(site));
  return new Response(JSON.stringify(outline), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
