/** The GB/T 7714-2015 entry and the reference-manager forms, on the real plans' metadata. */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/model/index.ts';
import { bibtexReference, citationMeta, gbtReference, planReference, risReference } from '../../src/model/reference.ts';

const site = loadSite();
const plan = (slug: string) => site.plans.find((p) => p.slug === slug)!;
const url = (slug: string) => `https://example.org/plans/${slug}/`;

describe('gbtReference', () => {
  it('cites an issued plan by its issuing office, the notice’s title and 文号, [A/OL], 成文日期 and 引用日期', () => {
    const ref = planReference(plan('2023-shanghai-synbio'), url('2023-shanghai-synbio'));
    expect(gbtReference(ref, '2026-12-02')).toBe(
      '上海市人民政府办公厅. 上海市人民政府办公厅关于印发《上海市加快合成生物创新策源 打造高端生物制造产业集群行动方案（2023—2025年）》的通知: 沪府办发〔2023〕18号[A/OL]. (2023-09-25)[2026-12-02]. https://example.org/plans/2023-shanghai-synbio/.',
    );
  });

  it('adds the clause path and title, inner quotes as ‘’, and the clause’s URL', () => {
    const ref = planReference(plan('2023-baoshan-synbio'), url('2023-baoshan-synbio'));
    const entry = gbtReference(ref, '2026-12-02', 's4-5-11', `${url('2023-baoshan-synbio')}#s4-5-11`);
    expect(entry).toMatch(
      /: 宝府办〔2023〕45号, 四、（五）11\.“[^“”]+”\[A\/OL\]\. \(2023-12-26\)\[2026-12-02\]\. https:\/\/example\.org\/plans\/2023-baoshan-synbio\/#s4-5-11\.$/u,
    );
    const nested = gbtReference(planReference(plan('2025-zhangjiang-baoshan-park'), url('x')), '2026-12-02', 's2-1-3');
    expect(nested).toContain('二、（一）3.“深化‘先投后股’支持模式”[A/OL]');
  });

  it('invents no author or date for an unsigned draft, and marks it [Z/OL]', () => {
    const ref = planReference(plan('2024-baoshan-biomedicine-draft'), url('2024-baoshan-biomedicine-draft'));
    expect(gbtReference(ref, '2026-12-02')).toBe(
      '宝山区促进生物医药产业高质量发展行动方案（2024-2026年）（送审稿）[Z/OL]. [2026-12-02]. https://example.org/plans/2024-baoshan-biomedicine-draft/.',
    );
    expect(risReference(ref, '2026-12-02')).not.toContain('AU  -');
    expect(bibtexReference(ref, '2026-12-02')).not.toContain('author');
    expect(citationMeta(ref).map((t) => t.name)).not.toContain('citation_author');
  });
});
