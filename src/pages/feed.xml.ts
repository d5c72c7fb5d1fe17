/** RSS feed of the plans, newest first: each plan with its 文号, date and summary. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../model/index.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../model/site-meta.ts';
import { pageUrl, planUrl } from '../model/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const plans = [...loadSite().plans].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.slug.localeCompare(b.slug));
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: new URL(pageUrl('/'), site ?? 'http://localhost:4321'),
    customData: '<language>zh-cn</language>',
    items: plans.map((plan) => ({
      title: plan.fullTitle,
      link: planUrl(plan.slug),
      ...(plan.date ? { pubDate: new Date(`${plan.date}T00:00:00+08:00`) } : {}),
      description: [plan.frontmatter.docNumber ?? '（无文号）', plan.status, plan.summary?.lede].filter(Boolean).join(' · '),
      categories: [plan.level, plan.district ?? '全市'],
    })),
  });
};
