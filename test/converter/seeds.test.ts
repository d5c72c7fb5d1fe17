/**
 * The real seeds: byte-identical to the originals (their sums written out), converted as committed, and
 * recognised with the facts a reader can check against the documents.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSeeds } from '../../src/model/seeds.ts';
import { convertAll } from '../../src/converter/pipeline.ts';
import { flattenClauses } from '../../src/converter/recognise-structure.ts';
import type { PlanDocument } from '../../src/converter/types.ts';

const root = new URL('../../', import.meta.url).pathname;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const sums = (text: string) =>
  new Map(
    text
      .trim()
      .split('\n')
      .map((l) => [l.slice(66).trim(), l.slice(0, 64)]),
  );

describe('seeds', () => {
  const listed = sums(readFileSync(join(root, 'seeds/SHA256SUMS'), 'utf8'));

  it('are exactly the files listed in seeds/SHA256SUMS, with those sums', () => {
    const files = readdirSync(join(root, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(files).toEqual([...listed.keys()].sort());
    for (const file of files) expect(sha256(readFileSync(join(root, 'seeds', file))), file).toBe(listed.get(file));
  });

  // The SHA-256 of the five originals as they were handed over (shared/seeds/SHA256SUMS), written
  // out so the check needs nothing outside the repository.
  it('are byte-identical copies of the originals', () => {
    expect(new Set(listed.values())).toEqual(
      new Set([
        'f59db5d4dd6fc4c1af55c45a6c198a5c181be5b6e8b16e9fa97413eca1dbcf37',
        'a307f2ab2f25e2715e45721297c504cf443cd4493ac4dd556aa717873470d13c',
        '0783b53250f45fc1387443700b9a4b47f9132670fe4cc0c260327540349ed903',
        '1c4a3d7324bb3043aef23ce2373b34f764ddf3009c1f1a997aa6fda2171f4bbe',
        'b8b3e3929d57ec7c6a9d97577168ea0fc1f436358ddaacf15135f7abcfa668d3',
      ]),
    );
  });
});

describe('conversion of the real seeds', () => {
  const results = convertAll(listSeeds(root));
  const bySlug = new Map(results.map((r) => [r.doc.slug, r.doc]));
  const doc = (slug: string): PlanDocument => bySlug.get(slug)!;

  it('matches the committed content/plans exactly (run `npm run convert` after changing the converter)', () => {
    const committed = readdirSync(join(root, 'content/plans')).sort();
    const expected = [
      '2023-baoshan-synbio.mdx',
      '2023-jinshan-biomanufacturing.mdx',
      '2023-shanghai-synbio.mdx',
      '2024-baoshan-biomedicine-draft.mdx',
      '2025-zhangjiang-baoshan-park.mdx',
    ];
    expect(committed).toEqual(expected);
    expect(results.map((r) => `${r.doc.slug}.mdx`).sort()).toEqual(expected);
    for (const { doc: d, mdx } of results) {
      expect(mdx, `content/plans/${d.slug}.mdx is stale`).toBe(readFileSync(join(root, 'content/plans', `${d.slug}.mdx`), 'utf8'));
    }
  });

  it('is deterministic', () => {
    const again = convertAll(listSeeds(root));
    expect(again.map((r) => r.mdx)).toEqual(results.map((r) => r.mdx));
  });

  it.each([
    ['2023-shanghai-synbio', 19],
    ['2023-baoshan-synbio', 41],
    ['2023-jinshan-biomanufacturing', 21],
    ['2024-baoshan-biomedicine-draft', 38],
    ['2025-zhangjiang-baoshan-park', 31],
  ])('%s has all %i headings', (slug, count) => {
    expect(flattenClauses(doc(slug).clauses)).toHaveLength(count);
  });

  it('warns only where a reader should check something', () => {
    expect(results.filter((r) => r.doc.warnings.length > 0).map((r) => r.doc.slug)).toEqual(['2023-jinshan-biomanufacturing']);
  });

  it('reads the city plan’s notice and closing', () => {
    const d = doc('2023-shanghai-synbio');
    expect(d.notice).toMatchObject({
      letterhead: '上海市人民政府办公厅文件',
      docNumber: '沪府办发〔2023〕18号',
      date: '2023-09-25',
      remarks: ['（此件公开发布）'],
    });
    expect(d.title).toBe('上海市加快合成生物创新策源 打造高端生物制造产业集群行动方案（2023—2025年）');
    expect(d.period).toEqual({ start: 2023, end: 2025, text: '2023—2025年' });
    expect(d.closing).toMatchObject({ printedBy: '上海市人民政府办公厅', printedDate: '2023-09-27' });
    expect(d.corrections.filter((c) => c.kind === 'english-and')).toHaveLength(3);
    expect(d.corrections.filter((c) => c.kind === 'title-spacing').map((c) => c.line)).toEqual([7, 17]);
  });

  it('reads the Baoshan plan’s notice, dates and agencies', () => {
    const d = doc('2023-baoshan-synbio');
    expect(d.notice).toMatchObject({ docNumber: '宝府办〔2023〕45号', date: '2023-12-26', addressees: '各镇人民政府，各街道办事处，区政府各委、办、局：' });
    expect(d.closing).toMatchObject({ printedBy: '上海市宝山区人民政府办公室', printedDate: '2023-12-29' });
    const fund = flattenClauses(d.clauses).find((c) => c.id === 's4-5-11-3')!;
    expect(fund.agencies).toEqual(['区国资委', '区发展改革委（区金融服务办）', '各街镇（园区）']);
    expect(flattenClauses(d.clauses).find((c) => c.id === 's4-3')!.title).toBe('推进合成生物载体空间建设');
  });

  it('reads the Jinshan opinion as forwarded, drafted by 区经委 with its own date', () => {
    const d = doc('2023-jinshan-biomanufacturing');
    expect(d.notice).toMatchObject({ docNumber: '金府办发〔2023〕22号', signer: '上海市金山区人民政府办公室', date: '2023-10-11' });
    expect(d.closing.drafter).toMatchObject({ agency: '上海市金山区经济委员会', date: '2023-09-12' });
    expect(d.closing).toMatchObject({ printedBy: '金山区人民政府办公室', printedDate: '2023-10-12' });
    expect(d.period).toBeUndefined();
    expect(d.warnings).toEqual([{ line: 28, message: '标题未载明规划期：状态按“未载明规划期”计为实施中，目标年份见正文。' }]);
    expect(d.corrections.filter((c) => c.kind === 'page-number' || c.kind === 'separator-rule')).toHaveLength(2);
  });

  it('reads the biomedicine draft as a 送审稿 without a notice', () => {
    const d = doc('2024-baoshan-biomedicine-draft');
    expect(d.notice).toBeUndefined();
    expect(d.draft).toBe(true);
    expect(d.titleMarks).toEqual(['（送审稿）']);
    expect(d.period).toEqual({ start: 2024, end: 2026, text: '2024-2026年' });
    expect(d.corrections.filter((c) => c.kind === 'stray-url')).toHaveLength(1);
  });

  it('reads the Zhangjiang Baoshan park plan as forwarded, drafted by 区科委', () => {
    const d = doc('2025-zhangjiang-baoshan-park');
    expect(d.notice).toMatchObject({ docNumber: '宝府办〔2025〕6号', date: '2025-03-27' });
    expect(d.closing.drafter).toMatchObject({ agency: '上海市宝山区科学技术委员会', date: '2025-03-13' });
    expect(d.closing.printedDate).toBeUndefined();
    expect(d.corrections.filter((c) => c.kind === 'bold-marker')).toHaveLength(7);
    expect(d.corrections.filter((c) => c.kind === 'english-and')).toHaveLength(1);
  });

  it('keeps both wordings of the Zhangjiang title: the plan’s own as the title, the notice’s as a note', () => {
    const d = doc('2025-zhangjiang-baoshan-park');
    expect(d.title).toBe('张江高新区宝山园改革创新发展的行动方案（2025—2026年）');
    expect(d.titleInNotice).toEqual({ text: '张江高新区宝山园改革创新发展行动方案（2025—2026年）', line: 7 });
    expect(d.corrections.filter((c) => c.kind === 'title-spacing').map((c) => c.after)).not.toContain(d.titleInNotice!.text);
    const others = results.map((r) => r.doc).filter((p) => p.slug !== '2025-zhangjiang-baoshan-park');
    expect(others.filter((p) => p.titleInNotice).map((p) => p.slug)).toEqual([]);
  });

  it('lists a spaced number once: 13 digit-spacing corrections in the city plan', () => {
    const d = doc('2023-shanghai-synbio');
    expect(d.corrections.filter((c) => c.kind === 'digit-spacing').map((c) => c.line)).toEqual([17, 25, 25, 25, 25, 27, 27, 27, 27, 27, 27, 27, 29]);
  });
});
