/**
 * /calendar.ics: target deadlines and period ends (src/calendar/). RFC 5545 wants absolute URLs,
 * so like feed.xml it is written only when the public origin is known (`SITE_URL`): a default
 * build leaves it out rather than publish localhost links (README, “SITE_URL”).
 */
import type { APIRoute } from 'astro';
import { siteCalendar } from '../calendar/events.ts';
import { serializeCalendar } from '../calendar/ics.ts';
import { loadSite } from '../model/index.ts';
import { hasPublicOrigin } from '../model/site-meta.ts';
import { pageUrl } from '../model/urls.ts';

// `[calendar].ics.ts` rather than `calendar.ics.ts`: a route with no paths is not written at all.
export const getStaticPaths = () => (hasPublicOrigin() ? [{ params: { calendar: 'calendar' } }] : []);

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('calendar.ics needs SITE_URL (getStaticPaths leaves it out without one)');
  const body = serializeCalendar(siteCalendar(loadSite(), new URL(pageUrl('/'), site)));
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
