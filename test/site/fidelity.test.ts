/**
 * Fidelity of the built site to the seeds: every sentence of each seed (width-folded, white
 * space ignored, documented corrections applied) appears in the plan page's text, in order;
 * every heading of the seed is on the page with its number, its title and a level
 * consistent with its rank.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buttonCitation } from '../../src/client/copy-cite.ts';
import { DROPPED_LINE_KINDS } from '../../src/converter/clean-lines.ts';
import { clausePath } from '../../src/model/citation.ts';
import type { PlanFrontmatter } from '../../src/schemas/plan.ts';
import { fold, mainText, pageDocument, planFrontmatters, requireBuild, root } from './built-site.ts';

beforeAll(requireBuild);

const DROPPED: ReadonlySet<string> = DROPPED_LINE_KINDS;
/** Kinds that change only white space or character width: `fold` evens them out on both sides. */
const FOLDED = new Set(['digit-spacing', 'half-width-punctuation', 'space-after-punctuation', 'title-spacing']);
/** Invisible characters the converter removes and lists (`invisible-character`). */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\u2028\u2029]+/gu;

/**
 * The documented corrections that change more than white space or character width (those
 * two are folded away on both sides), applied the way the notes describe them. Each must
 * account for exactly the occurrences the notes list.
 */
const contentCorrections: Record<string, { pattern: RegExp; replacement: string }> = {
  'english-and': { pattern: /(?<=[\u4e00-\u9fff])and(?=[\u4e00-\u9fff])/gu, replacement: '和' },
  'bold-marker': { pattern: /\*\*([^*]+)\*\*/gu, replacement: '$1' },
};

/** Every kind this test knows how to account for; a correction of any other kind fails it. */
const KNOWN = new Set([...DROPPED, ...FOLDED, 'invisible-character', ...Object.keys(contentCorrections)]);

/** The seed text a reader should find: raw lines, dropped lines removed, corrections applied. */
function expectedText(plan: PlanFrontmatter): string {
  const unknown = plan.corrections.filter((c) => !KNOWN.has(c.kind)).map((c) => c.kind);
  expect(unknown, `${plan.slug}: correction kinds this test cannot check — teach it what they change`).toEqual([]);
  let raw = readFileSync(join(root, plan.source.file), 'utf8')
    .replace(/^\ufeff/u, '')
    .split(/\r\n|\n|\r/);
  const dropped = new Set(plan.corrections.filter((c) => DROPPED.has(c.kind)).map((c) => c.line));
  raw = raw.filter((_, i) => !dropped.has(i + 1));
  // Removed before folding: NFKC and white-space folding would hide some of them.
  const invisible = raw.join('\n').match(INVISIBLE)?.length ?? 0;
  expect(invisible, `${plan.slug}: invisible-character corrections in the seed vs listed in the notes`).toBe(
    plan.corrections.filter((c) => c.kind === 'invisible-character').length,
  );
  let text = fold(raw.join('').replace(INVISIBLE, ''));
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

const MARKER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[）)])/u;

/**
 * Headings found in the raw seed independently of the converter: lines that start with a
 * number. `title` is what the line itself shows as the heading's title — the text after the
 * number up to the first 。, or the whole rest of a line without one — when that text is
 * plainly a title (no comma, semicolon or colon in it); '' when the line cannot tell.
 */
export function scanHeadings(seed: string): Array<{ rank: number; number: string; line: number; title: string }> {
  return seed
    .split(/\r\n|\n|\r/)
    .map((text, i) => ({ line: i + 1, text: text.trim().replace(/^\*\*/u, '') }))
    .filter(({ text }) => MARKER.test(text))
    .map(({ line, text }) => {
      const number = MARKER.exec(text)![0];
      const first = text.slice(number.length).split('。')[0]!.replace(/\*\*/gu, '').trim();
      const title = /[，,；;：:！!？?]/u.test(first) ? '' : first;
      return { rank: rankOf(number), number: number.normalize('NFKC'), line, title };
    });
}

function seedHeadings(plan: PlanFrontmatter): Array<{ rank: number; number: string }> {
  return scanHeadings(readFileSync(join(root, plan.source.file), 'utf8')).map(({ rank, number }) => ({ rank, number }));
}

/**
 * Headings of the seed whose title did not stay a title on the page: the page heading (in
 * document order, paired with the scan) must begin with the number and the title the seed
 * line shows (in a hard-wrapped seed a long title may go on to the next line). A heading
 * merged into its paragraph keeps its number but loses its title, and is reported here.
 */
