/**
 * Plan pages render the model's document tree (Tree.astro) instead of compiling each plan's MDX:
 * the HTML must be exactly what Astro's MDX renderer gives for the committed MDX — for the five
 * plans and for arbitrary text (MDX's special characters included).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Tree from '../../src/components/document/Tree.astro';
import { toMdast } from '../../src/converter/to-mdast.ts';
import { convertSeed } from '../../src/converter/pipeline.ts';
import type { PlanDocument } from '../../src/converter/types.ts';
import { loadSite } from '../../src/model/index.ts';
import { mdxContainer } from '../helpers/mdx-container.ts';

const { container, renderMdx: fromMdx } = mdxContainer('document-tree');

const fromTree = (doc: PlanDocument) => container().renderToString(Tree, { props: { nodes: toMdast(doc).children, between: '\n' } });

describe('a plan body from the document tree', () => {
  it.each(loadSite().plans.map((p) => [p.slug, p] as const))('%s: the same HTML as its MDX', async (_slug, plan) => {
    const { doc } = plan;
    const mdx = convertSeed(doc.source, plan.bytes).mdx;
    const html = await fromTree(doc);
    expect(html).toBe(await fromMdx(mdx));
    expect(html).toContain(`id="${plan.clauses[0]!.clause.id}"`);
  });

  // The golden fixtures hold every kind of node the converter writes (信息公开 fields, tables,
  // attachment lists, 章/条, repeated numbers), which the five plans do not.
  const fixtures = new URL('../fixtures/', import.meta.url).pathname;
  const cases = readdirSync(fixtures).filter((name) => existsSync(join(fixtures, name, 'input.txt')));
  it.each(cases)('fixture %s: the same HTML as its MDX', async (name) => {
    const { doc, mdx } = convertSeed(`test/fixtures/${name}/input.txt`, readFileSync(join(fixtures, name, 'input.txt')));
    expect(await fromTree(doc)).toBe(await fromMdx(mdx));
  });

  it('the same HTML as the MDX for arbitrary text', async () => {
    const alphabet = [...'<>{}*#|_`[]()\\&!~-+=:;,.?/"\'@$%^', ...'合成生物责任单位区科委', ...'，。、；：（）“”—', ...'abc019', ' '];
    const text = fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 60 });
    await fc.assert(
      fc.asyncProperty(text, text, async (body, heading) => {
        const seed = `测试方案\n\n为测试，制定本方案。\n\n一、${heading.replace(/^[\s、]+/u, '甲')}\n\n正文：${body}。（责任单位：区科委）\n\n——${body}\n\n（一）${heading}。${body}\n`;
        const { doc, mdx } = convertSeed('seeds/tree.txt', new TextEncoder().encode(seed));
        expect(await fromTree(doc)).toBe(await fromMdx(mdx));
      }),
      { numRuns: 100, seed: 20261201 },
    );
  });

  it('refuses a node the document tree never has', async () => {
    await expect(container().renderToString(Tree, { props: { nodes: [{ type: 'thematicBreak' }] } })).rejects.toThrow(/thematicBreak node/u);
  });
});
