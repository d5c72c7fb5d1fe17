/**
 * /feeds/type/<type>.xml: the support measures of one type (src/feeds/). Only with SITE_URL,
 * like /feed.xml: RSS links are absolute, and a default build publishes no localhost URL.
 */
import type { APIRoute } from 'astro';
import { typeFeeds, type Feed } from '../../../feeds/index.ts';
import { feedResponse } from '../../../feeds/rss.ts';
import { loadSite } from '../../../model/index.ts';
import { hasPublicOrigin } from '../../../model/site-meta.ts';

export const getStaticPaths = () => (hasPublicOrigin() ? typeFeeds(loadSite()).map((feed) => ({ params: { type: feed.key }, props: { feed } })) : []);

export const GET: APIRoute<{ feed: Feed }> = ({ site, props }) => {
  if (!site) throw new Error('type feeds need SITE_URL (getStaticPaths leaves them out without one)');
  return feedResponse(props.feed, site);
};
