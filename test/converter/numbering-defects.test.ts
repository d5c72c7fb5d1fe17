/**
 * Numbering faults of the source are kept as printed and listed (待核对, with the line); a
 * heading whose line break the extraction lost is split off at that line; 章/节/条 documents get
 * their own ids. Strict mode still refuses (pinned in errors.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { convertSeed } from '../../src/converter/pipeline.ts';
import { flattenClauses } from '../../src/converter/recognise-structure.ts';

const convert = (text: string) => convertSeed('seeds/test.txt', new TextEncoder().encode(text)).doc;
const outline = (text: string) => flattenClauses(convert(text).clauses).map((c) => [c.id, c.level, `${c.number}${c.title}`]);

describe('numbering defects of the source', () => {
  it('a skipped number: the text is kept, the defect listed with its line', () => {
    const doc = convert(
      '测试方案（征求意见稿）\n\n为加快发展，制定本方案。\n\n一、总体要求\n\n（一）甲\n\n正文。\n\n（二）乙\n\n正文。\n\n（四）丁\n\n正文。\n',
    );
    expect(flattenClauses(doc.clauses).map((c) => c.id)).toEqual(['s1', 's1-1', 's1-2', 's1-4']);
    expect(doc.numberingDefects).toEqual([{ kind: 'skipped', line: 15, found: '（四）', expected: '（三）', after: '（二）' }]);
    expect(doc.warnings.find((w) => w.line === 15)?.message).toBe('编号跳过：（二）之后是（四），缺（三）。原文如此，正文照录未改，请核对原文。');
    expect(doc.titleMarks).toEqual(['（征求意见稿）']);
    expect(doc.draft).toBe(true);
  });

  it('a repeated number gets an id of its own, and a restarted list is listed as such', () => {
    const doc = convert('测试方案\n\n为加快发展，制定本方案。\n\n一、任务\n\n1.甲。\n\n2.乙。\n\n2.丙。\n\n3.丁。\n\n1.戊。\n');
    expect(flattenClauses(doc.clauses).map((c) => c.id)).toEqual(['s1', 's1-0-1', 's1-0-2', 's1-0-2-r2', 's1-0-3', 's1-0-1-r2']);
    expect(doc.numberingDefects.map((d) => [d.kind, d.found, d.expected, d.after])).toEqual([
      ['repeated', '2.', '3.', '2.'],
      ['restarted', '1.', '4.', '3.'],
    ]);
    expect(doc.warnings.map((w) => w.message).find((m) => m.startsWith('编号重复'))).toContain('#s1-0-2-r2');
  });

  it('a heading run into the paragraph above is split off at its own line, and the split listed', () => {
    const full = '一二三四五六七八九十一二三四五六七八九十一二三四五六七'; // 54 columns: a wrapped seed
    const seed = [
      '测试方案',
      '',
      full.slice(2),
      full,
      full,
      `${full}。`,
      '一、总体',
      '',
      full.slice(2),
      full,
      full,
      '（一）目标',
      '',
      `${full.slice(2)}。`,
      '（二）任务',
      '',
      '完。',
    ].join('\n');
    const doc = convert(seed);
    expect(flattenClauses(doc.clauses).map((c) => [c.id, c.title, c.line])).toEqual([
      ['s1', '总体', 7],
      ['s1-1', '目标', 12],
      ['s1-2', '任务', 15],
    ]);
    expect(doc.numberingDefects).toEqual([]);
    expect(doc.warnings.find((w) => w.line === 12)?.message).toContain('已在此处分段');
  });
});

describe('章、节、条', () => {
  const measures = [
    '浦东新区测试专项资金管理办法',
    '',
    '第一章　总则',
    '',
    '第一条　为规范专项资金管理，制定本办法。',
    '',
    '第二条　本办法所称专项资金，是指区财政安排的资金。',
    '',
    '第二章　支持内容',
    '',
    '第三条　专项资金支持以下事项：',
    '',
    '（一）支持研发投入，给予最高500万元资助；',
    '',
    '（二）支持中试平台建设。',
    '',
    '第四条　申报单位应当如实填报。',
    '',
    '第三章　附则',
    '',
    '第五条　本办法自2024年7月1日起施行，有效期至2029年6月30日。',
  ].join('\n');

  it('chapters, articles numbered through the document, items inside an article', () => {
    expect(outline(measures)).toEqual([
      ['c1', 1, '第一章总则'],
      ['a1', 2, '第一条'],
      ['a2', 2, '第二条'],
      ['c2', 1, '第二章支持内容'],
      ['a3', 2, '第三条'],
      ['a3-1', 3, '（一）'],
      ['a3-2', 3, '（二）支持中试平台建设'],
      ['a4', 2, '第四条'],
      ['c3', 1, '第三章附则'],
      ['a5', 2, '第五条'],
    ]);
  });

  it('an article keeps its whole sentence as text (an article has no title)', () => {
    const a1 = flattenClauses(convert(measures).clauses).find((c) => c.id === 'a1')!;
    expect(a1.blocks.map((b) => b.inlines.map((i) => i.text).join(''))).toEqual(['为规范专项资金管理，制定本办法。']);
  });

  it('a document without a 任务 chapter: its non-general chapters are its tasks', () => {
    const parts = Object.fromEntries(flattenClauses(convert(measures).clauses).map((c) => [c.id, c.part]));
    expect(parts).toMatchObject({ c1: '总体', a1: '总体', c2: '任务', a3: '任务', 'a3-1': '任务', c3: '总体', a5: '总体' });
  });

  it('reads the validity the last article states', () => {
    expect(convert(measures).validity).toEqual({
      from: '2024-07-01',
      to: '2029-06-30',
      text: '本办法自2024年7月1日起施行，有效期至2029年6月30日。',
      line: 21,
    });
  });

  it('a skipped article is a defect; articles restart nowhere', () => {
    const doc = convert(measures.replace('第四条', '第六条').replace('第五条', '第七条'));
    expect(doc.numberingDefects).toEqual([{ kind: 'skipped', line: 17, found: '第六条', expected: '第四条', after: '第三条' }]);
  });
});
