import { describe, expect, it } from 'vitest';
import { checkedFrontmatter, loadSite } from '../../src/model/index.ts';

describe('checkedFrontmatter', () => {
  const { doc } = loadSite().plans[0]!;

  it('gives the published frontmatter of a plan', () => {
    expect(checkedFrontmatter(doc).slug).toBe(doc.slug);
  });

  it('fails naming the page, its seed and the field when the frontmatter does not fit the schema', () => {
    expect(() => checkedFrontmatter({ ...doc, source: 'seeds/../../etc/passwd.txt' })).toThrow(
      `content/plans/${doc.slug}.mdx (from seeds/../../etc/passwd.txt): the frontmatter does not fit src/schemas/plan.ts — source.file: source.file must be a seed directly in seeds/ (seeds/<name>.txt)`,
    );
  });
});
