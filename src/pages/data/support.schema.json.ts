/** /data/support.schema.json: JSON Schema of /data/support.json, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { supportFileSchema } from '../../support/data-schema.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(z.toJSONSchema(supportFileSchema), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
