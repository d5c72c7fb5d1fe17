/**
 * The Astro configuration keeps the text exactly as in the seed (no smart quotes or dashes)
 * through the supported setting: the Markdown processor's features, which MDX inherits, not
 * the deprecated `markdown.smartypants` (Astro warns about it on every build).
 */
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';

describe('astro.config.mjs', () => {
  it('turns smart punctuation off on the processor and uses no deprecated Markdown option', () => {
    const markdown = config.markdown as Record<string, unknown> & { processor?: { name?: string; options?: { features?: Record<string, unknown> } } };
    expect(markdown.smartypants).toBeUndefined();
    expect(markdown.gfm).toBeUndefined();
    expect(markdown.processor?.name).toBe('satteri');
    expect(markdown.processor?.options?.features?.smartPunctuation).toBe(false);
  });
});
