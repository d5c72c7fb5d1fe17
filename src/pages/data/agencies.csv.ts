/**
 * /data/agencies.csv — see src/agencies/open-data.ts. (Once the catalog lists
 * agenciesDataset(LICENSE_NOTE), `[file].ts` serves this and this route can go.)
 */
import type { APIRoute } from 'astro';
import { agenciesDataset } from '../../agencies/open-data.ts';
import { datasetDocument, LICENSE_NOTE } from '../../data/catalog.ts';
import { loadSite } from '../../model/index.ts';

const dataset = agenciesDataset(LICENSE_NOTE);

export const GET: APIRoute = () => new Response(dataset.csv(datasetDocument(dataset, loadSite())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
