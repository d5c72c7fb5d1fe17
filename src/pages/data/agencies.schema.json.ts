/**
 * /data/agencies.schema.json — see src/agencies/open-data.ts. (Once the catalog lists
 * agenciesDataset(LICENSE_NOTE), `[file].ts` serves this and this route can go.)
 */
import type { APIRoute } from 'astro';
import { agenciesDataset } from '../../agencies/open-data.ts';
import { datasetJsonSchema, LICENSE_NOTE } from '../../data/catalog.ts';
import { absoluteUrl, dataUrl } from '../../model/urls.ts';

const dataset = agenciesDataset(LICENSE_NOTE);

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(datasetJsonSchema(dataset, absoluteUrl(dataUrl(''), site)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
