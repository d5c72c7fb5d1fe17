/**
 * Every open-data file the site publishes, in one list: `/data/<name>.json` (validated against
 * its schema at build time), `/data/<name>.schema.json` (JSON Schema generated from the same zod
 * schema) and `/data/<name>.csv` where the data is a table. `/data/` documents them from here,
 * so a file cannot be published undocumented.
 */
import { z } from 'astro/zod';
import type { Site } from '../model/index.ts';
import { once } from '../model/once.ts';
import { agenciesDataset } from '../agencies/open-data.ts';
import { supportDatasetOptions } from '../support/dataset.ts';
import { clauseRecords } from './clauses.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { planRecords } from './plans.ts';
import { placesDocument, placesDocumentSchema } from './places.ts';
import { clauseRecord, datasetSchema, planRecord } from './schemas.ts';
import { citationCsvColumns, citationRecord, citationRecords, CITATIONS_DESCRIPTION, CITATIONS_TITLE } from '../lineage/data.ts';
import { followUpCsvColumns, followUpRecord, followUpRecords, FOLLOW_UP_DESCRIPTION, FOLLOW_UP_TITLE } from '../follow-up/data.ts';
import { targetCsvColumns, targetRecord, targetRecords } from '../targets/data.ts';
import { uptakeCsvColumns, uptakeRecord, uptakeRecords, UPTAKE_DESCRIPTION, UPTAKE_TITLE } from '../uptake/data.ts';

export const LICENSE_NOTE =
  '规划原文为国家机关的行政性文件，依《中华人民共和国著作权法》第五条不适用该法保护，可自由使用；' +
  '本站所加的编辑内容（摘要、分类、地点坐标估计等）均已标明为编辑所加，可自由转载和再利用，请注明来源“上海合成生物与生物制造规划门户”，并以政府机关正式发布的文本为准。';

export interface Dataset {
  /** File name without extension: `/data/<name>.json`. */
  name: string;
  title: string;
  description: string;
  /** Schema of the whole JSON document. */
  schema: z.ZodType;
  /** Builds the whole JSON document. */
  document(site: Site): unknown;
  /** For tabular data: the document as CSV (`/data/<name>.csv`). */
  csv?: (document: unknown) => string;
}

/** A dataset in the shared frame (dataset, title, description, license, asOf, count, items). */
export function framedDataset<T>(options: {
  name: string;
  title: string;
  description: string;
  item: z.ZodType<T>;
  items(site: Site): T[];
  csv?: Array<{ name: string; value: (row: T) => CsvValue }>;
}): Dataset {
  return {
    name: options.name,
    title: options.title,
    description: options.description,
    schema: datasetSchema(options.item),
    document(site) {
      const items = options.items(site);
      return {
        dataset: options.name,
        title: options.title,
        description: options.description,
        license: LICENSE_NOTE,
        asOf: site.today.toISOString().slice(0, 10),
        count: items.length,
        items,
      };
    },
    ...(options.csv ? { csv: (document: unknown) => toCsv(options.csv!, (document as { items: T[] }).items) } : {}),
  };
}

const list = (values: readonly string[]) => values.join('；');

export const datasets: Dataset[] = [
  framedDataset({
    name: 'plans',
    title: '规划一览',
    description: '收录的每一份规划：标题、文号、发文机关、日期、规划期、层级、所在区、是否送审稿、截至数据日期的状态、站内地址和计数。',
    item: planRecord,
    items: planRecords,
    csv: [
      { name: 'slug', value: (p) => p.slug },
      { name: 'title', value: (p) => `${p.title}${p.titleMarks.join('')}` },
      { name: 'docNumber', value: (p) => p.docNumber },
      { name: 'issuer', value: (p) => p.issuer ?? p.drafter },
      { name: 'dateSigned', value: (p) => p.dateSigned },
      { name: 'period', value: (p) => p.period?.text },
      { name: 'level', value: (p) => p.level },
      { name: 'district', value: (p) => p.district },
      { name: 'draft', value: (p) => p.draft },
      { name: 'status', value: (p) => p.status },
      { name: 'clauses', value: (p) => p.counts.clauses },
      { name: 'url', value: (p) => p.urls.page },
    ],
  }),
  framedDataset({
    name: 'clauses',
    title: '全部条款',
    description: '每份规划的每一个条款标题（一、（一）1.（1）各级），含编号路径、所属部分、本条自身文字（不含下级条款）、责任单位、点名的地点和固定链接。',
    item: clauseRecord,
    items: clauseRecords,
    csv: [
      { name: 'plan', value: (c) => c.plan },
      { name: 'id', value: (c) => c.id },
      { name: 'path', value: (c) => c.path },
      { name: 'heading', value: (c) => c.heading },
      { name: 'part', value: (c) => c.part },
      { name: 'agencies', value: (c) => list(c.agencies) },
      { name: 'places', value: (c) => list(c.places) },
      { name: 'text', value: (c) => c.text },
      { name: 'url', value: (c) => c.url },
    ],
  }),
  {
    name: 'places',
    title: '地点与空间布局',
    description: '规划条文点名的园区、片区、实验室、设施和平台，及各规划的空间布局；坐标为编辑估计，见各条 source 与 radius_km。',
    schema: placesDocumentSchema,
    document: placesDocument,
  },
  framedDataset({
    name: 'targets',
    title: '量化目标',
    description:
      '各规划写明的每一项量化目标：指标、数值（区间含上限）、限定词、单位、期限年份及其出处、截至数据日期期限是否已过、原句和条款链接。本站只列期限，不判断是否完成。',
    item: targetRecord,
    items: targetRecords,
    csv: targetCsvColumns,
  }),
  framedDataset({
    name: 'citations',
    title: CITATIONS_TITLE,
    description: CITATIONS_DESCRIPTION,
    item: citationRecord,
    items: citationRecords,
    csv: citationCsvColumns,
  }),
  framedDataset({
    name: 'follow-up',
    title: FOLLOW_UP_TITLE,
    description: FOLLOW_UP_DESCRIPTION,
    item: followUpRecord,
    items: followUpRecords,
    csv: followUpCsvColumns,
  }),
  framedDataset({
    name: 'uptake',
    title: UPTAKE_TITLE,
    description: UPTAKE_DESCRIPTION,
    item: uptakeRecord,
    items: uptakeRecords,
    csv: uptakeCsvColumns,
  }),
  agenciesDataset(LICENSE_NOTE) as Dataset,
  framedDataset(supportDatasetOptions),
];

/** The document of a dataset, checked against its schema (a failure stops the build and names the field). */
export function datasetDocument(dataset: Dataset, site: Site): unknown {
  return once(site, `data:${dataset.name}`, () => {
    const document = dataset.document(site);
    const checked = dataset.schema.safeParse(document);
    if (!checked.success) throw new Error(`/data/${dataset.name}.json does not match its schema:\n${z.prettifyError(checked.error)}`);
    return document;
  });
}

/** The published JSON Schema of a dataset. */
export function datasetJsonSchema(dataset: Dataset, origin: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(dataset.schema, { target: 'draft-2020-12' }),
    $id: `${origin}${dataset.name}.schema.json`,
    title: dataset.title,
    description: dataset.description,
  };
}
