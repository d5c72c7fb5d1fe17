import { describe, expect, it } from 'vitest';
import { findDuty, parseInlines, splitAgencies } from '../../src/converter/inlines.ts';
import { chineseNumeral, readHeadingMarker } from '../../src/converter/numbering.ts';
import { flattenClauses, recogniseStructure, splitHeading } from '../../src/converter/recognise-structure.ts';
import type { Paragraph } from '../../src/converter/types.ts';

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ text, lines: [i + 1, i + 1], lineStarts: [0], lineNumbers: [i + 1] }));

describe('heading markers', () => {
  it.each([
    ['一、总体要求', 'rank1', '一、', 1],
    ['十二、附则', 'rank1', '十二、', 12],
    ['（三）推进合成生物载体空间建设', 'rank2', '（三）', 3],
    ['(十)秉承低碳高效', 'rank2', '(十)', 10],
    ['7.加速建设上海南大合成生物产业园', 'rank3', '7.', 7],
    ['6. 提升招商国际化水平', 'rank3', '6.', 6],
    ['1、加大新药研发支持力度。', 'rank3', '1、', 1],
    ['（2）加强与高校院所合作。', 'rank4', '（2）', 2],
    ['第一章　总则', 'chapter', '第一章', 1],
    ['第三节 资金管理', 'section', '第三节', 3],
    ['第十二条　本办法自2024年7月1日起施行。', 'article', '第十二条', 12],
    ['第二十三条 申请单位应当如实填报。', 'article', '第二十三条', 23],
    ['第一百零五条本办法由市科委负责解释。', 'article', '第一百零五条', 105],
  ])('%s', (text, kind, number, ordinal) => {
    expect(readHeadingMarker(text)).toMatchObject({ kind, number, ordinal });
  });

  it.each(['2025年，引育企业', '2.0版本', '——目标', '（责任单位：区科委）', '生物医药领域：', '第一批次企业名单', '第三方机构'])(
    'not a heading: %s',
    (text) => {
      expect(readHeadingMarker(text)).toBeUndefined();
    },
  );

  it('reads Chinese numerals', () => {
    expect([chineseNumeral('九'), chineseNumeral('十'), chineseNumeral('十三'), chineseNumeral('二十一'), chineseNumeral('零')]).toEqual([9, 10, 13, 21, NaN]);
    expect([chineseNumeral('一百'), chineseNumeral('一百零五'), chineseNumeral('一百一十二'), chineseNumeral('二三')]).toEqual([100, 105, 112, NaN]);
  });
});

describe('splitHeading', () => {
  it('takes a standalone heading whole', () => {
    expect(splitHeading('指导思想')).toEqual({ titleStart: '', title: '指导思想', titleEnd: '', inline: false, body: '' });
    expect(splitHeading('加快推进清华工研院合成生物高价值分子平台落地。')).toMatchObject({
      title: '加快推进清华工研院合成生物高价值分子平台落地',
      titleEnd: '。',
      body: '',
    });
  });
  it('reads a grant the source left without its 。 as an untitled item, a pair of phrases as a heading', () => {
    for (const text of [
      '对开展临床试验的企业，按研发投入的20%给予补贴，最高500万元',
      '凡在本区新设研发中心的，给予一次性奖励',
      '企业购置设备的，按设备投资额的10%补贴',
    ])
      expect(splitHeading(text, 'rank3'), text).toMatchObject({ title: '', body: text });
    for (const text of ['坚持创新引领，强化策源能力', '对重点企业实行专人服务', '支持企业建设中试平台'])
      expect(splitHeading(text, 'rank3'), text).toMatchObject({ title: text, body: '' });
  });
  it('takes the first sentence of a paragraph as a run-in heading', () => {
    expect(splitHeading('提升基础设施和实验室能级。强化上海光源功能。')).toEqual({
      titleStart: '',
      title: '提升基础设施和实验室能级',
      titleEnd: '。',
      inline: true,
      body: '强化上海光源功能。',
    });
  });
  it('reads an article’s name in brackets or run into its text, and a rule’s first sentence as no name', () => {
    expect(splitHeading('（目的和依据）为规范专项资金管理，制定本办法。', 'article')).toMatchObject({
      titleStart: '（',
      title: '目的和依据',
      titleEnd: '）',
      inline: true,
    });
    expect(splitHeading('创新药物研发支持。对企业在本区开展研发的，给予资助。', 'article')).toEqual({
      titleStart: '',
      title: '创新药物研发支持',
      titleEnd: '。',
      inline: true,
      body: '对企业在本区开展研发的，给予资助。',
    });
    // 应用 and 应急 are what a name is about, not the verb 应 of a rule.
    for (const name of ['支持首台套应用', '支持应用场景开放', '加强应急保障']) {
      expect(splitHeading(`${name}。对符合条件的企业给予奖励。`, 'article')).toMatchObject({ title: name, inline: true });
    }
    for (const text of [
      '申报单位应如实填报。材料另行通知。',
      '本细则由区经委负责解释。',
      '区经委是专项资金的业务主管部门，负责编制年度预算。',
      '本办法适用于本区。企业可以申请。',
      '专项资金实行预算管理。每年安排一次。',
    ]) {
      expect(splitHeading(text, 'article')).toMatchObject({ title: '', inline: false, body: text });
    }
  });
  it('gives a long first sentence no title', () => {
    const text = '着力优化双创生态、升级孵化体系、提高孵化能力，加强对合成生物领域初创企业的培育扶持。（责任单位：区科委）';
    expect(splitHeading(text)).toEqual({ titleStart: '', title: '', titleEnd: '', inline: false, body: text });
  });
});

