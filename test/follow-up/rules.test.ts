/**
 * The promised-document rules (src/support/follow-up.ts): on texts written here, and on the five
 * seeds against the hand-checked list `follow-up.expected.yaml` (recall and precision printed and
 * asserted ≥ 0.9; the listed phrases that name no document asserted absent).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { followUpLedger, heldPlan } from '../../src/follow-up/index.ts';
import { loadSite } from '../../src/model/index.ts';
import { followUps, promisedDocuments } from '../../src/support/follow-up.ts';

interface Expected {
  documents: Record<string, Array<{ clause: string; path: string; wording: string }>>;
  negatives: Array<{ plan: string; clause: string; wording: string }>;
}
const expected = parse(readFileSync(new URL('follow-up.expected.yaml', import.meta.url), 'utf8')) as Expected;
const site = loadSite();
const ledger = followUpLedger(site);
const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);

describe('promisedDocuments on written texts', () => {
  it('finds a policy to make, as written, with its sentence piece and year', () => {
    const found = promisedDocuments('区科委负责，2024年底前另行制定合成生物产业发展实施细则，明确支持条件。');
    expect(found).toEqual([
      { kind: 'to-make', document: '另行制定合成生物产业发展实施细则', wording: '2024年底前另行制定合成生物产业发展实施细则', year: 2024 },
    ]);
  });
  it('finds funds to set up and named policies, in text order', () => {
    const found = promisedDocuments('依托“科创30条”，在区产业基金下设生物医药专项子基金；出台专项政策。');
    expect(found.map((d) => [d.kind, d.document])).toEqual([
      ['named', '“科创30条”'],
      ['fund', '下设生物医药专项子基金'],
      ['to-make', '出台专项政策'],
    ]);
  });
  it('finds a planned revision whose object comes first', () => {
    expect(promisedDocuments('启动产业扶持政策的修订。').map((d) => d.document)).toEqual(['启动产业扶持政策的修订']);
  });
  it('lists nothing for phrases that name no document', () => {
    for (const text of [
      '对首次应用的产品按照规定予以支持。',
      '符合条件的，按有关规定给予奖励。',
      '提升重大问题解决、重要政策制定等能力。',
      '加大政策支持力度，全面落实各类惠企政策。',
      '探索组建产业基金联盟，发挥“海聚英才”系列品牌效应。',
      '做大做强现有产业投资基金。',
    ]) {
      expect(promisedDocuments(text), text).toEqual([]);
    }
  });
  it('gives measures the same documents, then the channels that name none', () => {
    expect(followUps('研究制订专项政策，全面落实各类惠企政策。')).toEqual(['研究制订专项政策', '全面落实各类惠企政策']);
    expect(followUps('对产品按照规定予以支持。')).toEqual(['按照规定予以支持']);
  });
});

describe('heldPlan', () => {
  const plans = [
    { slug: 'city', fullTitle: '上海市加快合成生物创新策源 打造高端生物制造产业集群行动方案（2023—2025年）' },
    { slug: 'own', fullTitle: '某区行动计划' },
  ];
  it('matches a held plan whose title names the document, never the promising plan itself', () => {
    expect(heldPlan('出台打造高端生物制造产业集群行动方案', plans, 'own')).toEqual({ slug: 'city', title: plans[0]!.fullTitle });
    expect(heldPlan('出台打造高端生物制造产业集群行动方案', plans, 'city')).toBeNull();
  });
  it('does not match on a short or generic name', () => {
    expect(heldPlan('制定行动方案', plans, 'own')).toBeNull();
    expect(heldPlan('研究制订生物制造产业专项政策', plans, 'own')).toBeNull();
  });
});

describe('the ledger on the five seeds, against the hand-checked list', () => {
  it('the list itself names real clauses with their paths', () => {
    for (const [plan, items] of Object.entries(expected.documents))
      for (const item of items) expect(site.clause(plan, item.clause)?.path, `${plan} ${item.clause}`).toBe(item.path);
    for (const item of expected.negatives) expect(site.clause(item.plan, item.clause)?.text, `${item.plan} ${item.clause}`).toContain(item.wording);
  });

  it('recall and precision are at least 0.9', () => {
    const wanted = Object.entries(expected.documents).flatMap(([plan, items]) => items.map((item) => ({ plan, ...item })));
    const hit = (e: (typeof ledger)[number], w: (typeof wanted)[number]) => e.plan === w.plan && e.clause === w.clause && overlaps(e.document, w.wording);
    const recalled = wanted.filter((w) => ledger.some((e) => hit(e, w)));
    const correct = ledger.filter((e) => wanted.some((w) => hit(e, w)));
    const recall = recalled.length / wanted.length;
    const precision = correct.length / ledger.length;
    console.log(
      `follow-up: recall ${recalled.length}/${wanted.length} = ${recall.toFixed(3)}, precision ${correct.length}/${ledger.length} = ${precision.toFixed(3)}`,
    );
    const missed = wanted.filter((w) => !recalled.includes(w)).map((w) => `${w.plan} ${w.clause} ${w.wording}`);
    const wrong = ledger.filter((e) => !correct.includes(e)).map((e) => `${e.plan} ${e.clause} ${e.document}`);
    if (missed.length + wrong.length > 0) console.log({ missed, wrong });
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it('lists none of the phrases that name no document', () => {
    for (const item of expected.negatives) {
      const listed = ledger.filter(
        (e) => e.plan === item.plan && e.clause === item.clause && (e.document.includes(item.wording) || e.wording === item.wording),
      );
      expect(listed, `${item.plan} ${item.clause} ${item.wording}`).toEqual([]);
    }
  });

  it('takes 责任单位 from the clause only, and marks what the portal does not hold', () => {
    const policy = ledger.find((e) => e.document === '研究制订生物制造产业专项政策')!;
    expect(policy.agencies).toEqual(site.clause('2023-jinshan-biomanufacturing', 's7-2')!.agencies);
    expect(policy.agencies).toContain('区经委');
    // The city plan states no 责任单位: none is invented.
    expect(ledger.filter((e) => e.plan === '2023-shanghai-synbio').every((e) => e.agencies.length === 0)).toBe(true);
    // No follow-up document is one of the five held plans.
    expect(ledger.every((e) => e.held === null)).toBe(true);
    expect(ledger.every((e) => e.year !== null || e.period.length > 0)).toBe(true);
  });
});
