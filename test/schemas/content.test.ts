/**
 * The content the site is built from validates against its schemas, and the editorial
 * summaries point only at clauses that exist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planFrontmatterSchema, publishedPlanSchema, summarySchema } from '../../src/schemas/plan.ts';

const root = new URL('../../', import.meta.url).pathname;
const plans = readdirSync(join(root, 'content/plans'))
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const frontmatter = (file: string) => parse(readFileSync(join(root, 'content/plans', file), 'utf8').split(/^---$/m)[1]!);

describe('plan frontmatter schema', () => {
  it.each(plans)('%s validates', (file) => {
    expect(planFrontmatterSchema.safeParse(frontmatter(file)).error).toBeUndefined();
  });

  it('rejects a page without outline, a bad date or an unknown correction kind', () => {
    const good = frontmatter(plans[0]!);
    expect(planFrontmatterSchema.safeParse({ ...good, outline: [] }).success).toBe(false);
    // Only a seed in seeds/ can ever be published as a page's original.
    expect(publishedPlanSchema.safeParse({ ...good, source: { ...good.source, file: '../../../../etc/passwd' } }).success).toBe(false);
    expect(publishedPlanSchema.safeParse({ ...good, source: { ...good.source, file: 'seeds/../../etc/passwd.txt' } }).success).toBe(false);
    expect(publishedPlanSchema.safeParse(good).success).toBe(true);
    expect(planFrontmatterSchema.safeParse({ ...good, dateSigned: '2023年12月26日' }).success).toBe(false);
    expect(planFrontmatterSchema.safeParse({ ...good, corrections: [{ kind: 'retyped', line: 1, before: 'a', after: 'b' }] }).success).toBe(false);
    expect(planFrontmatterSchema.safeParse({ ...good, slug: 'Not A Slug' }).success).toBe(false);
  });
});

describe('editorial summaries', () => {
  const summaries = readdirSync(join(root, 'content/summaries'))
    .filter((f) => f.endsWith('.yaml'))
    .sort();

  it('exist for every plan, and only for plans', () => {
    expect(summaries.map((f) => f.replace(/\.yaml$/, ''))).toEqual(plans.map((f) => f.replace(/\.mdx$/, '')));
  });

  it.each(summaries)('%s validates and links only to clauses of its plan', (file) => {
    const data = summarySchema.parse(parse(readFileSync(join(root, 'content/summaries', file), 'utf8')));
    expect(`${data.plan}.yaml`).toBe(file);
    const outline = new Set((frontmatter(`${data.plan}.mdx`).outline as Array<{ id: string }>).map((o) => o.id));
    const missing = data.points.flatMap((p) => p.clauses).filter((id) => !outline.has(id));
    expect(missing).toEqual([]);
  });

  it('rejects too few points and unknown id shapes', () => {
    const point = { text: '一个要点的文字', clauses: ['s1'] };
    expect(summarySchema.safeParse({ plan: 'x', shortTitle: '短名', lede: '这是一句说明文字用于测试。', points: [point, point, point, point] }).success).toBe(
      false,
    );
    expect(
      summarySchema.safeParse({ plan: 'x', shortTitle: '短名', lede: '这是一句说明文字用于测试。', points: Array(5).fill({ ...point, clauses: ['四、'] }) })
        .success,
    ).toBe(false);
  });
});
