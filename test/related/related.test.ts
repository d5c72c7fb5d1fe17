/**
 * Related clauses against the hand-checked pairs in `pairs.json` (precision and recall floors),
 * the rules every link keeps (symmetric, never inside a plan, caps), and the caps that keep the
 * computation linear when a plan is copied many times.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenClauses } from '../../src/converter/recognise-structure.ts';
import { loadSite } from '../../src/model/index.ts';
import { evaluateRelated, type LabelledPair } from '../../src/related/evaluate.ts';
import { placesNamedBy, relatedLinksOf, supportTypesOf } from '../../src/related/index.ts';
import { relatedInputs } from '../../src/related/inputs.ts';
import { PER_PLAN, relatedClauses, THRESHOLD, TOP_K } from '../../src/related/similarity.ts';
import { loadRelatedTerms } from '../../src/related/terms.ts';

const { pairs } = JSON.parse(readFileSync(new URL('./pairs.json', import.meta.url), 'utf8')) as { pairs: LabelledPair[] };
const site = loadSite();
const docs = () => site.plans.map((p) => p.doc);
const key = (l: { plan: string; id: string }) => `${l.plan}#${l.id}`;

describe('relatedClauses on the seeds', () => {
  const links = relatedLinksOf(site);

  it('has at least 150 labelled pairs, related and not, each with its reason, over all five plans, naming clauses that exist', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(150);
    expect(pairs.filter((p) => p.related).length).toBeGreaterThanOrEqual(60);
    expect(pairs.filter((p) => !p.related).length).toBeGreaterThanOrEqual(60);
    const ids = new Set(docs().flatMap((d) => flattenClauses(d.clauses).map((c) => `${d.slug}#${c.id}`)));
    const plans = new Set<string>();
    for (const p of pairs) {
      expect(ids.has(p.a), p.a).toBe(true);
      expect(ids.has(p.b), p.b).toBe(true);
      expect(p.a.split('#')[0]).not.toBe(p.b.split('#')[0]);
      expect(p.why?.length ?? 0, `${p.a} ↔ ${p.b}`).toBeGreaterThan(3);
      plans.add(p.a.split('#')[0]!).add(p.b.split('#')[0]!);
    }
    expect(plans).toEqual(new Set(site.plans.map((p) => p.slug)));
    expect(new Set(pairs.map((p) => [p.a, p.b].sort().join(' '))).size).toBe(pairs.length);
  });

  it('shows the hand-checked related pairs and hides the unrelated ones (precision ≥ 0.9, recall ≥ 0.9)', () => {
    const e = evaluateRelated(links, pairs);
    expect(e.precision).toBeGreaterThanOrEqual(0.9);
    expect(e.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the same instrument named in other words and hides the pair the issue found wrong', () => {
    const shown = (a: string, b: string) => (links.get(a) ?? []).some((l) => key(l) === b);
    // 先投后股 in three plans; 订单式 ↔ 定向委培; 合同研究外包 ↔ CRO; 区专项子基金 ↔ 市引导基金.
    expect(shown('2025-zhangjiang-baoshan-park#s2-1-3', '2024-baoshan-biomedicine-draft#s4-4-23')).toBe(true);
    expect(shown('2025-zhangjiang-baoshan-park#s2-1-3', '2023-baoshan-synbio#s4-5-11-1')).toBe(true);
    expect(shown('2023-jinshan-biomanufacturing#s7-1', '2024-baoshan-biomedicine-draft#s4-3-22')).toBe(true);
    expect(shown('2023-baoshan-synbio#s4-5-11-2', '2023-shanghai-synbio#s4-1')).toBe(true);
    // 宝山 四、（三）8 (生物医药标准厂房) is not 张江 二、（三）9 (synbio platforms), but is 张江 二、（五）13 (标准厂房超200万方).
    expect(shown('2023-baoshan-synbio#s4-3-8', '2025-zhangjiang-baoshan-park#s2-3-9')).toBe(false);
    expect(shown('2023-baoshan-synbio#s4-3-8', '2025-zhangjiang-baoshan-park#s2-5-13')).toBe(true);
  });

  it('links symmetrically, only other plans, at most TOP_K per clause, PER_PLAN per plan, none below the threshold', () => {
    for (const [from, list] of links) {
      const plan = from.split('#')[0];
      expect(list.length).toBeLessThanOrEqual(TOP_K);
      for (const l of list) {
        expect(l.plan).not.toBe(plan);
        expect(l.score).toBeGreaterThanOrEqual(THRESHOLD);
        const back = (links.get(key(l)) ?? []).find((m) => key(m) === from);
        expect(back, `${from} → ${key(l)} has no way back`).toBeDefined();
        expect(back!.score).toBe(l.score);
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
  it('links a clause to its identical copies first, keeps to TOP_K and stays symmetric', { timeout: 120_000 }, () => {
    const inputs = relatedInputs(docs(), supportTypesOf(site), placesNamedBy(site));
    const copies = Array.from({ length: 40 }, (_, i) => inputs.map((c) => ({ ...c, plan: `copy-${i}-${c.plan}` })));
    const links = relatedClauses([...inputs, ...copies.flat()], loadRelatedTerms());
    const list = links.get('2023-shanghai-synbio#s3-8')!;
    expect(list).toHaveLength(TOP_K);
    expect(list[0]).toEqual({ plan: 'copy-0-2023-shanghai-synbio', id: 's3-8', score: 1 });
    for (const [from, l] of links) {
      expect(l.length).toBeLessThanOrEqual(TOP_K);
      for (const x of l) expect((links.get(key(x)) ?? []).some((y) => key(y) === from)).toBe(true);
    }
  });
});
