/**
 * Mentions on the real seeds: every place-like term (…园, …港, …城, …谷, …湾, …基地, …实验室)
 * in the five plans is either a place in the gazetteer or deliberately not mapped; the automatic
 * linking finds the clauses that name each place (and only those); and the check really fails
 * when a name is missing.
 */
import { describe, expect, it } from 'vitest';
import {
  findMentions,
  findUnexplainedPlaceTerms,
  loadGazetteer,
  matchTerms,
  termsForPlan,
  unexplainedPlaceTerms,
  type Gazetteer,
} from '../../src/places/index.ts';
import { clauseText, flattenClauses, loadSite } from '../../src/model/index.ts';

const gazetteer = loadGazetteer();
const model = loadSite().plans;
const mentions = findMentions(gazetteer, model);
const mentioned = (place: string) =>
  mentions
    .filter((m) => m.place === place)
    .map((m) => `${m.plan}#${m.clause}`)
    .sort();

describe('place-like terms in the real plans', () => {
  it('are all in the gazetteer or listed as deliberately not mapped', () => {
    const unexplained = findUnexplainedPlaceTerms(gazetteer, model).map((u) => `${u.plan} ${u.where}: “${u.term}” in …${u.context}…`);
    expect(unexplained, 'add each term to content/places/places.yaml (as a place or alias) or to not-mapped.yaml with a reason').toEqual([]);
  });

  it('the check fails when a mapped place is removed from the gazetteer', () => {
    const without: Gazetteer = { ...gazetteer, places: gazetteer.places.filter((p) => p.id !== 'guosheng-yaogu' && p.id !== 'lingang-oriental-life-port') };
    const terms = findUnexplainedPlaceTerms(without, model).map((u) => u.term);
    expect(terms).toContain('国盛药谷');
    // The look-alike 临港生命蓝湾 must not explain 临港东方生命港.
    expect(terms).toContain('临港东方生命港');
  });

  it('a new name is caught, a generic noun is not', () => {
    const terms = termsForPlan(gazetteer, '2023-jinshan-biomanufacturing');
    const check = (text: string) => unexplainedPlaceTerms(text, terms, gazetteer.notMapped).map((u) => u.term);
    expect(check('加快建设金山新材料产业园，推动集聚。')).toEqual(['金山新材料产业园']);
    expect(check('支持重点项目在各产业园区落地，优化孵化器、加速器、产业园等载体。')).toEqual([]);
    expect(check('依托碳谷绿湾打造“生物材料湾”，建设城市更新示范，粤港澳大湾区联动。')).toEqual([]);
    expect(check('在漕泾建设合成生物实验室。')).toEqual(['合成生物实验室']);
  });

  it('every deliberately unmapped term occurs in some plan (no stale entries)', () => {
    const texts = model
      .flatMap(({ doc }) => [...doc.preamble.flatMap((b) => b.inlines.map((i) => i.text)), ...flattenClauses(doc.clauses).map(clauseText)])
      .join('\n');
    expect(gazetteer.notMapped.terms.filter((t) => !texts.includes(t.term)).map((t) => t.term)).toEqual([]);
  });
});

describe('mentions', () => {
  it('every place is named by at least one clause', () => {
    expect(gazetteer.places.filter((p) => mentioned(p.id).length === 0).map((p) => p.id)).toEqual([]);
  });

  it('links a place to every clause that names it, by any form', () => {
    expect(mentioned('nanda-synbio-park')).toEqual(
      expect.arrayContaining(['2023-shanghai-synbio#s3-6', '2023-baoshan-synbio#s3', '2023-baoshan-synbio#s4-3-7', '2024-baoshan-biomedicine-draft#s1-3']),
    );
    // 上海化工区 and 上海化学工业区 are one place.
    expect(mentioned('shanghai-chemical-industry-park')).toEqual(expect.arrayContaining(['2023-shanghai-synbio#s3-6', '2023-jinshan-biomanufacturing#s5']));
    // The Baoshan 临港东方生命港 in both Baoshan plans, never the Pudong 临港生命蓝湾.
    expect(mentioned('lingang-oriental-life-port')).toEqual(['2024-baoshan-biomedicine-draft#s3-4-13', '2025-zhangjiang-baoshan-park#s2-5-13']);
    expect(mentioned('lingang-life-blue-bay')).toEqual(['2023-shanghai-synbio#s3-6']);
  });

  it('longer names win: 张江金山生物医药园 and 张江高新区 are not 张江', () => {
    expect(mentioned('zhangjiang-jinshan-biomedicine-park')).toContain('2023-jinshan-biomanufacturing#s5');
    expect(mentioned('zhangjiang')).not.toContain('2023-shanghai-synbio#s4-1'); // 张江自主创新示范区
    const zhangjiangPark = matchTerms('为张江高新区建设世界领先科技园区', termsForPlan(gazetteer, '2025-zhangjiang-baoshan-park'));
    expect(zhangjiangPark.map((t) => t.term.place ?? t.term.notMapped?.term)).toEqual(['张江高新区', '世界领先科技园区']);
  });

  it('a form scoped to one plan is matched only there', () => {
    // Jinshan's 高新区 is its own high-tech zone; Baoshan's texts say 宝山高新区.
    expect(mentioned('jinshan-hitech-zone').every((m) => m.startsWith('2023-jinshan-biomanufacturing#'))).toBe(true);
    expect(matchTerms('高新区', termsForPlan(gazetteer, '2023-baoshan-synbio'))).toEqual([]);
  });

  it('责任单位 lists (agencies) are not mentions', () => {
    // 2023-baoshan-synbio 四、（一）1. names 罗店镇、宝山高新区 only as agencies.
    expect(mentioned('baoshan-hitech-zone')).not.toContain('2023-baoshan-synbio#s4-1-1');
    expect(mentioned('luodian-town')).toEqual(['2024-baoshan-biomedicine-draft#s1-3']);
  });
});
