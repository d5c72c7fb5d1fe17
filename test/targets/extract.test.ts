/**
 * Targets read from each seed equal the hand-checked lists in `expected/` (written by reading
 * the seeds), and each target's sentence is a sentence of its clause.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockText, flattenClauses } from '../../src/converter/recognise-structure.ts';
import { convertSeed } from '../../src/converter/pipeline.ts';
import { loadSite } from '../../src/model/index.ts';
import { deadlineState, extractTargets, sentencesOf } from '../../src/targets/extract.ts';

interface Expected {
  clause: string;
  value: number;
  max: number | null;
  qualifier: string;
  unit: string;
  year: number;
  yearSource: string;
  metricIncludes: string;
}

const expectedFor = (slug: string): Expected[] => JSON.parse(readFileSync(new URL(`./expected/${slug}.json`, import.meta.url), 'utf8')) as Expected[];

describe('extractTargets on the seeds', () => {
  for (const { doc } of loadSite().plans) {
    it(`${doc.slug}: every hand-checked target, nothing else`, () => {
      const expected = expectedFor(doc.slug);
      const found = extractTargets(doc);
      expect(found.map(({ clause, value, max, qualifier, unit, year, yearSource }) => ({ clause, value, max, qualifier, unit, year, yearSource }))).toEqual(
        expected.map(({ metricIncludes: _, ...rest }) => rest),
      );
      found.forEach((t, i) => expect(t.metric).toContain(expected[i]!.metricIncludes));
    });

    it(`${doc.slug}: each target's text is a sentence of its clause`, () => {
      const byId = new Map(flattenClauses(doc.clauses).map((c) => [c.id, c]));
      for (const t of extractTargets(doc)) {
        const clause = byId.get(t.clause)!;
        const sentences = clause.blocks.flatMap((b) => sentencesOf(blockText(b)));
        expect(sentences.some((s) => s.includes(t.text.replace(/[。；]$/u, '')))).toBe(true);
        expect(t.text).toContain(String(t.value));
      }
    });
  }

  it('finds about 45 targets in the five plans', () => {
    const total = loadSite().plans.reduce((n, { doc }) => n + extractTargets(doc).length, 0);
    expect(total).toBe(44);
  });
});

/** A one-clause plan holding `text`, with the given period. */
const plan = (text: string, period?: { start: number; end: number }) => {
  const [doc] = loadSite()
    .plans.filter((p) => p.doc.slug === '2023-baoshan-synbio')
    .map((p) => p.doc);
  const clause = {
    ...doc!.clauses[0]!,
    id: 's9',
    children: [],
    blocks: [{ kind: 'paragraph' as const, inlines: [{ kind: 'text' as const, text }], lines: [1, 1] as [number, number] }],
  };
  return { ...doc!, slug: 'x', period: period ? { ...period, text: '' } : undefined, clauses: [clause] };
};

describe('extractTargets on small texts', () => {
  it('skips numbers inside quotation marks and ranks of firms', () => {
    expect(extractTargets(plan('落实“科创30条”政策，引进世界500强、行业50强企业。'))).toEqual([]);
  });

  it('reads no target from the ceiling of what one firm is granted', () => {
    expect(extractTargets(plan('对租用标准厂房的企业给予租金补贴，每家企业每年补贴面积不超过1500平方米。'))).toEqual([]);
    expect(extractTargets(plan('提供园区人才公寓，每家企业最多20套。'))).toEqual([]);
    // A bound the plan sets itself is still a target.
    expect(extractTargets(plan('到2027年，园区标准厂房面积达到80万平方米。'))).toHaveLength(1);
  });

  it('reads no target from what is (截至…), a definition (所称…是指) or who a measure is for (对…超过…的)', () => {
    expect(extractTargets(plan('截至2025年底，园区已集聚企业320家，其中规模以上工业企业42家、高新技术企业96家。', { start: 2026, end: 2030 }))).toEqual([]);
    expect(extractTargets(plan('本办法所称规模以上企业，是指年营业收入2000万元以上的企业。'))).toEqual([]);
    expect(extractTargets(plan('对总投资超过10亿元的产业化项目，实行“一项目一方案”，优先保障用地。', { start: 2026, end: 2030 }))).toEqual([]);
    // A count in 家次 is a count of its own, not 300家.
    expect(extractTargets(plan('到2027年，服务企业300家次以上。'))[0]).toMatchObject({ value: 300, unit: '家次' });
  });

  it('reads no target in a clause that sets who qualifies, nor under it', () => {
    const conditions = convertSeed(
      'inline-conditions.txt',
      new TextEncoder().encode(
        '松江区中试平台专项资金管理办法\n第一章 总则\n第一条 为规范专项资金管理，制定本办法。\n第二章 支持对象和条件\n第二条 申报单位应当同时符合下列条件：\n（一）上年度营业收入超过3000万元；\n（二）研发投入占营业收入比重不低于5%。\n第三章 支持内容\n第三条 到2027年，建成中试平台10个。\n',
      ),
    ).doc;
    expect(extractTargets(conditions).map((t) => `${t.value}${t.unit}`)).toEqual(['10个']);
  });

  it('reads 至 ranges and a year from the sentence over the period', () => {
    const [t] = extractTargets(plan('到2027年，新增3至5家企业上市。', { start: 2023, end: 2025 }));
    expect(t).toMatchObject({ value: 3, max: 5, unit: '家', year: 2027, yearSource: 'sentence' });
  });

  it('falls back to the period end, and to none without a period', () => {
    expect(extractTargets(plan('培育2家以上瞪羚企业。', { start: 2024, end: 2026 }))[0]).toMatchObject({ year: 2026, yearSource: 'period' });
    expect(extractTargets(plan('培育2家以上瞪羚企业。'))[0]).toMatchObject({ year: null, yearSource: 'none' });
  });
});

