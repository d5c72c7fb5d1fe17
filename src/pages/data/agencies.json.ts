/** /data/agencies.json: every 责任单位 by district with the clauses it answers for (see src/agencies/open-data.ts). */
import type { APIRoute } from 'astro';
import { agencyRegistry } from '../../agencies/index.ts';
import { agenciesOpenData } from '../../agencies/open-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(agenciesOpenData(agencyRegistry()), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
