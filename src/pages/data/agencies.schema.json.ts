/** /data/agencies.schema.json: the JSON Schema of /data/agencies.json. */
import type { APIRoute } from 'astro';
import { agenciesJsonSchema } from '../../agencies/open-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(agenciesJsonSchema(), null, 1), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
