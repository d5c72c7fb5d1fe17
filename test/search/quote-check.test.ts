/**
 * 引文核验 on the real seeds (the texts original.txt serves): a quotation found word for word
 * across wrapped lines, found only once Traditional characters, widths and punctuation are set
 * aside (each difference named), and not found (with where it stops agreeing). Line numbers are
 * those of the original page (validity's seedLines, the same numbering).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/model/index.ts';
import { quoteSources } from '../../src/search/lookup-table.ts';
import { checkQuote, prepareText, stripQuotes } from '../../src/search/quote-check.ts';
import { buildT2STable } from '../../src/search/t2s-table.ts';
import { seedLines } from '../../src/validity/index.ts';

const site = loadSite();
const t2s = buildT2STable(site.plans.map((p) => new TextDecoder().decode(p.bytes)));
const sources = quoteSources(site);
const texts = site.plans.map((plan, i) => prepareText(sources[i]!, readFileSync(plan.frontmatter.source.file, 'utf8'), t2s));
const lines = (slug: string) => seedLines(site.plan(slug).bytes);

describe('checkQuote', () => {
  it('finds a quotation word for word across the seed’s wrapped lines', () => {
    const report = checkQuote('推动创新链、产业链、人才链协同发力，建成合成生物产业先导区', texts, t2s);
    expect(report.kind).toBe('found');
    if (report.kind !== 'found') return;
    expect(report.verbatim).toBe(true);
    expect(report.matches).toHaveLength(1);
    const [match] = report.matches;
    expect(match!.source).toMatchObject({ label: '宝山合成生物三年行动计划', original: '/plans/2023-baoshan-synbio/original/' });
    expect(match!.source.sha256).toBe('f59db5d4dd6fc4c1af55c45a6c198a5c181be5b6e8b16e9fa97413eca1dbcf37');
    expect(match!.differences).toEqual([]);
    const seed = lines('2023-baoshan-synbio');
    expect(seed[match!.startLine - 1]).toContain('推动');
    expect(seed[match!.endLine - 1]).toContain('先导区');
    expect(match!.endLine).toBeGreaterThan(match!.startLine);
    expect(match!.original).toBe('推动创新链、产业链、人才链协同发力，建成合成生物产业先导区');
  });

  it('strips the quotation marks it was pasted with', () => {
    expect(stripQuotes('“加快培育发展新质生产力”')).toBe('加快培育发展新质生产力');
    const report = checkQuote('“加快培育发展新质生产力”', texts, t2s);
    expect(report.kind === 'found' && report.verbatim).toBe(true);
  });

  it('finds a quotation after normalisation and names each difference', () => {
    // 張江 寶山 in Traditional, full-width digits, ASCII quotes and a half-width comma.
    const report = checkQuote('推动張江高新区寶山园(以下简称"张江宝山园")高质量发展,加快培育', texts, t2s);
    expect(report.kind).toBe('found');
    if (report.kind !== 'found') return;
    expect(report.verbatim).toBe(false);
    const [match] = report.matches;
    expect(match!.source.label).toBe('张江高新区宝山园行动方案');
    expect(match!.startLine).toBe(17);
    expect(lines('2025-zhangjiang-baoshan-park')[16]).toContain(match!.original);
    expect(match!.differences).toEqual(
      expect.arrayContaining([
        { kind: '繁简', quote: '張', original: '张', count: 1 },
        { kind: '繁简', quote: '寶', original: '宝', count: 1 },
        { kind: '标点', quote: '"', original: '“', count: 1 },
        { kind: '标点', quote: '"', original: '”', count: 1 },
        { kind: '全角半角', quote: ',', original: '，', count: 1 },
      ]),
    );
    expect(match!.differences).toHaveLength(5);
  });

  it('reads full-width digits as a width difference', () => {
    const report = checkQuote('PCT国际专利年度申请数达１１０件', texts, t2s);
    expect(report.kind).toBe('found');
    if (report.kind !== 'found') return;
    expect(report.matches[0]!.differences).toEqual([
      { kind: '全角半角', quote: '１', original: '1', count: 2 },
      { kind: '全角半角', quote: '０', original: '0', count: 1 },
    ]);
  });

  it('says when a quotation is not in any original, and where it stops agreeing', () => {
    const report = checkQuote('加快培育发展新质生产力和未来产业集群', texts, t2s);
    expect(report.kind).toBe('not-found');
    if (report.kind !== 'not-found') return;
    expect(report.closest).toMatchObject({ agreed: '加快培育发展新质生产力', quoteNext: '和未来产业集群', originalNext: '，更好服务长三角' });
    expect(report.closest!.source.label).toBe('张江高新区宝山园行动方案');
  });

  it('finds nothing for a made-up sentence and refuses a quotation too short to say anything', () => {
    expect(checkQuote('本市将全面取消所有生物制造企业的税收', texts, t2s)).toEqual({ kind: 'not-found' });
    expect(checkQuote('合成', texts, t2s)).toEqual({ kind: 'too-short', minimum: 4 });
  });

  it('finds a quotation with an ellipsis when its parts occur in order, and says what each ellipsis leaves out', () => {
    for (const ellipsis of ['……', '…', '...', '⋯⋯']) {
      const report = checkQuote(`推动创新链${ellipsis}建成合成生物产业先导区`, texts, t2s);
      expect(report.kind, ellipsis).toBe('found');
      if (report.kind !== 'found') return;
      expect(report.verbatim).toBe(true);
      expect(report.matches).toHaveLength(1);
      expect(report.matches[0]).toMatchObject({
        original: '推动创新链、产业链、人才链协同发力，建成合成生物产业先导区',
        omitted: ['、产业链、人才链协同发力，'],
        differences: [],
      });
      expect(report.matches[0]!.source.label).toBe('宝山合成生物三年行动计划');
    }
    // Two ellipses, and a difference in one part (寶 for 宝) still named.
    const two = checkQuote('推动创新链……人才链……建成合成生物产业先导區', texts, t2s);
    expect(two.kind === 'found' && two.matches[0]!.omitted).toEqual(['、产业链、', '协同发力，']);
    expect(two.kind === 'found' && two.matches[0]!.differences).toEqual([{ kind: '繁简', quote: '區', original: '区', count: 1 }]);
  });

  it('does not splice parts an ellipsis joins when they are out of order, in different plans or far apart', () => {
    expect(checkQuote('建成合成生物产业先导区……推动创新链', texts, t2s).kind).toBe('not-found');
    expect(checkQuote('推动创新链……加快培育发展新质生产力', texts, t2s).kind).toBe('not-found');
    // Each part is in the Baoshan plan once, in that order, but some forty wrapped lines (over a
    // thousand characters) apart: not one quotation.
    const seed = lines('2023-baoshan-synbio');
    const [head, tail] = [seed[61]!.trim().slice(0, 10), seed[101]!.trim().slice(-10)];
    for (const part of [head, tail]) {
      const alone = checkQuote(part, texts, t2s);
      expect(alone.kind === 'found' && alone.matches.map((m) => m.source.label), part).toEqual(['宝山合成生物三年行动计划']);
    }
    expect(checkQuote(`${head}……${tail}`, texts, t2s).kind, `${head}……${tail}`).toBe('not-found');
  });

  it('lists every occurrence of a quotation the plans share', () => {
    const report = checkQuote('合成生物', texts, t2s);
    expect(report.kind === 'found' && report.matches.length).toBe(20);
  });
});
