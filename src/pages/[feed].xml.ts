/**
 * RSS feed of the plans, newest first: each plan with its 文号, date and summary. RSS needs
 * absolute links, so the feed is written only when the site's origin is known (`SITE_URL`): a
 * default build leaves it out rather than publish links to localhost (README, “SITE_URL”).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { planDay } from '../feeds/index.ts';
import { loadSite } from '../model/index.ts';
import { hasPublicOrigin, SITE_DESCRIPTION, SITE_NAME } from '../model/site-meta.ts';
import { pageUrl, planUrl } from '../model/urls.ts';

// `[feed].xml.ts` rather than `feed.xml.ts`: a route with no paths is not written at all.
export const getStaticPaths = () => (hasPublicOrigin() ? [{ params: { feed: 'feed' } }] : []);

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('feed.xml needs SITE_URL (getStaticPaths leaves it out without one)');
  const plans = [...loadSite().plans].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.slug.localeCompare(b.slug));
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: new URL(pageUrl('/'), site),
    customData: '<language>zh-cn</language>',
    items: plans.map((plan) => ({
      title: plan.fullTitle,
      link: planUrl(plan.slug),
      ...(plan.date ? { pubDate: planDay(plan.date) } : {}),
      description: [plan.frontmatter.docNumber ?? '（无文号）', plan.status, plan.summary?.lede].filter(Boolean).join(' · '),
      categories: [plan.level, plan.district ?? '全市'],
    })),
  });
};
