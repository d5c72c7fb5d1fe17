/**
 * /data/agencies.json — see src/agencies/open-data.ts. (Once the catalog lists
 * agenciesDataset(LICENSE_NOTE), `[file].ts` serves this and this route can go.)
 */
import type { APIRoute } from 'astro';
import { agenciesDataset } from '../../agencies/open-data.ts';
import { datasetDocument, LICENSE_NOTE } from '../../data/catalog.ts';
import { loadSite } from '../../model/index.ts';

const dataset = agenciesDataset(LICENSE_NOTE);

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(datasetDocument(dataset, loadSite()), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
