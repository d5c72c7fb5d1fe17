/** /support/fit.json: the checklist's data (src/support/fit-data.ts), loaded by the browser on the first answer only. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../model/index.ts';
import { planUrl } from '../../model/urls.ts';
import { fitData } from '../../support/fit-data.ts';
import { supportView } from '../../support/view.ts';

export const GET: APIRoute = () => {
  const view = supportView(loadSite());
  return new Response(JSON.stringify(fitData(view.plans, view.measures, view.records, planUrl)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
