/**
 * The engine against the real Pagefind index, in Node: the built `dist/pagefind/` loaded
 * through Pagefind's own search module is not available outside a browser, so these tests
 * drive the engine with records from the real model and Pagefind-like matching by words
 * (an AND of ICU segments, as Pagefind does); the browser tests cover the real index.
 */
import { describe, expect, it } from 'vitest';
import { applyFilters, countFacets, pagefindFilters, phraseVariants, search, segments, type PagefindLike, type PagefindResult } from '../../src/search/engine.ts';
import { loadModel } from '../../src/lib/model.ts';
import { recordsFor } from '../../src/search/records.ts';

const root = new URL('../../', import.meta.url).pathname;
const records = loadModel(root).flatMap((p) => recordsFor(p, { root, today: new Date('2026-11-22T00:00:00Z') }));
const squash = (s: string) => s.replace(/\s+/gu, '');

/** Word-level matching like Pagefind: quoted = adjacent words, else every word anywhere. */
const wordIndex: PagefindLike = {
  async search(term) {
    const quoted = term.startsWith('"');
    const words = segments(term.replace(/"/gu, ''));
    const hits = records.filter((r) => {
      const recordWords = segments(r.content);
      if (!quoted) return words.every((w) => recordWords.includes(w));
      return recordWords.some((_, i) => words.every((w, k) => recordWords[i + k] === w));
    });
    const results: PagefindResult[] = hits.map((r) => ({ id: r.url, score: 1, data: async () => ({ url: r.url, content: r.content, meta: r.meta, filters: r.filters }) }));
    return { results, filters: countFacets(await Promise.all(results.map(async (x) => ({ ...(await x.data()), id: x.id, exact: false })))) };
  },
};

describe('phrase variants', () => {
  it('trims an edge word of a phrase cut across words', () => {
    expect(segments('物产业园')[0]).toBe('物');
    expect(phraseVariants('物产业园')).toContain('产业园');
  });
});

describe('search', () => {
  it('puts whole-phrase clauses first and finds phrases cut across words', async () => {
    const outcome = await search(wordIndex, '物产业园');
    expect(outcome.exact.length).toBeGreaterThan(0);
    for (const hit of outcome.exact) expect(squash(hit.content)).toContain('物产业园');
    expect(outcome.exact.some((h) => h.url.startsWith('/plans/2023-baoshan-synbio/'))).toBe(true);
  });

  it('keeps only whole phrases when exact', async () => {
    const outcome = await search(wordIndex, '"宝山高新区"');
    expect(outcome.exactOnly).toBe(true);
    expect(outcome.partial).toEqual([]);
    for (const hit of outcome.exact) expect(squash(hit.content)).toContain('宝山高新区');
  });

  it('lists clauses before the document frame and summaries', async () => {
    const kinds = (await search(wordIndex, '先投后股')).exact.map((h) => h.meta.kind);
    expect(kinds.indexOf('摘要')).toBeGreaterThan(kinds.lastIndexOf('条款'));
  });

  it('filters by facet, with counts that ignore the chosen filters', async () => {
    const all = await search(wordIndex, '"区科委"');
    const filtered = await search(wordIndex, '"区科委"', { filters: { plan: ['宝山合成生物三年行动计划'] } });
    expect(filtered.facets).toEqual(all.facets);
    expect(filtered.exact.length).toBeLessThan(all.exact.length);
    expect(filtered.exact.every((h) => h.filters.plan?.includes('宝山合成生物三年行动计划'))).toBe(true);
    expect(applyFilters(all.exact, { agency: ['区科委'] }).length).toBe(all.exact.filter((h) => h.filters.agency?.includes('区科委')).length);
  });

  it('turns reader filters into Pagefind filters', () => {
    expect(pagefindFilters({ plan: ['a', 'b'], part: [] })).toEqual({ plan: { any: ['a', 'b'] } });
  });

  it('returns nothing for an empty query', async () => {
    expect((await search(wordIndex, '  ')).total).toBe(0);
  });
});
