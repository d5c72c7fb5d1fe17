/**
 * Lookup from the search box on the real site's table (the five seeds through the model): 文号s
 * in every width and bracket, plan names with clause paths in the ways readers write them, and
 * queries that only look like either — they must stay searches.
 */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/model/index.ts';
import { lookup, pathKey, readDocNumber } from '../../src/search/lookup.ts';
import { lookupTable } from '../../src/search/lookup-table.ts';
import { buildT2STable } from '../../src/search/t2s-table.ts';

const site = loadSite();
const table = lookupTable(site);
const t2s = buildT2STable('宝山张江合成生物');
const go = (query: string) => {
  const result = lookup(query, table, t2s);
  return result.kind === 'go' ? result.target.url : result.kind;
};

describe('readDocNumber', () => {
  it.each([
    '沪府办发〔2023〕18号',
    '沪府办发[2023]18号',
    '沪府办发（2023）18 号',
    '沪府办发(2023)18号',
    '沪府办发〔２０２３〕１８号',
    '沪府办发【2023】18号',
    '沪府办发［2023］18号',
    ' 沪府办发 〔2023〕 18号 ',
    '沪府办发〔2023〕第18号',
  ])('%s', (text) => expect(readDocNumber(text)).toBe('沪府办发〔2023〕18号'));

  it.each(['2023', '18号', '沪府办发', '沪府办发2023年18号', '2023年18号', '〔2023〕18号', '沪府办发〔23〕18号', '先投后股', '沪府办发〔2023〕18'])(
    'refuses %s',
    (text) => expect(readDocNumber(text)).toBeUndefined(),
  );
});

describe('pathKey', () => {
  it.each([
    ['四、（五）11.（2）', '四、（五）11.（2）'],
    ['四、(五)11.(2)', '四、（五）11.（2）'],
    ['四（五）11（2）', '四、（五）11.（2）'],
    ['四 、（ 五 ）１１．（２）', '四、（五）11.（2）'],
    ['四（五）11', '四、（五）11.'],
    ['二、（一）3', '二、（一）3.'],
    ['11、', '11.'],
    ['第三条', '第三条'],
  ])('%s → %s', (text, key) => expect(pathKey(text, true)).toBe(key));

  it.each(['30', '四', '2023', '30项', '四五规划', '（五', ''])('is no path in a query: %s', (text) => expect(pathKey(text, true)).toBeUndefined());

  it('keys every clause path of the five plans', () => {
    for (const clause of site.clauses) expect(pathKey(clause.path), clause.path).toBeDefined();
  });
});

describe('lookup', () => {
  it.each([
    ['沪府办发[2023]18号', '/plans/2023-shanghai-synbio/'],
    ['沪府办发（2023）18 号', '/plans/2023-shanghai-synbio/'],
    ['沪府办发〔２０２３〕１８号', '/plans/2023-shanghai-synbio/'],
    ['宝府办〔2023〕45号', '/plans/2023-baoshan-synbio/'],
    ['金府办发(2023)22号', '/plans/2023-jinshan-biomanufacturing/'],
    ['宝府办【2025】6号', '/plans/2025-zhangjiang-baoshan-park/'],
  ])('opens the plan of %s', (query, url) => expect(go(query)).toBe(url));

  it.each([
    ['宝山 四、（五）11.（2）', '/plans/2023-baoshan-synbio/#s4-5-11-2'],
    ['宝山四、（五）11.（2）', '/plans/2023-baoshan-synbio/#s4-5-11-2'],
    ['宝山合成生物 四（五）11', '/plans/2023-baoshan-synbio/#s4-5-11'],
    ['寶山合成生物 四（五）11', '/plans/2023-baoshan-synbio/#s4-5-11'],
    ['宝山合成生物三年行动计划 四、（五）11.（2）', '/plans/2023-baoshan-synbio/#s4-5-11-2'],
    ['张江 二、（一）3', '/plans/2025-zhangjiang-baoshan-park/#s2-1-3'],
    ['张江高新区宝山园行动方案 二、（一）3.', '/plans/2025-zhangjiang-baoshan-park/#s2-1-3'],
    ['金山 二、', '/plans/2023-jinshan-biomanufacturing/#s2'],
    ['沪府办发〔2023〕18号 三、（一）', '/plans/2023-shanghai-synbio/#s3-1'],
  ])('opens the clause of %s', (query, url) => {
    const clause = site.clauses.find((c) => url.endsWith(`/${c.plan}/#${c.id}`));
    expect(clause, url).toBeDefined();
    expect(go(query)).toBe(url);
  });

  it('offers a choice when the name fits several plans that all have the clause', () => {
    const result = lookup('宝山 一、', table, t2s);
    expect(result.kind).toBe('choice');
    if (result.kind !== 'choice') return;
    expect(result.targets.map((t) => t.url)).toEqual([
      '/plans/2023-baoshan-synbio/#s1',
      '/plans/2024-baoshan-biomedicine-draft/#s1',
      '/plans/2025-zhangjiang-baoshan-park/#s1',
    ]);
  });

  it('says a 文号 is not held', () => {
    expect(lookup('沪府发〔2022〕11号', table)).toEqual({ kind: 'unknown-doc', docNumber: '沪府发〔2022〕11号' });
    expect(lookup('沪府办发[2023]19号', table)).toEqual({ kind: 'unknown-doc', docNumber: '沪府办发〔2023〕19号' });
  });

  it('says the plan named has no such clause', () => {
    expect(lookup('张江 九、（一）', table)).toEqual({
      kind: 'no-clause',
      path: '九、（一）',
      plans: [{ url: '/plans/2025-zhangjiang-baoshan-park/', label: '张江高新区宝山园行动方案' }],
    });
  });

  it('searches a pasted paragraph at once, even one ending in a clause path', () => {
    const long = `${'加速建设上海南大合成生物产业园'.repeat(700)} 四、（五）11.（2）`;
    const started = performance.now();
    expect(lookup(long, table, t2s)).toEqual({ kind: 'search' });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it.each([
    '先投后股',
    '2023',
    '2023年',
    '18号',
    '号',
    '宝山 2023',
    '宝山2023',
    '张江 2025年',
    '宝山 30',
    '宝山 30项',
    '科创30条',
    '科创 30 条',
    '合成生物',
    '宝山',
    '十四五',
    '一城一港一湾一园一谷',
    '"沪府办发[2023]18号"',
    '“宝山 四、（五）11.（2）”',
    '四、（五）11.（2）',
    '上海合成生物学创新中心',
    '区科委',
    '',
  ])('searches for %s', (query) => expect(lookup(query, table, t2s)).toEqual({ kind: 'search' }));
});
