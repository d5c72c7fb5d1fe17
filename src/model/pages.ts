/**
 * What Astro routes need from the model: one `getStaticPaths` for every per-plan route, and
 * the plan's body to render. Everything else a page shows comes from `loadSite()`.
 */
import type { RootContent } from 'mdast';
import { toMdast } from '../converter/to-mdast.ts';
import { loadSite, type SitePlan } from './index.ts';

/** `getStaticPaths` for every per-plan route: one page per plan, the plan as its prop. */
export function planStaticPaths(): Array<{ params: { slug: string }; props: { plan: SitePlan } }> {
  return loadSite().plans.map((plan) => ({ params: { slug: plan.slug }, props: { plan } }));
}

/** The body of a plan as the document tree its MDX serialises (`loadSite()` checked that MDX against the seed). */
export function planBody(plan: SitePlan): RootContent[] {
  return toMdast(plan.doc).children;
}
