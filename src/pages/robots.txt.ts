/**
 * robots.txt: everything may be crawled; the sitemap is announced with the site's origin. A
 * Sitemap line must be an absolute URL, and without `SITE_URL` there is no sitemap: no line.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl, pageUrl } from '../model/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${absoluteUrl(pageUrl('/sitemap-index.xml'), site)}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
