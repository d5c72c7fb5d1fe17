/** robots.txt: everything may be crawled; the sitemap is announced with the site's origin. */
import type { APIRoute } from 'astro';
import { absoluteUrl, pageUrl } from '../model/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(pageUrl('/sitemap-index.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
