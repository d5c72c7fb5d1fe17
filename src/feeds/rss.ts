/** A `Feed` as an RSS response (@astrojs/rss, as /feed.xml): links made absolute against the site. */
import rss from '@astrojs/rss';
import { pageUrl } from '../model/urls.ts';
import type { Feed } from './index.ts';

export function feedResponse(feed: Feed, site: URL): Promise<Response> {
  return rss({
    title: feed.title,
    description: feed.description,
    site: new URL(pageUrl('/'), site),
    customData: '<language>zh-cn</language>',
    // Links are clause anchors (`…/#s4-3`): the default would append a slash after the fragment.
    trailingSlash: false,
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.link,
      description: item.description,
      categories: item.categories,
      ...(item.pubDate ? { pubDate: item.pubDate } : {}),
    })),
  });
}
