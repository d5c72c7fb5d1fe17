/** `/compare/<slug>.json`: a plan's outline by topic, for comparing any two plans in the browser. */
import { compareTopics } from '../../compare/topics.ts';
import type { APIRoute } from 'astro';
import { compareOutline } from '../../compare/index.ts';
import { loadSite, type SitePlan } from '../../model/index.ts';

export function getStaticPaths() {
  return loadSite().plans.map((plan) => ({ params: { slug: plan.slug }, props: { plan } }));
}

export const GET: APIRoute<{ plan: SitePlan }> = ({ props }) =>
  new Response(JSON.stringify(compareOutline(props.plan, compareTopics(loadSite()))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
