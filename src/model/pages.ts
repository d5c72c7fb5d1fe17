/**
 * What Astro routes need from the model: one `getStaticPaths` for every per-plan route, and
 * the plan's MDX body to render. Everything else a page shows comes from `loadSite()`.
 */
import { getEntry, render } from 'astro:content';
import { loadSite, type SitePlan } from './index.ts';

/** `getStaticPaths` for every per-plan route: one page per plan, the plan as its prop. */
export function planStaticPaths(): Array<{ params: { slug: string }; props: { plan: SitePlan } }> {
  return loadSite().plans.map((plan) => ({ params: { slug: plan.slug }, props: { plan } }));
}

/** The rendered body of a plan (its committed MDX, which `loadSite()` checked against the seed). */
export async function planBody(slug: string): Promise<Awaited<ReturnType<typeof render>>> {
  const entry = await getEntry('plans', slug);
  if (!entry) throw new Error(`content/plans/${slug}.mdx is not in the content collection; run \`npm run convert\``);
  return render(entry);
}
