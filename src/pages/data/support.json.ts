/**
 * /data/support.json: every support measure as open data (fields documented in
 * src/support/data-schema.ts and served as /data/support.schema.json). Deterministic.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../model/index.ts';
import type { SupportEntry } from '../../support/data-schema.ts';
import { supportOf } from '../../support/index.ts';

export const GET: APIRoute = () => {
  const site = loadSite();
  const measures: SupportEntry[] = supportOf(site).measures.map((m) => ({
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
    followUp: m.followUp,
    fields: Object.fromEntries(m.fields.map((f) => [f.field, f.term])),
    planStatus: m.planStatus,
    statusNote: m.statusNote,
    planTitle: m.planTitle,
    level: m.level,
    district: m.district,
  }));
  const body = {
    title: '上海合成生物与生物制造规划中面向企业的支持措施',
    description: '每条是条文自身向企业提供支持的条款或子条款，按类型分类，链接到原条款。',
    today: site.today.toISOString().slice(0, 10),
    notes: [
      '规划没有写明支持金额或申请条件；具体条款在 followUp 所列的后续政策中。',
      'types 由公开词表判断（typeTerms 为依据词），经人工核对；reviewed 给出人工更正的理由。summary 为编辑所写。',
      'agencies 的 id、fullName 待责任单位名录接入后填写，现为 null。',
    ],
    measures,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
