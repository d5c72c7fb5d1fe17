/** /support/fit.json: the checklist's data, loaded by the browser on the first answer only. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../model/index.ts';
import { fitEntry } from '../../support/fit-data.ts';
import { supportView } from '../../support/view.ts';

export const GET: APIRoute = () => {
  const view = supportView(loadSite());
  const entries = view.measures.map((m, i) => fitEntry(m, view.records[i]!));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