describe('inlines', () => {
  it('finds 责任单位 with nested brackets and splits agencies at the top level', () => {
    const text = '推进。（责任单位：区发展改革委（区金融服务办）、南大开发公司、各街镇（园区））';
    const duty = findDuty(text)!;
    expect(text.slice(duty.start, duty.end)).toBe('（责任单位：区发展改革委（区金融服务办）、南大开发公司、各街镇（园区））');
    expect(splitAgencies(text.slice(duty.start, duty.end))).toEqual(['区发展改革委（区金融服务办）', '南大开发公司', '各街镇（园区）']);
  });

  it('marks lead labels and lead sentences without changing the text', () => {
    const text = '创新药物。加强创新研究。生物医药领域：重点发展疫苗，推进转化。';
    const inlines = parseInlines(text);
    expect(inlines.map((i) => i.text).join('')).toBe(text);
    expect(inlines.filter((i) => i.kind === 'lead').map((i) => i.text)).toEqual(['创新药物。', '生物医药领域：']);
  });

  it('marks run-in lead sentences only where a paragraph has two or more', () => {
    const two = '突出重点，大力引育。链式招商引领产业集群发展。根据布局，推进招商。拥抱创新培育企业内生动力。顺应趋势，壮大企业。';
    expect(
      parseInlines(two)
        .filter((i) => i.kind === 'lead')
        .map((i) => i.text),
    ).toEqual(['链式招商引领产业集群发展。', '拥抱创新培育企业内生动力。']);
    const one = '坚持全区统筹，差异布局。扩大影响力。推动发展，形成格局。';
    expect(parseInlines(one).filter((i) => i.kind === 'lead')).toEqual([]);
  });
});

describe('recogniseStructure', () => {
  it('builds the clause tree with stable ids, parts and agencies', () => {
    const { preamble, clauses } = recogniseStructure(
      'x.txt',
      paragraphs(
        '为加快发展，制定本计划。',
        '一、总体要求',
        '（一）主要目标',
        '——研发转化能力显著提升。推进建设平台。',
        '二、任务部署',
        '（一）加快推动成果转化',
        '1.支持转化功能建设',
        '支持建设概念验证中心。',
        '（责任单位：区科委、区经委）',
        '2.加强合作创新',
        '（1）深化院士专家团队合作。围绕研发攻关。（责任单位：区经委）',
        '三、保障措施',
        '（一）健全机制建设。优化工作专班。',
      ),
    );
    expect(preamble).toHaveLength(1);
    const flat = flattenClauses(clauses);
    expect(flat.map((c) => [c.id, c.number, c.title, c.part])).toEqual([
      ['s1', '一、', '总体要求', '总体'],
      ['s1-1', '（一）', '主要目标', '目标'],
      ['s2', '二、', '任务部署', '任务'],
      ['s2-1', '（一）', '加快推动成果转化', '任务'],
      ['s2-1-1', '1.', '支持转化功能建设', '任务'],
      ['s2-1-2', '2.', '加强合作创新', '任务'],
      ['s2-1-2-1', '（1）', '深化院士专家团队合作', '任务'],
      ['s3', '三、', '保障措施', '保障措施'],
      ['s3-1', '（一）', '健全机制建设', '保障措施'],
    ]);
    const task = flat.find((c) => c.id === 's2-1-1')!;
    expect(task.agencies).toEqual(['区科委', '区经委']);
    // The 责任单位 line of its own closes the paragraph before it.
    expect(task.blocks).toHaveLength(1);
    expect(flat.find((c) => c.id === 's1-1')!.blocks[0]!.kind).toBe('bullet');
  });

  it('accepts 1. 2. 3. numbered straight through the plan', () => {
    const { clauses } = recogniseStructure(
      'x.txt',
      paragraphs('一、任务', '（一）甲', '1、第一项。内容。', '2、第二项。内容。', '（二）乙', '3、第三项。内容。'),
    );
    expect(flattenClauses(clauses).map((c) => c.id)).toEqual(['s1', 's1-1', 's1-1-1', 's1-1-2', 's1-2', 's1-2-3']);
  });
});
