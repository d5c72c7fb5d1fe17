/**
 * The engine's own logic (the search itself runs against the real Pagefind index in
 * test/browser/search.test.ts): phrase variants, filters and facet counts on real records.
 */
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/model/index.ts';
import {
  countFacets,
  matchesFilters,
  pagefindFilters,
  withRecordKind,
  partialMatchesMeaningful,
  phraseVariants,
  segments,
  type Hit,
} from '../../src/search/engine.ts';
import { parseQuery } from '../../src/search/normalize.ts';
import { recordsFor } from '../../src/search/records.ts';
import { NO_PLAN, narrowToPlans, planFacetTable, withPlanCounts, type PlanFacetTable } from '../../src/search/plan-facets.ts';

const root = new URL('../../', import.meta.url).pathname;
const site = buildSite({ root, today: new Date('2026-11-22T00:00:00Z') });
const records = site.plans.flatMap(recordsFor);
const hits: Hit[] = records.map((r) => ({ id: r.url, url: r.url, content: r.content, meta: r.meta, filters: withRecordKind(r.filters), exact: true }));

describe('records', () => {
  it('give every clause one record at its anchor, with its own agencies and part', () => {
    const clause = records.find((r) => r.url === '/plans/2023-baoshan-synbio/#s4-5-11-3')!;
    expect(clause.filters).toMatchObject({
      part: ['任务'],
      agency: ['宝山区 区国资委', '宝山区 区发展改革委', '宝山区 各街镇（园区）'],
      plan: ['宝山合成生物三年行动计划'],
    });
    // Plan-level facets are not per-record filters (they come from the page's table of plans), and
    // a clause carries no kind (only the other records do).
    expect(Object.keys(clause.filters).sort()).toEqual(['agency', 'part', 'plan']);
    expect(withRecordKind(clause.filters).kind).toEqual(['条款']);
    expect(records.find((r) => r.url === '/plans/2023-shanghai-synbio/#notice')!.filters.kind).toEqual(['文件']);
    expect(clause.meta).toMatchObject({ path: '四、（五）11.（3）', docNumber: '宝府办〔2023〕45号' });
    expect(records.filter((r) => r.meta.kind === '条款')).toHaveLength(150);
  });
  it('index the notice with its 文号, and no raw original', () => {
    expect(records.find((r) => r.url === '/plans/2023-shanghai-synbio/#notice')!.content).toContain('沪府办发〔2023〕18号');
    expect(records.some((r) => r.url.includes('/original/'))).toBe(false);
  });
});

describe('phrase variants', () => {
  it('trims an edge word of a phrase cut across words', () => {
    expect(segments('物产业园')[0]).toBe('物');
    expect(phraseVariants('物产业园')).toContain(segments('物产业园').slice(1).join(''));
  });
});

describe('partial matches', () => {
  it('are not looked for when the query has two characters or only one-character words', () => {
    expect(partialMatchesMeaningful(parseQuery('宝科'))).toBe(false);
    expect(partialMatchesMeaningful(parseQuery('量子'))).toBe(false);
    expect(partialMatchesMeaningful(parseQuery('南大高新区'))).toBe(true);
  });
});

describe('filters and facets', () => {
  it('count every value of every hit', () => {
    const facets = countFacets(hits);
    expect(facets.kind?.['条款']).toBe(150);
    expect(Object.values(facets.plan ?? {}).reduce((a, b) => a + b, 0)).toBe(hits.length);
  });
  it('keep hits matching any chosen value of every chosen key', () => {
    const chosen = hits.filter((hit) => matchesFilters(hit, { agency: ['宝山区 区科委', '宝山区 区经委'], kind: ['条款'] }));
    expect(chosen.length).toBeGreaterThan(0);
    expect(chosen.every((h) => h.filters.kind?.includes('条款') && h.filters.agency?.some((a) => a === '宝山区 区科委' || a === '宝山区 区经委'))).toBe(true);
    // The facet 责任单位 is district-qualified: Jinshan's 区经委 is another agency (10 clauses, counted by hand).
    expect(hits.filter((hit) => matchesFilters(hit, { agency: ['金山区 区经委'] }))).toHaveLength(10);
    expect(hits.filter((hit) => matchesFilters(hit, { agency: ['宝山区 区发展改革委'] }))).toHaveLength(5);
  });
  it('turn reader filters into Pagefind filters', () => {
    expect(pagefindFilters({ plan: ['a', 'b'], part: [] })).toEqual({ plan: { any: ['a', 'b'] } });
    expect(pagefindFilters({ kind: ['条款', '文件'] })).toEqual({ kind: { none: ['摘要'] } });
    expect(pagefindFilters({ kind: ['条款'] })).toEqual({ kind: { none: ['文件', '摘要'] } });
    expect(pagefindFilters({ kind: ['摘要'] })).toEqual({ kind: { any: ['摘要'] } });
  });
});

describe('plan-level facets', () => {
  const table: PlanFacetTable = {
    A: ['市级', '全市', '实施中'],
    B: ['区级', '宝山区', '已期满'],
    C: ['区级', '金山区', '实施中'],
  };
  it('are read from the plans: level, district (全市 when none) and status', () => {
    const full = planFacetTable(site.plans);
    expect(full['金山生物制造产业实施意见']?.slice(0, 2)).toEqual(['区级', '金山区']);
    expect(full['上海合成生物与高端生物制造行动方案']?.slice(0, 2)).toEqual(['市级', '全市']);
    expect(full['宝山生物医药行动方案（送审稿）']?.[2]).toBe('送审稿');
  });
  it('narrow the plan filter to the plans having a chosen value of every key', () => {
    expect(narrowToPlans({ level: ['区级'], part: ['任务'] }, table)).toEqual({ part: ['任务'], plan: ['B', 'C'] });
    expect(narrowToPlans({ level: ['区级'], status: ['实施中'] }, table)).toEqual({ plan: ['C'] });
    expect(narrowToPlans({ district: ['宝山区', '全市'], plan: ['A', 'C'] }, table)).toEqual({ plan: ['A'] });
    expect(narrowToPlans({ level: ['市级'], plan: ['B'] }, table)).toEqual({ plan: [NO_PLAN] });
    expect(narrowToPlans({ plan: ['B'], level: [] }, table)).toEqual({ plan: ['B'] });
  });
  it('count each plan’s hits for its level, district and status', () => {
    expect(withPlanCounts({ plan: { A: 2, B: 3, C: 4 }, kind: { 条款: 9 } }, table)).toEqual({
      plan: { A: 2, B: 3, C: 4 },
      kind: { 条款: 9 },
      level: { 市级: 2, 区级: 7 },
      district: { 全市: 2, 宝山区: 3, 金山区: 4 },
      status: { 实施中: 6, 已期满: 3 },
    });
  });
});
