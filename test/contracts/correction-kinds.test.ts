/**
 * The one list of correction kinds: each kind is described to readers, every rule of the
 * converter records a listed kind, and a correction of any other kind is rejected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { droppedLineRules } from '../../src/converter/clean-lines.ts';
import { correctionKindInfo, correctionKinds, isCorrectionKind } from '../../src/contracts/correction-kinds.ts';
import { inlineRules } from '../../src/converter/fix-inline.ts';
import { correctionSchema } from '../../src/schemas/plan.ts';

const root = new URL('../../', import.meta.url).pathname;

describe('correction kinds', () => {
  it('are exactly these, in the order the page lists them (add a new kind here on purpose)', () => {
    expect(correctionKinds).toEqual([
      'page-number',
      'separator-rule',
      'stray-url',
      'running-header',
      'web-chrome',
      'invisible-character',
      'bold-marker',
      'english-and',
      'digit-spacing',
      'half-width-punctuation',
      'space-after-punctuation',
      'title-spacing',
    ]);
  });

  it.each(Object.entries(correctionKindInfo))('%s has a Chinese label and a one-line explanation', (_kind, info) => {
    expect(info.label).toMatch(/[\u4e00-\u9fff]/u);
    expect(info.explanation).toMatch(/[\u4e00-\u9fff]/u);
    expect(info.explanation).not.toContain('\n');
  });

  it('cover every rule of the converter', () => {
    for (const rule of [...droppedLineRules, ...inlineRules]) expect(isCorrectionKind(rule.kind), rule.kind).toBe(true);
  });

  it('are the only kinds the frontmatter accepts', () => {
    expect(correctionSchema.safeParse({ kind: 'digit-spacing', line: 1, before: '到 2025', after: '到2025' }).success).toBe(true);
    expect(correctionSchema.safeParse({ kind: 'smart-quotes', line: 1, before: '"', after: '“' }).success).toBe(false);
  });

  it('include the kind of every correction in the committed plans', () => {
    const dir = join(root, 'content/plans');
    for (const file of readdirSync(dir)) {
      const frontmatter = parse(readFileSync(join(dir, file), 'utf8').split(/^---$/mu)[1]!) as { corrections: Array<{ kind: string }> };
      for (const { kind } of frontmatter.corrections) expect(isCorrectionKind(kind), `${file}: ${kind}`).toBe(true);
    }
  });
});
