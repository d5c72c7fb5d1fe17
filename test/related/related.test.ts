/**
 * Related clauses against the hand-checked pairs in `pairs.json`, and the caps that keep the
 * computation linear when a plan is copied many times.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenClauses } from '../../src/converter/recognise-structure.ts';
import { loadSite } from '../../src/model/index.ts';
import { evaluateRelated, type LabelledPair } from '../../src/related/evaluate.ts';
import { relatedInputs } from '../../src/related/inputs.ts';
import { PER_PLAN, relatedClauses, THRESHOLD, TOP_K } from '../../src/related/similarity.ts';

const { pairs } = JSON.parse(readFileSync(new URL('./pairs.json', import.meta.url), 'utf8')) as { pairs: LabelledPair[] };
const docs = () => loadSite().plans.map((p) => p.doc);

describe('relatedClauses on the seeds', () => {
  const links = relatedClauses(relatedInputs(docs()));

  it('names only clauses that exist in the labelled pairs', () => {
    const ids = new Set(docs().flatMap((d) => flattenClauses(d.clauses).map((c) => `${d.slug}#${c.id}`)));
    for (const p of pairs) {
      expect(ids.has(p.a), p.a).toBe(true);
      expect(ids.has(p.b), p.b).toBe(true);
    }
  });

  it('shows the hand-checked related pairs and hides the unrelated ones (precision ≥ 0.95, recall ≥ 0.7)', () => {
    const e = evaluateRelated(links, pairs);
    expect(e.precision).toBeGreaterThanOrEqual(0.95);
    expect(e.recall).toBeGreaterThanOrEqual(0.7);
    // The pairs below share a topic word or two and must stay hidden.
    expect(e.wronglyShown.filter((p) => p.a.includes('s4-5-11-2') || p.a.includes('s3-1'))).toEqual([]);
  });

  it('links only other plans, at most TOP_K per clause, PER_PLAN per plan, none below the threshold', () => {
    for (const [key, list] of links) {
      const plan = key.split('#')[0];
      expect(list.length).toBeLessThanOrEqual(TOP_K);
      for (const l of list) {
        expect(l.plan).not.toBe(plan);
        expect(l.score).toBeGreaterThanOrEqual(THRESHOLD);
      }
      const perPlan = new Map<string, number>();
      for (const l of list) perPlan.set(l.plan, (perPlan.get(l.plan) ?? 0) + 1);
      for (const n of perPlan.values()) expect(n).toBeLessThanOrEqual(PER_PLAN);
      expect(list.map((l) => l.score)).toEqual([...list.map((l) => l.score)].sort((a, b) => b - a));
    }
  });

  it('gives nothing to 指导思想 and to headings without text of their own', () => {
    expect(links.get('2023-baoshan-synbio#s1-1')).toEqual([]);
    expect(links.get('2023-baoshan-synbio#s4-2')).toEqual([]);
    for (const list of links.values()) expect(list.some((l) => l.plan === '2023-baoshan-synbio' && l.id === 's1-1')).toBe(false);
  });
});

describe('relatedClauses with synthetic copies', () => {
  it('links a clause to its identical copies first and keeps to TOP_K', () => {
    const inputs = relatedInputs(docs());
    const copies = Array.from({ length: 40 }, (_, i) => inputs.map((c) => ({ ...c, plan: `copy-${i}-${c.plan}` })));
    const links = relatedClauses([...inputs, ...copies.flat()]);
    const list = links.get('2023-shanghai-synbio#s3-8')!;
    expect(list).toHaveLength(TOP_K);
    expect(list[0]).toEqual({ plan: 'copy-0-2023-shanghai-synbio', id: 's3-8', score: 1 });
    for (const l of links.values()) expect(l.length).toBeLessThanOrEqual(TOP_K);
  });
});
