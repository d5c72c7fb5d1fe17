/**
 * Every open-data file from the catalog (`src/data/catalog.ts`): `<name>.json`,
 * `<name>.schema.json` and, for tables, `<name>.csv`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetDocument, datasetJsonSchema, datasets, type Dataset } from '../../data/catalog.ts';
import { loadSite } from '../../model/index.ts';
import { absoluteUrl, dataUrl } from '../../model/urls.ts';

type Format = 'json' | 'schema' | 'csv';

export const getStaticPaths = (() =>
  datasets.flatMap((dataset) => [
    { params: { file: `${dataset.name}.json` }, props: { dataset, format: 'json' as Format } },
    { params: { file: `${dataset.name}.schema.json` }, props: { dataset, format: 'schema' as Format } },
    ...(dataset.csv ? [{ params: { file: `${dataset.name}.csv` }, props: { dataset, format: 'csv' as Format } }] : []),
  ])) satisfies GetStaticPaths;

const types: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  schema: 'application/schema+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export const GET: APIRoute<{ dataset: Dataset; format: Format }> = ({ props, site }) => {
  const { dataset, format } = props;
  const body =
    format === 'schema'
      ? `${JSON.stringify(datasetJsonSchema(dataset, absoluteUrl(dataUrl(''), site)), null, 2)}\n`
      : format === 'csv'
        ? dataset.csv!(datasetDocument(dataset, loadSite()))
        : `${JSON.stringify(datasetDocument(dataset, loadSite()), null, 2)}\n`;
  return new Response(body, { headers: { 'Content-Type': types[format] } });
};
