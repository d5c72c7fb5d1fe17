/** 适合我吗 ranking on small hand-made records: filters, points, reasons, order, URL parsing. */
import { describe, expect, it } from 'vitest';
import { FIELDS, STAGES, WHERES } from '../../src/support/fit-terms.ts';
import { answersFromParams, rankMeasures, type FitRecord } from '../../src/support/rank.ts';
import { SUPPORT_TYPES } from '../../src/support/types.ts';

const record = (key: string, extra: Partial<FitRecord>): FitRecord => ({
  key,
  types: ['funding'],
  fields: {},
  stages: {},
  level: '区级',
  district: '宝山区',
  placeDistricts: [],
  inForce: true,
  statusNote: null,
  ...extra,
});

const records = [
  record('city-fund', { level: '市级', district: null, fields: { synbio: '合成生物' } }),
  record('baoshan-fund', { fields: { biomedicine: '药物' }, stages: { startup: '初创' } }),
  record('baoshan-space', { types: ['space'] }),
  record('jinshan-fund', { district: '金山区', inForce: false, statusNote: '规划期已满（2025年）' }),
  record('city-pudong', { level: '市级', district: null, placeDistricts: ['浦东新区'], fields: { biomaterials: '生物基' } }),
];

describe('rankMeasures', () => {
  it('keeps only the type asked for', () => {
    expect(rankMeasures(records, { need: 'space' }).map((r) => r.key)).toEqual(['baoshan-space']);
  });
  it('ranks the district’s own plans above city plans, and drops other districts', () => {
    const ranked = rankMeasures(records, { need: 'funding', where: 'baoshan' });
    expect(ranked.map((r) => [r.key, r.score])).toEqual([
      ['baoshan-fund', 8],
      ['city-fund', 6],
      ['city-pudong', 6],
    ]);
    expect(ranked[1]!.reasons).toEqual(['类型：资金与金融', '市级方案，全市适用', '方案在实施中']);
  });
  it('prefers a clause naming a place in the district to the rest of the city plan', () => {
    expect(rankMeasures(records, { where: 'pudong' }).map((r) => [r.key, r.score])).toEqual([
      ['city-pudong', 4],
      ['city-fund', 3],
    ]);
  });
  it('explains field and stage matches by the term, and keeps clauses open to every field', () => {
    const ranked = rankMeasures(records, { field: 'biomedicine', stage: 'startup' });
    expect(ranked[0]).toEqual({ key: 'baoshan-fund', score: 7, reasons: ['条文提到“药物”（生物医药）', '条文提到“初创”（初创企业）', '方案在实施中'] });
    expect(ranked.map((r) => r.key)).toEqual(['baoshan-fund', 'baoshan-space', 'jinshan-fund']);
    expect(ranked[2]!.reasons).toEqual(['条文不限领域', '条文不限企业阶段', '规划期已满（2025年）']);
  });
  it('lists plans not in force last, saying why', () => {
    const ranked = rankMeasures(records, { need: 'funding' });
    expect(ranked.at(-1)).toEqual({ key: 'jinshan-fund', score: 3, reasons: ['类型：资金与金融', '规划期已满（2025年）'] });
  });
});

describe('answersFromParams', () => {
  const known = { stages: STAGES, needs: SUPPORT_TYPES, fields: FIELDS, wheres: WHERES };
  it('reads the answers of a shared URL and ignores unknown values', () => {
    expect(answersFromParams(new URLSearchParams('stage=growth&need=space&field=nope&where=jinshan'), known)).toEqual({
      stage: 'growth',
      need: 'space',
      field: undefined,
      where: 'jinshan',
    });
  });
});
