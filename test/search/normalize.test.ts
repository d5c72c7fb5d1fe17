import { describe, expect, it } from 'vitest';
import { canonical, containsPhrase, findPhrase, parseQuery, shortened } from '../../src/search/normalize.ts';
import { buildT2STable } from '../../src/search/t2s-table.ts';

const t2s = buildT2STable('生物医药宝山高新区产业发展合成');

describe('canonical', () => {
  it.each([
    ['1,3-丙二醇', '1，3-丙二醇'],
    ['CAR-T', 'CAR—T'],
    ['Bio-Foundry', 'Bio—Foundry'],
    ['沪府办发[2023]18号', '沪府办发〔2023〕18号'],
    ['沪府办发【2023】18号', '沪府办发〔2023〕18号'],
    ['科创30条', '科创 30条'],
    ['CAR－T', 'car-t'],
  ])('%s ≡ %s', (a, b) => expect(canonical(a, t2s)).toBe(canonical(b, t2s)));

  it('reads Traditional as Simplified with the table built from OpenCC', () => {
    expect(canonical('生物醫藥', t2s)).toBe('生物医药');
    expect(canonical('寶山高新區', t2s)).toBe('宝山高新区');
    expect(canonical('合成生物產業', t2s)).toBe('合成生物产业');
  });

  it('keeps different text different', () => {
    expect(canonical('宝山高新区', t2s)).not.toBe(canonical('宝山 新区', t2s));
  });
});

describe('parseQuery', () => {
  it('recognises quoted phrases in any quote style', () => {
    for (const q of ['"宝山高新区"', '“宝山高新区”', '「宝山高新区」']) expect(parseQuery(q)).toMatchObject({ phrase: '宝山高新区', quoted: true });
    expect(parseQuery('宝山高新区')).toMatchObject({ quoted: false, canonical: '宝山高新区' });
  });
  it('cuts a phrase to 100 characters and says how long it was, keeping the quotes of a long quoted query', () => {
    const long = '合成生物'.repeat(2500);
    expect(parseQuery(long)).toMatchObject({ phrase: '合成生物'.repeat(25), cut: true, length: 10_000, quoted: false });
    expect(parseQuery(`“${long}”`)).toMatchObject({ phrase: '合成生物'.repeat(25), cut: true, quoted: true });
    expect(parseQuery('先投后股')).toMatchObject({ cut: false, length: 4 });
    expect(parseQuery('"')).toMatchObject({ phrase: '"', quoted: false });
  });
  it('shortens a phrase for the status line', () => {
    expect(shortened('一二三四五六七八九十', 4)).toBe('一二三四…');
    expect(shortened('先投\n后股')).toBe('先投 后股');
  });
  it('gives Pagefind the Simplified phrase with unified brackets', () => {
    expect(parseQuery('沪府办发[2023]18号', t2s).pagefind).toBe('沪府办发〔2023〕18号');
    expect(parseQuery('生物醫藥', t2s).pagefind).toBe('生物医药');
  });
});

describe('findPhrase', () => {
  it('maps matches back to the original text across spaces and variants', () => {
    const text = '在宝山“科创 30条”“生物医药 2.0”框架下';
    const [range] = findPhrase(text, canonical('科创30条'));
    expect(text.slice(...range!)).toBe('科创 30条');
    expect(containsPhrase(text, canonical('生物醫藥2.0', t2s), t2s)).toBe(true);
  });
  it('finds every occurrence', () => {
    expect(findPhrase('先投后股、先服务后股、先投后股', canonical('先投后股'))).toEqual([
      [0, 4],
      [11, 15],
    ]);
  });
});
