/**
 * The agency registry over the real seeds: identity by district, variants merged, lead vs.
 * co-operating counts, full names only where cited, plans without 责任单位 lists. Expected
 * values were counted by hand from the （责任单位：…） lists of the seeds.
 */
import { describe, expect, it } from 'vitest';
import { agencyFacetValues, agencyRef, agencyRegistry } from '../../src/agencies/index.ts';
import { agencyIdentity, agencyLevel, variantIndex } from '../../src/agencies/identity.ts';
import { buildAgencyRegistry, type RegistryPlan } from '../../src/agencies/registry.ts';
import { loadAgencyEditorial } from '../../src/agencies/editorial.ts';
import { loadSite } from '../../src/model/index.ts';
import { convertSeed } from '../../src/converter/pipeline.ts';
import { flattenClauses } from '../../src/converter/recognise-structure.ts';

describe('agency registry (seeds)', () => {
  const registry = agencyRegistry();
  const get = (id: string) => {
    const agency = registry.byId.get(id);
    if (!agency) throw new Error(`no agency ${id}`);
    return agency;
  };

  it('keeps 宝山区 区经委 and 金山区 区经委 apart', () => {
    const baoshan = get('宝山区-区经委');
    const jinshan = get('金山区-区经委');
    expect([baoshan.district, baoshan.name]).toEqual(['宝山区', '区经委']);
    expect(jinshan.clauses.map((c) => c.clause)).toEqual(['s6-1', 's6-2', 's6-3', 's6-4', 's6-5', 's6-6', 's6-7', 's6-8', 's7-1', 's7-2']);
    expect(jinshan.leadCount).toBe(7);
    expect(jinshan.clauses.filter((c) => c.lead).map((c) => c.clause)).toEqual(['s6-1', 's6-3', 's6-4', 's6-6', 's6-7', 's6-8', 's7-1']);
    expect(baoshan.clauses).toHaveLength(14);
    expect(baoshan.leadCount).toBe(4);
    expect(baoshan.plans).toEqual(['2023-baoshan-synbio']);
  });

  it('merges reviewed variants into one agency and keeps the form as written', () => {
    const ndrc = get('宝山区-区发展改革委');
    expect(ndrc.variants).toEqual(['区发展改革委（区金融服务办）']);
    expect(ndrc.clauses.map((c) => [c.clause, c.lead, c.asWritten])).toEqual([
      ['s4-3-8', true, '区发展改革委'],
      ['s4-5-11-3', false, '区发展改革委（区金融服务办）'],
      ['s4-5-12-1', true, '区发展改革委（区金融服务办）'],
      ['s4-5-12-2', true, '区发展改革委（区金融服务办）'],
      ['s4-6-13-2', true, '区发展改革委'],
    ]);
    expect(registry.byId.has('宝山区-区发展改革委（区金融服务办）')).toBe(false);
    expect(get('金山区-区财政局').variants).toEqual(['区财政局（金融办）']);
    // Not reviewed as one body: stays apart.
    expect(get('金山区-区发改委').district).toBe('金山区');
  });

  it('gives a full name only where a plan states it, with its source', () => {
    expect(get('金山区-区经委').fullName).toBe('上海市金山区经济委员会');
    expect(get('金山区-区经委').fullNameSource).toMatchObject({ plan: '2023-jinshan-biomanufacturing', line: 606 });
    expect(get('宝山区-区科委').fullName).toBe('上海市宝山区科学技术委员会');
    expect(get('宝山区-区经委').fullName).toBeNull();
    expect(get('金山区-区科委').fullName).toBeNull();
    const named = registry.agencies.filter((a) => a.fullName !== null).map((a) => a.id);
    expect(named.sort()).toEqual(['宝山区-区科委', '金山区-区经委']);
  });

  it('counts 32 agencies, and names the three plans without 责任单位 lists', () => {
    expect(registry.agencies.filter((a) => a.district === '宝山区')).toHaveLength(17);
    expect(registry.agencies.filter((a) => a.district === '金山区')).toHaveLength(15);
    expect(registry.agencies).toHaveLength(32);
    expect([...registry.plansWithoutDuties].sort()).toEqual(['2023-shanghai-synbio', '2024-baoshan-biomedicine-draft', '2025-zhangjiang-baoshan-park']);
    // Every list has exactly one lead: 23 lists in Baoshan's plan, 14 in Jinshan's.
    const leads = (district: string) => registry.agencies.filter((a) => a.district === district).reduce((n, a) => n + a.leadCount, 0);
    expect([leads('宝山区'), leads('金山区')]).toEqual([23, 14]);
  });

  it('reads levels from the form of the name', () => {
    expect(['市发展改革委', '区经委', '罗店镇', '各街镇（园区）', '南大开发公司', '金山海关', '宝山高新区'].map(agencyLevel)).toEqual([
      '市级',
      '区级',
      '镇级',
      '镇级',
      '其他',
      '其他',
      '其他',
    ]);
  });

  it('makes a 市 agency a city agency whichever plan names it', () => {
    const none = variantIndex([]);
    expect(agencyIdentity({ level: '区级', district: '宝山区' }, '市发展改革委', none)).toEqual({
      id: '市发展改革委',
      district: null,
      name: '市发展改革委',
      level: '市级',
    });
    expect(agencyIdentity({ level: '市级', district: undefined }, '市发展改革委', none).id).toBe('市发展改革委');
  });

  it('answers agencyRef and facet values with district-qualified agencies', () => {
    expect(agencyRef('2023-baoshan-synbio', '区发展改革委（区金融服务办）')).toEqual({
      id: '宝山区-区发展改革委',
      name: '区发展改革委',
      fullName: null,
      district: '宝山区',
      label: '宝山区 区发展改革委',
      url: `/agencies/${encodeURIComponent('宝山区-区发展改革委')}/`,
    });
    expect(agencyRef('2023-jinshan-biomanufacturing', '区经委').fullName).toBe('上海市金山区经济委员会');
    // Named only outside a 责任单位 list: identified, but it has no page.
    expect(agencyRef('2025-zhangjiang-baoshan-park', '区科委').url).toBe(`/agencies/${encodeURIComponent('宝山区-区科委')}/`);
    expect(agencyRef('2025-zhangjiang-baoshan-park', '区财政局').url).toBeNull();
    expect(agencyFacetValues('2023-baoshan-synbio', ['区发展改革委', '区发展改革委（区金融服务办）', '区经委'])).toEqual([
      '宝山区 区发展改革委',
      '宝山区 区经委',
    ]);
    expect(agencyFacetValues('2023-jinshan-biomanufacturing', ['区经委'])).toEqual(['金山区 区经委']);
    expect(() => agencyRef('2099-nowhere', '区经委')).toThrow(/unknown plan 2099-nowhere/u);
  });
});