describe('deadlineState', () => {
  it('says a deadline passed only after the whole year', () => {
    expect(deadlineState(2025, new Date('2025-12-31T12:00:00Z'))).toBe('期限未到');
    expect(deadlineState(2025, new Date('2026-01-01T00:00:00Z'))).toBe('期限已过');
    expect(deadlineState(null, new Date('2026-01-01T00:00:00Z'))).toBe('未定期限');
  });

  it('reads percentages and areas, and leaves what a measure grants and who qualifies', () => {
    const found = (text: string) => extractTargets(plan(text, { start: 2024, end: 2026 })).map((t) => [t.value, t.unit]);
    expect(found('产业规模年均增长15%以上，新增产业空间50万平方米。')).toEqual([
      [15, '%'],
      [50, '万平方米'],
    ]);
    expect(found('对年营业收入首次突破1亿元的企业，给予最高500万元奖励。')).toEqual([]);
    expect(found('按照设备投资额的10%给予补贴，单个项目最高2000万元。')).toEqual([]);
    expect(found('平台年服务企业超过10家的，连续3年每年给予最高100万元运营补贴。')).toEqual([]);
    expect(found('申报项目应当符合以下条件：项目总投资不低于2000万元。')).toEqual([]);
    expect(found('现有规划工业用地约1.2平方公里可用于生物制造项目。')).toEqual([]);
  });

  it('reads a time limit the government sets itself and counts of events, beds and flats; never a procedure’s time limit', () => {
    const found = (text: string) => extractTargets(plan(text, { start: 2025, end: 2027 })).map((t) => [t.value, t.unit]);
    expect(found('将审批时限由20个工作日压缩至10个工作日以内，平均通关时间压缩至24小时以内。')).toEqual([
      [10, '个工作日'],
      [24, '小时'],
    ]);
    expect(found('每年组织对接活动不少于6场，参加专业展会不少于10场次，建成研究型病床200张以上，提供500套人才公寓。')).toEqual([
      [6, '场'],
      [10, '场次'],
      [200, '张'],
      [500, '套'],
    ]);
    expect(found('拟支持项目在区政府门户网站公示5个工作日，在受理后10个工作日内完成现场检查。')).toEqual([]);
  });

  it('finds none in a call for applications: its figures are asked of applicants', () => {
    const call = { ...plan('到2027年，项目完成时形成产品5项以上，服务企业20家以上。', { start: 2025, end: 2027 }), title: '2027年度生物制造产业专项申报指南' };
    expect(extractTargets(call)).toEqual([]);
  });

  it('applies a year stated with its own target to that phrase only, and a year standing alone to the rest', () => {
    const [a, b, c] = extractTargets(plan('新增产业空间50万平方米，其中到2025年底建成厂房20万平方米，打造2个以上特色园区。', { start: 2024, end: 2026 }));
    expect([a, b, c].map((t) => [t!.value, t!.year, t!.yearSource])).toEqual([
      [50, 2026, 'period'],
      [20, 2025, 'sentence'],
      [2, 2026, 'period'],
    ]);
    const [d] = extractTargets(plan('依托科研院所建设概念验证中心，到2026年，打造不少于2家高能级概念验证平台。', { start: 2024, end: 2026 }));
    expect([d!.value, d!.year, d!.yearSource]).toEqual([2, 2026, 'sentence']);
  });

  it('reads a table written as lines: the target-year column, never the base year', () => {
    const { doc } = convertSeed('test/fixtures/target-table/input.txt', readFileSync(new URL('../fixtures/target-table/input.txt', import.meta.url)));
    expect(extractTargets(doc).map((t) => [t.metric, t.value, t.unit, t.year, t.yearSource])).toEqual([
      ['全区生物制造产业规模', 300, '亿元', 2027, 'sentence'],
      ['生物制造产业规模', 300, '亿元', 2027, 'table'],
      ['规模以上企业数', 70, '家', 2027, 'table'],
      ['研发投入强度', 8, '%', 2027, 'table'],
    ]);
  });

  it('reads every year column inside the plan’s period as a target, and nothing from a note under the table', () => {
    const text = [
      '测试区生物医药产业三年行动方案（2025—2027年）',
      '一、主要目标',
      '到2027年，产业发展水平显著提升。主要指标如下：',
      '指标 | 单位 | 2025年 | 2027年',
      '规模以上企业数 | 家 | 40 | 60',
      '注：规模以上企业为年主营业务收入2000万元及以上的企业。',
      '二、保障措施',
      '加强组织领导。（责任单位：区经委）',
    ].join('\n');
    const { doc } = convertSeed('inline-test.txt', new TextEncoder().encode(text));
    expect(extractTargets(doc).map((t) => [t.value, t.unit, t.year, t.yearSource])).toEqual([
      [40, '家', 2025, 'table'],
      [60, '家', 2027, 'table'],
    ]);
  });
});
