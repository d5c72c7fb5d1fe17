/**
 * Stage 4 — recognise the plan's structure: headings of four ranks, standalone or run-in
 * (the first sentence of a paragraph), `——` bullets, leads and `（责任单位：…）`, and build
 * the clause tree. Numbering that skips or repeats is an error: it usually means a heading
 * was lost on the way.
 */
import { ConversionError } from './errors.ts';
import { inlineText, parseInlines } from './inlines.ts';
import { formatNumber, readHeadingMarker, type HeadingMarker } from './numbering.ts';
import type { Block, Clause, Inline, Paragraph, PlanPart } from './types.ts';
import { visualWidth } from './width.ts';

export interface Structure {
  preamble: Block[];
  clauses: Clause[];
}

/** Part of the plan named by a rank-1 or rank-2 heading; checked in this order. */
const partsByTitle: ReadonlyArray<[PlanPart, RegExp]> = [
  ['保障措施', /保障/u],
  ['任务', /任务|部署/u],
  ['目标', /目标/u],
  ['布局', /布局|格局/u],
  ['重点领域', /重点|聚焦|领域/u],
];

function partOf(title: string, level: number, parent: PlanPart | undefined): PlanPart {
  if (level <= 2) for (const [part, pattern] of partsByTitle) if (pattern.test(title)) return part;
  return parent ?? '总体';
}

/** Splits a heading paragraph into its title and the body text that runs on after it. */
export function splitHeading(rest: string): { title: string; titleEnd: string; inline: boolean; body: string } {
  const stop = rest.indexOf('。');
  const noBody = stop < 0 || stop === rest.length - 1;
  if (noBody) {
    // A heading line of its own: `（一）指导思想`, `8、加快推进…平台落地。`
    if (rest.replace(/。$/u, '').trim() !== '' && visualWidth(rest) <= 80 && !/[；;]/u.test(rest)) {
      return { title: rest.replace(/。$/u, ''), titleEnd: rest.endsWith('。') ? '。' : '', inline: false, body: '' };
    }
    return { title: '', titleEnd: '', inline: false, body: rest };
  }
  const first = rest.slice(0, stop);
  if (first.trim() !== '' && visualWidth(first) <= 60 && !/[，,；;]/u.test(first)) {
    return { title: first, titleEnd: '。', inline: true, body: rest.slice(stop + 1) };
  }
  // A numbered item whose first sentence is the whole point: no title of its own.
  return { title: '', titleEnd: '', inline: false, body: rest };
}

function blockFrom(paragraph: Paragraph, text: string): Block {
  if (text.startsWith('——')) {
    return { kind: 'bullet', inlines: [{ kind: 'text', text: '——' }, ...parseInlines(text.slice(2))], lines: paragraph.lines };
  }
  return { kind: 'paragraph', inlines: parseInlines(text), lines: paragraph.lines };
}

function isDutyOnly(inlines: Inline[]): boolean {
  return inlines.length === 1 && inlines[0]!.kind === 'duty';
}

