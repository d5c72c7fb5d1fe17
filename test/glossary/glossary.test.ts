/**
 * The glossary (src/glossary/): the real content/glossary.yaml loads and every quote it cites is on
 * its line of the seed; broken files fail naming file and line; linking terms in clause text
 * leaves the text unchanged, links each term once (the first occurrence, longest term first);
 * and every full form feeds the search widening.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glossaryOf, glossarySearchWords, linkTerms, type GlossaryTerm } from '../../src/glossary/index.ts';
import { checkGlossaryQuotes, parseGlossary, quoteOnLine } from '../../src/glossary/schema.ts';
import { buildSite } from '../../src/model/index.ts';

const site = buildSite({ today: new Date('2026-12-02T00:00:00Z'), checkContent: false });
const terms = glossaryOf(site);
const joined = (pieces: ReturnType<typeof linkTerms>) => pieces.map((p) => (typeof p === 'string' ? p : p.term)).join('');

describe('content/glossary.yaml', () => {
  it('loads, with the terms the issue names, and its quotes are on their lines', () => {
    const names = terms.map((t) => t.term);
    for (const term of ['区科委', '区经委', '南大开发公司', '区国投公司', '拨投结合', '先投后股', '揭榜挂帅', '首台套', 'CRO', 'CDMO'])
      expect(names).toContain(term);
    expect(terms.find((t) => t.term === '区科委')!.expansions[0]!.text).toBe('上海市宝山区科学技术委员会');
    expect(terms.find((t) => t.term === '南大开发公司')!.expansions).toEqual([]);
  });

  it('every term occurs in some clause text of the plans', () => {
    for (const t of terms)
      expect(
        site.clauses.some((c) => c.text.includes(t.term)),
        t.term,
      ).toBe(true);
  });

  it('a quote may run on to the next non-empty line, but must start on its own', () => {
    const lines = ['委托研发生', '', '产服务（CDMO）等'];
    expect(quoteOnLine(lines, 1, '委托研发生产服务（CDMO）')).toBe(true);
    expect(quoteOnLine(lines, 1, '产服务（CDMO）')).toBe(false);
    expect(quoteOnLine(lines, 3, '产服务')).toBe(true);
    expect(quoteOnLine(lines, 9, '产服务')).toBe(false);
  });

  it('a wrong quote fails naming the term, the seed and the line', () => {
    const broken: GlossaryTerm[] = [{ ...terms[0]!, occurrences: [{ plan: '2023-baoshan-synbio', line: 1, quote: '区科委' }] }];
    const lines = new Map(site.plans.map((p) => [p.slug, new TextDecoder().decode(p.bytes).split('\n')]));
    expect(() => checkGlossaryQuotes(broken, (plan) => lines.get(plan))).toThrow(/区科委: seeds\/2023-baoshan-synbio\.txt line 1 does not hold “区科委”/u);
    expect(() => checkGlossaryQuotes([{ ...terms[0]!, occurrences: [{ plan: 'nope', line: 1, quote: 'x' }] }], (plan) => lines.get(plan))).toThrow(
      /no plan “nope”/u,
    );
  });

  it('schema errors name file and line', () => {
    const text = [
      'terms:',
      '  - id: ok-term',
      '    term: 区科委',
      '    kind: 机构简称',
      '    expansions: []',
      '    note: 文本未载明全称。',
      '    occurrences: [{ plan: p, line: 1, quote: 区科委 }]',
      '  - id: Bad Id',
      '    term: 区经委',
      '    kind: 简称',
      '    expansions: []',
      '    note: 说明文字。',
      '    occurrences: []',
    ].join('\n');
    expect(() => parseGlossary(text, 'content/glossary.yaml')).toThrow(/content\/glossary\.yaml:8: terms\.1\.id/u);
    expect(() => parseGlossary(text, 'content/glossary.yaml')).toThrow(/content\/glossary\.yaml:10: terms\.1\.kind/u);
    expect(() => parseGlossary(text, 'content/glossary.yaml')).toThrow(/content\/glossary\.yaml:13: terms\.1\.occurrences/u);
    expect(() => parseGlossary('terms: [\n', 'content/glossary.yaml')).toThrow(/content\/glossary\.yaml:\d+: invalid YAML/u);
    const twice = `${text.split('\n').slice(0, 7).join('\n')}\n${text.split('\n').slice(1, 7).join('\n').replace('区科委', '区经委').replace(/^/u, '  ')}`;
    expect(() => parseGlossary(twice.replace(/^ {4}- id/mu, '  - id'), 'content/glossary.yaml')).toThrow(/id “ok-term” is listed twice/u);
  });
});

describe('linking terms', () => {
  it('links the first occurrence of each term once and keeps the text', () => {
    const done = new Set<string>();
    const pieces = linkTerms('由区科委、区经委牵头，区科委负责CDMO与CRO。', terms, done);
    expect(joined(pieces)).toBe('由区科委、区经委牵头，区科委负责CDMO与CRO。');
    expect(pieces.filter((p) => typeof p !== 'string').map((p) => (p as { term: string }).term)).toEqual(['区科委', '区经委', 'CDMO', 'CRO']);
    expect(pieces[1]).toMatchObject({ term: '区科委', href: '/glossary/#qu-kewei' });
    expect(linkTerms('区科委再次出现', terms, done).every((p) => typeof p === 'string')).toBe(true);
  });

  it('never changes any text (property)', () => {
    const pool = fc.constantFrom('区科委', '区经', '委', 'CRO', 'CDMO', 'C', '先投后股', '，', '合成生物', '首台套', ' ');
    fc.assert(
      fc.property(fc.array(pool, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const done = new Set<string>();
        const pieces = linkTerms(text, terms, done);
        expect(joined(pieces)).toBe(text);
        const links = pieces.filter((p) => typeof p !== 'string');
        expect(new Set(links.map((p) => (p as { term: string }).term)).size).toBe(links.length);
      }),
    );
  });

  it('every full form widens a search to its term', () => {
    const words = glossarySearchWords(terms);
    expect(words).toContainEqual({ words: ['上海市宝山区科学技术委员会'], planWords: ['区科委'] });
    expect(words.find((w) => w.planWords[0] === 'CDMO')!.words).toEqual(['委托研发生产服务', '定制研发生产组织']);
    expect(words.some((w) => w.planWords.includes('南大开发公司'))).toBe(false);
  });
});
