/**
 * /feeds/agency/<id>.xml: the clauses one agency answers for (src/feeds/). Only with SITE_URL,
 * like /feed.xml: RSS links are absolute, and a default build publishes no localhost URL.
 */
import type { APIRoute } from 'astro';
import { agencyFeeds, type Feed } from '../../../feeds/index.ts';
import { feedResponse } from '../../../feeds/rss.ts';
import { loadSite } from '../../../model/index.ts';
import { hasPublicOrigin } from '../../../model/site-meta.ts';

export const getStaticPaths = () => (hasPublicOrigin() ? agencyFeeds(loadSite()).map((feed) => ({ params: { id: feed.key }, props: { feed } })) : []);

export const GET: APIRoute<{ feed: Feed }> = ({ site, props }) => {
  if (!site) throw new Error('agency feeds need SITE_URL (getStaticPaths leaves them out without one)');
  return feedResponse(props.feed, site);
};