describe('agency registry on plans without editorial data', () => {
  it('keys copies in other districts by their district, with no full names borrowed', () => {
    const plans: RegistryPlan[] = [];
    const districts = ['浦东新区', '嘉定区', '金山区'];
    for (const plan of loadSite().plans) {
      for (const [n, district] of districts.entries()) {
        plans.push({
          slug: `${plan.slug}-copy${n}`,
          level: plan.level,
          district: plan.level === '区级' ? district : undefined,
          title: plan.shortTitle,
          url: '/',
          clauses: plan.clauses,
        });
      }
    }
    const registry = buildAgencyRegistry(plans, loadAgencyEditorial());
    // Both plans with lists copied into 浦东新区: 区经委 is one 浦东新区 agency named by two plans.
    const pudong = registry.byId.get('浦东新区-区经委')!;
    expect(pudong.plans).toEqual(['2023-jinshan-biomanufacturing-copy0', '2023-baoshan-synbio-copy0']);
    expect(pudong.clauses).toHaveLength(24);
    expect(pudong.fullName).toBeNull();
    // The Baoshan variants table does not apply outside 宝山区.
    expect(registry.byId.has('浦东新区-区发展改革委（区金融服务办）')).toBe(true);
    // Copies into 金山区 meet the reviewed 金山区 data.
    expect(registry.byId.get('金山区-区经委')!.fullName).toBe('上海市金山区经济委员会');
    expect(registry.plansWithoutDuties).toHaveLength(9);
  });
});

describe('agency registry: a task table’s 责任单位 column', () => {
  it('counts each row as a list of its own: a unit first in some row is 名单首位 for the clause, one never first is not', () => {
    const text = [
      '测试区生物制造专项行动方案',
      '一、重点任务',
      '各项任务分解如下：',
      '序号 | 任务 | 责任单位 | 完成时限',
      '1 | 建设中试验证平台 | 区科委、区财政局 | 2027年6月',
      '2 | 编制产业招商地图 | 区经委 | 2026年12月',
      '3 | 开展示范应用 | 区商务委、区经委、区财政局 | 2027年9月',
    ].join('\n');
    const doc = convertSeed('test.txt', new TextEncoder().encode(text)).doc;
    const clauses = flattenClauses(doc.clauses).map((clause) => ({ id: clause.id, path: clause.number, heading: clause.title, url: `#${clause.id}`, clause }));
    const registry = buildAgencyRegistry([{ slug: 'table-plan', level: '区级', district: '浦东新区', title: doc.title, url: '/', clauses }], {
      variants: [],
      fullNames: [],
    });
    const roles = (id: string) => registry.byId.get(id)!.clauses.map((c) => [c.clause, c.lead]);
    expect(registry.agencies.map((a) => a.id).sort()).toEqual(['浦东新区-区商务委', '浦东新区-区科委', '浦东新区-区经委', '浦东新区-区财政局'].sort());
    expect(roles('浦东新区-区科委')).toEqual([['s1', true]]);
    expect(roles('浦东新区-区经委')).toEqual([['s1', true]]);
    expect(roles('浦东新区-区商务委')).toEqual([['s1', true]]);
    expect(roles('浦东新区-区财政局')).toEqual([['s1', false]]);
    expect(registry.byId.get('浦东新区-区财政局')!.leadCount).toBe(0);
    expect(registry.plansWithoutDuties).toEqual([]);
  });
});
