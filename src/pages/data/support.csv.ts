/** /data/support.csv: the support measures as a table (columns in src/support/dataset.ts). */
import type { APIRoute } from 'astro';
import { datasetDocument, framedDataset } from '../../data/catalog.ts';
import { loadSite } from '../../model/index.ts';
import { supportDatasetOptions } from '../../support/dataset.ts';

const supportDataset = framedDataset(supportDatasetOptions);

export const GET: APIRoute = () => new Response(supportDataset.csv!(datasetDocument(supportDataset, loadSite())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
