/**
 * /data/support.json: every support measure as open data, in the catalog's frame and validated
 * against its schema at build time (src/support/dataset.ts). Until the lead lists
 * `supportDataset` in src/data/catalog.ts, this route and its two siblings publish it.
 */
import type { APIRoute } from 'astro';
import { datasetDocument, framedDataset } from '../../data/catalog.ts';
import { loadSite } from '../../model/index.ts';
import { supportDatasetOptions } from '../../support/dataset.ts';

const supportDataset = framedDataset(supportDatasetOptions);

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(datasetDocument(supportDataset, loadSite()), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
