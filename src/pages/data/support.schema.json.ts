/** /data/support.schema.json: JSON Schema of /data/support.json, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { datasetJsonSchema, framedDataset } from '../../data/catalog.ts';
import { absoluteUrl, dataUrl } from '../../model/urls.ts';
import { supportDatasetOptions } from '../../support/dataset.ts';

const supportDataset = framedDataset(supportDatasetOptions);

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(datasetJsonSchema(supportDataset, absoluteUrl(dataUrl(''), site)), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
