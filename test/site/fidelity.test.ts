/**
 * Fidelity of the built site to the seeds: every sentence of each seed (width-folded, white
 * space ignored, documented corrections applied) appears in the plan page's text, in order;
 * every heading of the seed is on the page with its number, its title and a level
 * consistent with its rank.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanFrontmatter } from '../../src/schemas/plan.ts';
import { fold, mainText, pageDocument, planFrontmatters, requireBuild, root } from './built-site.ts';

beforeAll(requireBuild);

const DROPPED = new Set(['page-number', 'separator-rule', 'stray-url']);

/**
 * The documented corrections that change more than white space or character width (those
 * two are folded away on both sides), applied the way the notes describe them. Each must
 * account for exactly the occurrences the notes list.
 */
const contentCorrections: Record<string, { pattern: RegExp; replacement: string }> = {
  'english-and': { pattern: /(?<=[\u4e00-\u9fff])and(?=[\u4e00-\u9fff])/gu, replacement: '和' },
  'bold-marker': { pattern: /\*\*([^*]+)\*\*/gu, replacement: '$1' },
};

/** The seed text a reader should find: raw lines, dropped lines removed, corrections applied. */
function expectedText(plan: PlanFrontmatter): string {
  const raw = readFileSync(join(root, plan.source.file), 'utf8').split(/\r\n|\n|\r/);
  const dropped = new Set(plan.corrections.filter((c) => DROPPED.has(c.kind)).map((c) => c.line));
  let text = fold(raw.filter((_, i) => !dropped.has(i + 1)).join(''));
  for (const [kind, { pattern, replacement }] of Object.entries(contentCorrections)) {
    const documented = plan.corrections.filter((c) => c.kind === kind).length;
    const found = text.match(pattern)?.length ?? 0;
    expect(found, `${plan.slug}: ${kind} corrections in the seed vs listed in the notes`).toBe(documented);
    text = text.replace(pattern, replacement);
  }
  return text;
}

function sentences(text: string): string[] {
  return (text.match(/[^。！？；!?;]+[。！？；!?;]?/gu) ?? []).filter((s) => s.length >= 2);
}

/** Rank of a printed heading number: 一、 → 1, （一） → 2, 1. → 3, （1） → 4. */
function rankOf(number: string): number {
  if (/^[一二三四五六七八九十]+、$/u.test(number)) return 1;
  if (/^[（(][一二三四五六七八九十]+[）)]$/u.test(number)) return 2;
  if (/^\d+[.、．]$/u.test(number)) return 3;
  if (/^[（(]\d+[）)]$/u.test(number)) return 4;
  return 0;
}

/** Headings found in the raw seed independently of the converter: lines that start with a number. */
function seedHeadings(plan: PlanFrontmatter): Array<{ rank: number; number: string }> {
  const raw = readFileSync(join(root, plan.source.file), 'utf8').split(/\r\n|\n|\r/);
  const marker = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[）)])/u;
  return raw
    .map((line) => line.trim().replace(/^\*\*/u, ''))
    .filter((line) => marker.test(line))
    .map((line) => marker.exec(line)![0])
    .map((number) => ({ rank: rankOf(number), number: number.normalize('NFKC') }));
}

describe.each(planFrontmatters().map((p) => [p.slug, p] as const))('%s', (slug, plan) => {
  const document = pageDocument(`plans/${slug}/`);
  const page = fold(mainText(document));

  it('shows every sentence of the seed, in order', () => {
    const all = sentences(expectedText(plan));
    expect(all.length).toBeGreaterThan(50);
    let cursor = 0;
    const missing: string[] = [];
    for (const sentence of all) {
      const at = page.indexOf(sentence, cursor);
      if (at < 0) missing.push(sentence.slice(0, 80));
      else cursor = at + sentence.length;
    }
    expect(missing, `sentences missing or out of order on /plans/${slug}/`).toEqual([]);
    // Nothing on the page that the seed does not hold (beyond the listed corrections).
    expect(page.length - cursor, 'text after the last sentence of the seed').toBeLessThan(5);
  });

  it('keeps every heading with its number and title, at the level of its rank', () => {
    const clauses = [...document.querySelectorAll('[data-clause-rank]')];
    expect(clauses.length).toBe(plan.outline.length);
    const seed = expectedText(plan);
    for (const element of clauses) {
      const rank = Number(element.getAttribute('data-clause-rank'));
      const number = element.querySelector('.clause-number')?.textContent ?? element.textContent ?? '';
      expect(rankOf(number.trim()), `${number} on /plans/${slug}/`).toBe(rank);
      if (/^H[2-5]$/u.test(element.tagName)) {
        expect(element.tagName).toBe(`H${rank + 1}`);
        expect(seed.includes(fold(element.textContent ?? '')), `heading “${element.textContent}” is not in the seed`).toBe(true);
      }
    }
    const onPage = clauses.map((e) => ({ rank: Number(e.getAttribute('data-clause-rank')), number: fold((e.querySelector('.clause-number') ?? e).textContent ?? '') }));
    expect(onPage).toEqual(seedHeadings(plan));
  });
});
