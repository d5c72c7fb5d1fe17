/**
 * Property: whatever text a plan holds, including characters that mean something in MDX
 * (`<` `>` `{` `}` `*` `#` `|` `_` `` ` `` `[` `]` `\` `&` `!` `~` `-`), every character
 * the converter publishes comes out of the real Astro MDX renderer, and the converter
 * publishes the input unchanged unless it records a correction; invisible characters never
 * reach the MDX.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { inlineText } from '../../src/converter/inlines.ts';
import { convertSeed } from '../../src/converter/pipeline.ts';
import { mdxContainer } from '../helpers/mdx-container.ts';

const { renderMdx } = mdxContainer('property');

const alphabet = [
  ...'<>{}*#|_`[]()\\&!~-+=:;,.?/"\'@$%^',
  ...'合成生物产业园区责任单位行动方案',
  ...'，。、；：？！（）《》“”—',
  ...'abcXYZ0123456789',
  ' ',
  '\t',
  // Invisible characters: removed and listed, never published raw.
  '\u0000',
  '\u200b',
  '\u202e',
  '\ufeff',
];
const arbitraryText = fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 80 });
const compact = (s: string) => s.replace(/\s+/gu, '');

async function render(mdx: string): Promise<string> {
  const html = await renderMdx(mdx);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  // The permalink and copy button are controls, not text.
  for (const tools of document.querySelectorAll('.clause-tools')) tools.remove();
  return document.body.textContent ?? '';
}

describe('property: text survives conversion and rendering', () => {
  it('every published character is rendered, and changes are always recorded', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryText, arbitraryText, async (body, heading) => {
        const seed = `测试方案\n\n为测试，制定本方案。\n\n一、${heading.replace(/^[\s、]+/u, '甲')}\n\n正文：${body}。\n`;
        const { doc, mdx } = convertSeed('seeds/property.txt', new TextEncoder().encode(seed));
        const clause = doc.clauses[0]!;
        const published = compact(`${clause.number}${clause.title}${clause.titleEnd}${clause.blocks.map((b) => inlineText(b.inlines)).join('')}`);
        const rendered = compact(await render(mdx));
        expect(rendered).toContain(published);
        expect(mdx).not.toMatch(/[\u0000\u200b\u202e\ufeff]/u);
        if (doc.corrections.length === 0) expect(published).toBe(compact(`一、${heading.replace(/^[\s、]+/u, '甲')}正文：${body}。`));
        else {
          for (const c of doc.corrections) {
            // An invisible character is removed from the raw line, before the inline rules
            // (listed on their own) run: its snippet shows the code point it took out.
            if (c.kind === 'invisible-character') expect(c.before).toMatch(/⟨U\+[0-9A-F]{4}⟩/u);
            else expect(published + compact(doc.title)).toContain(compact(c.after));
          }
        }
      }),
      { numRuns: 200, seed: 20261122 },
    );
  });
});
