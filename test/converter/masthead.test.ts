/**
 * Documents framed otherwise than by a notice wrapping a plan: a 规范性文件 printing its own
 * letterhead and 文号 above its title, and a 申报通知 whose own text is the document, followed by
 * its 附件 (both refused before the sixth held-out round).
 */
import { describe, expect, it } from 'vitest';
import { convertSeed } from '../../src/converter/pipeline.ts';
import { frontmatterOf } from '../../src/converter/serialize.ts';

const convert = (lines: string[]) => convertSeed('test.txt', new TextEncoder().encode(lines.join('\n'))).doc;

describe('a masthead above the title, with no notice', () => {
  it('reads the letterhead and 文号 as the document’s, the title under them, and keeps the title a later page repeats', () => {
    const doc = convert([
      '上海市测试区科学技术委员会文件',
      '测科规〔2026〕2号',
      '测试区合成生物专项资金实施细则',
      '第一章 总则',
      '第一条 为加快推进本区合成生物成果转化，规范专项资金管理，提高资',
      '金使用效益，制定本细则。',
      '— 1 —',
      '测试区合成生物专项资金实施细则',
      '第二条 本细则所称专项资金，是指区财政预算安排、由区科委会同区',
      '财政局管理的资金。本细则由区科委负责解释。',
      '— 2 —',
      '测试区合成生物专项资金实施细则',
      '第三条 本细则自2026年4月1日起施行，有效期5年，由区科委会同区',
      '财政局负责组织实施。',
      '— 3 —',
    ]);
    expect(doc.title).toBe('测试区合成生物专项资金实施细则');
    expect(doc.masthead).toEqual({ letterhead: '上海市测试区科学技术委员会文件', docNumber: '测科规〔2026〕2号', lines: [1, 2] });
    expect(doc.notice).toBeUndefined();
    const fm = frontmatterOf(doc);
    expect(fm.docNumber).toBe('测科规〔2026〕2号');
    expect(fm.issuer).toBe('上海市测试区科学技术委员会');
    expect(doc.corrections.filter((c) => c.kind === 'running-header').map((c) => c.line)).toEqual([8, 12]);
  });
});

describe('a notice that is the document, then its 附件', () => {
  it('reads the notice’s 一、二、 as the body and the 附件 as its appendix', () => {
    const doc = convert([
      '上海市测试区科技和经济委员会关于组织申报2027年度重点项目的通知',
      '测科经委〔2026〕98号',
      '各有关单位：',
      '为推动产业发展，现将有关事项通知如下。',
      '一、支持范围',
      '重点支持创新药和高端医疗器械产业化项目。',
      '二、支持标准',
      '对符合条件的项目，按设备投资额的15%给予资助，最高2000万元。',
      '附件：重点项目申报组织工作分工表',
      '上海市测试区科技和经济委员会',
      '2026年11月16日',
      '附件',
      '重点项目申报组织工作分工表',
      '序号 | 任务 | 责任单位 | 完成时限',
      '1 | 受理申报材料 | 区科经委 | 2026年12月',
    ]);
    expect(doc.notice?.isDocument).toBe(true);
    expect(doc.clauses.map((c) => c.title)).toEqual(['支持范围', '支持标准']);
    expect(doc.appendix.length).toBeGreaterThan(0);
    expect(frontmatterOf(doc).docNumber).toBe('测科经委〔2026〕98号');
  });
});

describe('a 文号 under the title, and who issued a copied page (held-out round 7)', () => {
  it.each([['（长府规〔2026〕2号）'], ['松科规〔2025〕3号']])('reads %s under the title as the 文号, not a part of the title', (line) => {
    const doc = convert([
      '长宁区关于支持细胞与基因治疗产业发展的若干措施',
      line,
      '第一条 目的依据。为加快集聚创新主体，制定本措施。',
      '第二条 本措施自2026年3月1日起施行。',
    ]);
    expect(doc.title).toBe('长宁区关于支持细胞与基因治疗产业发展的若干措施');
    expect(frontmatterOf(doc).docNumber).toBe(line.replace(/[（）]/gu, ''));
  });

  it('takes no issuer from a notice title that opens on 关于: the signature names it', () => {
    const doc = convert([
      '关于公开征求《测试区关于促进医疗器械产业发展的若干措施（征求意见稿）》意见的公告',
      '　　为广泛听取社会各界意见，现将《测试区关于促进医疗器械产业发展的若干措施（征求意见稿）》全文公布。',
      '　　上海市测试区科学技术委员会',
      '　　2026年11月24日',
      '测试区关于促进医疗器械产业发展的若干措施（征求意见稿）',
      '　　为促进产业发展，制定本措施。',
      '　　一、支持对象',
      '　　本措施适用于在本区注册登记的企业。',
    ]);
    expect(frontmatterOf(doc).issuer).toBe('上海市测试区科学技术委员会');
  });

  it('reads the office a copied page names as its 来源, never a newsroom', () => {
    const lines = (source: string) => [
      '发布时间：2026-03-16',
      `来源：${source}`,
      '测试园三年行动计划（2026—2028年）',
      '为推动园区发展，制定本计划。',
      '一、总体要求',
      '到2028年，园区产值达到100亿元。',
    ];
    expect(frontmatterOf(convert(lines('测试园管理委员会'))).issuer).toBe('测试园管理委员会');
    expect(frontmatterOf(convert(lines('测试区融媒体中心'))).issuer).toBeUndefined();
  });
});

describe('the chapter of a 管理办法 that holds its support (held-out round 8)', () => {
  it('reads 第二章 支持范围和标准 as the tasks, not as a procedural 范围 chapter', () => {
    const doc = convert([
      '测试区生物医药产业发展专项资金管理办法',
      '第一章 总则',
      '第一条 为规范专项资金管理，制定本办法。',
      '第二章 支持范围和标准',
      '第二条 支持研发创新。对完成Ⅱ期临床试验的创新药，给予最高300万元资助。',
      '第三章 申报程序',
      '第三条 申报单位按通知要求提交材料。',
    ]);
    expect(doc.clauses.map((c) => [c.title, c.part])).toEqual([
      ['总则', '总体'],
      ['支持范围和标准', '任务'],
      ['申报程序', '总体'],
    ]);
  });
});

describe('a one-year work plan (held-out round 9)', () => {
  it('takes the year its title names as its period, and only for a work plan', () => {
    const plan = (title: string) => convert([title, '为推进科技创新工作，制定本要点。', '一、主要目标', '全年新增高新技术企业160家。']);
    expect(plan('测试区科学技术委员会2027年工作要点').period).toEqual({ start: 2027, end: 2027, text: '2027年' });
    expect(plan('测试区2027年度科技创新工作计划').period).toMatchObject({ start: 2027, end: 2027 });
    expect(plan('测试区关于开展2026年度项目申报工作的若干意见').period).toBeUndefined();
  });
});
