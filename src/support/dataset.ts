/**
 * The support measures as an open-data set: the options for the catalog's `framedDataset`
 * (`/data/support.json`, `.schema.json`, `.csv`). It does not import the catalog, so the catalog
 * can list `framedDataset(supportDatasetOptions)` without an import cycle (then the three routes
 * in `src/pages/data/support*.ts` go).
 */
import type { Site } from '../model/index.ts';
import { supportEntrySchema, type SupportEntry } from './data-schema.ts';
import { supportOf } from './index.ts';

export function supportEntries(site: Site): SupportEntry[] {
  return supportOf(site).measures.map((m) => ({
    plan: m.plan,
    clause: m.clause,
    url: m.url,
    path: m.path,
    title: m.title,
    text: m.text,
    summary: m.summary,
    types: m.types,
    typeTerms: Object.fromEntries(m.evidence.map((e) => [e.type, e.terms])),
    reviewed: m.reviewed,
    agencies: m.agencies,
    places: m.places.map(({ id, name, url }) => ({ id, name, url })),
    amounts: m.terms.amounts,
    durations: m.terms.durations,
    conditions: m.terms.conditions,
    validity: m.validity,
    followUp: m.followUp,
    fields: Object.fromEntries(m.fields.map((f) => [f.field, f.term])),
    planStatus: m.planStatus,
    statusNote: m.statusNote,
    planTitle: m.planTitle,
    level: m.level,
    district: m.district,
  }));
}

const list = (values: readonly string[]) => values.join('；');

export const supportDatasetOptions = {
  name: 'support',
  title: '面向企业的支持措施',
  description:
    '条文自身向企业提供支持的条款或子条款，按七类支持分类，链接到原条款。amounts、durations、conditions 为条文自身写明的金额比例、期限和适用对象（原文写法，未写明的为空，本站不推测）；' +
    '行动方案多不写金额，具体条款在 followUp 所列的后续政策中；' +
    'types 由公开词表判断（typeTerms 为条文中写有、决定类型的词），编辑核对后更正的写明理由（reviewed），summary 为编辑所写；agencies 来自责任单位名录（带区名，全称只在规划写明时给出）。',
  item: supportEntrySchema,
  items: supportEntries,
  csv: [
    { name: 'plan', value: (m) => m.plan },
    { name: 'clause', value: (m) => m.clause },
    { name: 'path', value: (m) => m.path },
    { name: 'title', value: (m) => m.title },
    { name: 'summary', value: (m) => m.summary },
    { name: 'types', value: (m) => list(m.types) },
    { name: 'agencies', value: (m) => list(m.agencies.map((a) => a.label)) },
    { name: 'places', value: (m) => list(m.places.map((p) => p.name)) },
    { name: 'amounts', value: (m) => list(m.amounts.map((a) => a.text)) },
    { name: 'durations', value: (m) => list(m.durations) },
    { name: 'conditions', value: (m) => list(m.conditions) },
    { name: 'validityTo', value: (m) => m.validity?.to ?? null },
    { name: 'followUp', value: (m) => list(m.followUp) },
    { name: 'planStatus', value: (m) => m.planStatus },
    { name: 'statusNote', value: (m) => m.statusNote },
    { name: 'level', value: (m) => m.level },
    { name: 'district', value: (m) => m.district },
    { name: 'url', value: (m) => m.url },
  ] satisfies Array<{ name: string; value: (row: SupportEntry) => string | null | undefined }>,
};