export function lostHeadingTitles(seed: string, page: Element[]): string[] {
  const scanned = scanHeadings(seed);
  return scanned.flatMap((heading, i) => {
    if (heading.title === '') return [];
    const element = page[i];
    const onPage = element ? fold(headingText(element)) : '';
    let expected = fold(`${heading.number}${heading.title}`);
    for (const { pattern, replacement } of Object.values(contentCorrections)) expected = expected.replace(pattern, replacement);
    return onPage.startsWith(expected) ? [] : [`line ${heading.line}: ${heading.number}${heading.title} (page: ${onPage || 'nothing'})`];
  });
}

/** A clause heading as read: its number and title, without the permalink controls. */
function headingText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const tools of copy.querySelectorAll('.clause-tools, .related-clauses')) tools.remove();
  return copy.textContent ?? '';
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
    const onPage = clauses.map((e) => ({
      rank: Number(e.getAttribute('data-clause-rank')),
      number: fold((e.querySelector('.clause-number') ?? e).textContent ?? ''),
    }));
    expect(onPage).toEqual(seedHeadings(plan));
  });

  it('keeps every heading of the seed a heading, with the title its line shows', () => {
    const seed = readFileSync(join(root, plan.source.file), 'utf8');
    const clauses = [...document.querySelectorAll('[data-clause-rank]')];
    expect(scanHeadings(seed).filter((h) => h.title !== '').length, 'headings with a plain title in the seed').toBeGreaterThan(10);
    expect(lostHeadingTitles(seed, clauses), `headings merged into their paragraph on /plans/${slug}/`).toEqual([]);
  });

  it('publishes no invisible or control character in the page', () => {
    const html = readFileSync(join(root, 'dist/plans', slug, 'index.html'), 'utf8');
    expect(html.match(INVISIBLE) ?? []).toEqual([]);
  });

  it('lists every correction under 文本说明, each kind under its own group', () => {
    const groups = [...document.querySelectorAll('.text-notes details[data-correction-kind]')];
    const listed = groups.flatMap((g) => [...g.querySelectorAll('li')].map(() => g.getAttribute('data-correction-kind')));
    expect(listed.length).toBe(plan.corrections.length);
    expect([...new Set(listed)].sort()).toEqual([...new Set(plan.corrections.map((c) => c.kind))].sort());
  });

  it('cites the plan by the title printed over it', () => {
    // Each clause's buttons carry only the clause; the copy script fills the page's templates with it.
    const cites = [...document.querySelectorAll<HTMLElement>('.clause-tools button.copy-cite--short')].map((b) => buttonCitation(b).cite ?? '');
    expect(cites.length).toBe(plan.outline.length);
    for (const cite of cites) expect(cite.startsWith(`《${plan.title}》`), cite).toBe(true);
    // GB/T 7714 names the document as the reader meets it: the issuing notice's title when there is one.
    const entries = [...document.querySelectorAll<HTMLElement>('.clause-tools button.copy-cite:not(.copy-cite--short)')].map((b) => buttonCitation(b));
    expect(entries.length).toBe(plan.outline.length);
    for (const [i, { cite = '', href }] of entries.entries()) {
      expect(cite, cite).toContain(plan.noticeTitle ?? plan.title);
      // The clause's path and its own link, in the slots of the template.
      expect(cite, cite).toContain(clausePath(plan.outline, plan.outline[i]!.id));
      expect(cite.endsWith(`${href}.`) && href === `/plans/${plan.slug}/#${plan.outline[i]!.id}`, cite).toBe(true);
    }
  });
});

describe('the heading check itself', () => {
  it('reports a heading merged into the paragraph after it (title empty, text run together)', () => {
    const plan = planFrontmatters().find((p) => p.slug === '2025-zhangjiang-baoshan-park')!;
    const seed = readFileSync(join(root, plan.source.file), 'utf8');
    const document = pageDocument(`plans/${plan.slug}/`);
    const clauses = [...document.querySelectorAll('[data-clause-rank]')];
    expect(lostHeadingTitles(seed, clauses)).toEqual([]);
    // Make （一）加快“有力度”的体制机制改革 what a merge makes of it: the number alone, its
    // title run into the paragraph that follows.
    const heading = clauses.find((e) => e.id === 's2-1')!;
    const title = heading.lastChild!;
    heading.nextElementSibling?.after(document.createTextNode(title.textContent ?? ''));
    title.remove();
    expect(lostHeadingTitles(seed, clauses)).toEqual([expect.stringMatching(/^line \d+: \(一\)加快“有力度”的体制机制改革 \(page: \(一\)\)$/u)]);
  });
});