export function recogniseStructure(file: string, body: Paragraph[]): Structure {
  const preamble: Block[] = [];
  const clauses: Clause[] = [];
  /** The open clause at each rank (index 0 = rank 1). */
  const open: (Clause | undefined)[] = [undefined, undefined, undefined, undefined];
  /** Last rank-3 number in the whole plan: some plans number 1. 2. 3. straight through. */
  let lastRank3 = 0;

  const fail = (p: Paragraph, message: string, hint: string): never => {
    throw new ConversionError({ file, line: p.lines[0], message, hint, sourceLine: p.text.slice(0, 60) });
  };

  const checkNumbering = (p: Paragraph, marker: HeadingMarker, previous: Clause | undefined) => {
    const expected = previous ? previous.ordinal + 1 : 1;
    if (marker.ordinal === expected) return;
    if (marker.level === 3 && !previous && marker.ordinal === lastRank3 + 1) return;
    const before = previous ? `${previous.number} then ` : '';
    const joined = joinedHeading(body, marker.level, expected);
    if (joined) {
      throw new ConversionError({
        file,
        line: joined.line,
        message: `heading ${formatNumber(marker.level, expected)} on line ${joined.line} was run into the paragraph above it (from line ${joined.paragraph.lines[0]}): the numbering found ${marker.number} on line ${p.lines[0]} where ${formatNumber(marker.level, expected)} was expected`,
        hint: 'the line before the heading reads as running on (full width, no sentence end): check that line in the seed for a lost closing mark or a line break the extraction removed.',
        sourceLine: joined.paragraph.text.slice(joined.offset, joined.offset + 60),
      });
    }
    fail(
      p,
      `heading numbering skips or repeats: ${before}${marker.number} (expected ${formatNumber(marker.level, expected)})`,
      'check the seed for a heading lost in extraction (often merged into the paragraph before it) or a misnumbered heading in the source.',
    );
  };

  for (const paragraph of body) {
    const marker = readHeadingMarker(paragraph.text);
    if (marker) {
      const level = marker.level;
      const parent = open
        .slice(0, level - 1)
        .reverse()
        .find(Boolean);
      const siblings = parent ? parent.children : clauses;
      const previous = siblings.at(-1);
      checkNumbering(paragraph, marker, previous?.level === level ? previous : undefined);
      if (level === 3) lastRank3 = marker.ordinal;
      const path = open.slice(0, level - 1).map((c) => c?.ordinal ?? 0);
      const heading = splitHeading(paragraph.text.slice(marker.length));
      const clause: Clause = {
        id: `s${[...path, marker.ordinal].join('-')}`,
        level,
        number: marker.number,
        ordinal: marker.ordinal,
        title: heading.title,
        titleEnd: heading.titleEnd,
        inline: heading.inline,
        part: partOf(heading.title, level, parent?.part),
        blocks: [],
        children: [],
        agencies: [],
        line: paragraph.lines[0],
      };
      if (heading.body !== '') clause.blocks.push(blockFrom(paragraph, heading.body));
      siblings.push(clause);
      open[level - 1] = clause;
      for (let deeper = level; deeper < 4; deeper++) open[deeper] = undefined;
      continue;
    }
    const current = open.filter(Boolean).at(-1);
    const block = blockFrom(paragraph, paragraph.text);
    const blocks = current ? current.blocks : preamble;
    const previousBlock = blocks.at(-1);
    if (isDutyOnly(block.inlines) && previousBlock) {
      // `（责任单位：…）` on a line of its own closes the paragraph before it.
      previousBlock.inlines.push(...block.inlines);
      previousBlock.lines = [previousBlock.lines[0], block.lines[1]];
    } else {
      blocks.push(block);
    }
  }
  if (clauses.length === 0) {
    fail(
      body[0]!,
      'no headings found (一、 …)',
      'a plan body is organised under headings 一、 （一） 1. （1）; check that the seed is a plan and that its headings start their own lines.',
    );
  }
  collectAgencies(clauses);
  return { preamble, clauses };
}

/**
 * A source line inside a paragraph (not its first) that starts with the heading number the
 * numbering expected: the heading was run into the paragraph above it.
 */
function joinedHeading(body: Paragraph[], level: number, ordinal: number): { paragraph: Paragraph; line: number; offset: number } | undefined {
  for (const paragraph of body) {
    for (let i = 1; i < paragraph.lineStarts.length; i++) {
      const offset = paragraph.lineStarts[i]!;
      const marker = readHeadingMarker(paragraph.text.slice(offset));
      if (marker?.level === level && marker.ordinal === ordinal) return { paragraph, line: paragraph.lineNumbers[i]!, offset };
    }
  }
  return undefined;
}

function collectAgencies(clauses: Clause[]): void {
  for (const clause of clauses) {
    const names = clause.blocks.flatMap((b) => b.inlines.flatMap((i) => (i.kind === 'duty' ? i.agencies : [])));
    clause.agencies = [...new Set(names)];
    collectAgencies(clause.children);
  }
}

/** All clauses in document order. */
export function flattenClauses(clauses: Clause[]): Clause[] {
  return clauses.flatMap((c) => [c, ...flattenClauses(c.children)]);
}

/** The plain text of a block. */
export function blockText(block: Block): string {
  return inlineText(block.inlines);
}
