/**
 * Citations read from each seed equal the hand-checked list; documents cited by two plans
 * are one node; a 文号 appears only where a text prints it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/model/index.ts';
import { extractCitations } from '../../src/lineage/extract.ts';
import { computeLineage } from '../../src/lineage/model.ts';

const expected = JSON.parse(readFileSync(new URL('./expected/citations.json', import.meta.url), 'utf8')) as {
  citations: Record<string, Array<{ clause: string | null; title: string; docNumber: string | null }>>;
  citedBy: Record<string, string[]>;
  levels: Record<string, string>;
};
const plans = () => loadSite().plans.map(({ doc, frontmatter }) => ({ slug: doc.slug, doc, level: frontmatter.level }));

describe('extractCitations', () => {
  for (const { doc } of loadSite().plans) {
    it(`${doc.slug}: the hand-checked citations`, () => {
      expect(extractCitations(doc).map(({ clause, title, docNumber }) => ({ clause, title, docNumber }))).toEqual(expected.citations[doc.slug]);
    });
  }
});

describe('computeLineage', () => {
  const lineage = computeLineage(plans());

  it('gives each plan its cites and citedBy', () => {
    for (const [slug, { citedBy }] of lineage.byPlan) expect(citedBy.map((c) => c.plan)).toEqual(expected.citedBy[slug]);
  });

  it('merges a document cited through its notice and by its own title, and keeps the notice 文号', () => {
    const future = lineage.documents.filter((d) => d.title.includes('未来产业集群行动方案'));
    expect(future).toHaveLength(1);
    expect(future[0]).toMatchObject({ docNumber: '沪府发〔2022〕11号', docNumberFrom: '2023-baoshan-synbio' });
    expect(future[0]!.docNumberOf).toContain('关于印发');
    expect(
      lineage.citations
        .filter((c) => c.document === future[0]!.key)
        .map((c) => c.plan)
        .sort(),
    ).toEqual(['2023-baoshan-synbio', '2023-jinshan-biomanufacturing']);
  });

  it('links the city plan as a portal plan and levels every document', () => {
    expect(lineage.documents).toHaveLength(7);
    for (const d of lineage.documents) expect(d.level).toBe(expected.levels[d.title]);
    expect(lineage.documents.find((d) => d.plan)?.plan).toBe('2023-shanghai-synbio');
  });

  it('never gives a 文号 the texts do not print', () => {
    const printed = new Set(
      Object.values(expected.citations)
        .flat()
        .map((c) => c.docNumber)
        .filter(Boolean),
    );
    printed.add('沪府办发〔2023〕18号');
    for (const d of lineage.documents) if (d.docNumber) expect(printed.has(d.docNumber)).toBe(true);
  });

  it('resolves citations to the first of several copies of a plan, in one pass', () => {
    const base = plans();
    const copies = base.flatMap((p) => [p, { ...p, slug: `copy-of-${p.slug}`, doc: { ...p.doc, slug: `copy-of-${p.slug}` } }]);
    const withCopies = computeLineage(copies);
    // The copies of the Baoshan plan cite the original city plan, not its copy (first in site order).
    expect(withCopies.byPlan.get('2023-shanghai-synbio')!.citedBy.map((c) => c.plan)).toEqual(['2023-baoshan-synbio', 'copy-of-2023-baoshan-synbio']);
    expect(withCopies.byPlan.get('copy-of-2023-shanghai-synbio')!.citedBy).toEqual([]);
    expect(withCopies.documents).toHaveLength(7);
  });
});
