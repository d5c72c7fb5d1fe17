/**
 * The terms a measure's own text states: sums and ratios granted (with their bounds and what
 * they count by), durations and who qualifies — and never a threshold read as a grant.
 */
import { describe, expect, it } from 'vitest';
import { offerTerms } from '../../src/support/offer-terms.ts';

const amounts = (text: string) => offerTerms(text).amounts.map((a) => [a.text, a.value, a.unit, a.kind, a.per]);

describe('offerTerms', () => {
  it('reads a ratio and its cap, and what the cap counts by', () => {
    expect(amounts('对上年度研发投入超过500万元且同比增长的企业，按照研发投入增量部分的10%给予奖励，每家企业每年最高200万元。')).toEqual([
      ['10%', 10, '%', 'ratio', null],
      ['每家企业每年最高200万元', 200, '万元', 'cap', '每家企业每年'],
    ]);
  });

  it('reads a list of fixed sums after one verb, and leaves the thresholds that say who qualifies', () => {
    expect(amounts('对年营业收入首次突破5000万元、1亿元、5亿元的生物制造企业，分别给予30万元、50万元、200万元一次性奖励。')).toEqual([
      ['30万元', 30, '万元', 'fixed', null],
      ['50万元', 50, '万元', 'fixed', null],
      ['200万元', 200, '万元', 'fixed', null],
    ]);
  });

  it('reads 一次性奖励, 单个项目最高 and a ratio cap (资助比例不超过…的30%)', () => {
    expect(amounts('对新获批的国家级重点实验室，给予一次性奖励500万元。')).toEqual([['一次性奖励500万元', 500, '万元', 'fixed', null]]);
    expect(amounts('按照设备投资额的10%给予补贴，单个项目最高2000万元。')).toEqual([
      ['10%', 10, '%', 'ratio', null],
      ['单个项目最高2000万元', 2000, '万元', 'cap', '单个项目'],
    ]);
    expect(amounts('资助比例不超过项目总投资的30%，最高不超过1000万元。')).toEqual([
      ['30%', 30, '%', 'ratio-cap', null],
      ['最高不超过1000万元', 1000, '万元', 'cap', null],
    ]);
  });

  it('states nothing where the text states nothing', () => {
    expect(offerTerms('支持企业建设中试平台，优化审批服务。')).toEqual({ amounts: [], durations: [], conditions: [] });
    expect(amounts('到2025年，产业规模突破300亿元，年均增长15%以上。')).toEqual([]);
  });

  it('reads durations and who qualifies, as printed', () => {
    const terms = offerTerms('对新引进的生物制造企业租用本区研发、生产用房且自用的，自入驻之日起连续3年按照实际租金的50%给予补贴，每年最高300万元。');
    expect(terms.durations).toEqual(['连续3年']);
    expect(terms.conditions).toEqual(['新引进的生物制造企业租用本区研发、生产用房且自用的']);
    expect(terms.amounts.map((a) => a.text)).toEqual(['50%', '每年最高300万元']);
  });

  it('reads a designation a sentence opens with as who qualifies', () => {
    const terms = offerTerms('对首次取得第三类医疗器械注册证的产品，每个给予最高300万元奖励。通过国家创新医疗器械特别审查程序获批的，奖励标准上浮20%。');
    expect(terms.conditions).toEqual(['首次取得第三类医疗器械注册证的产品', '通过国家创新医疗器械特别审查程序获批的']);
  });
});
