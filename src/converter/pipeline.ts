/**
 * The converter, stage by stage: read seed → clean lines → unwrap → fix inline artifacts →
 * recognise the document → recognise structure → mdast → MDX.
 */
import { cleanLines } from './clean-lines.ts';
import { ConversionError } from './errors.ts';
import { fixInline } from './fix-inline.ts';
import { readSeed } from './read-seed.ts';
import { recogniseDocument } from './recognise-document.ts';
import { blocksOf, flattenClauses, recogniseStructure } from './recognise-structure.ts';
import { frontmatterOf, serialize } from './serialize.ts';
import { toMdast } from './to-mdast.ts';
import type { Correction, PlanDocument, Warning } from './types.ts';
import { measureLayout, unwrap } from './unwrap.ts';

export interface ConvertOptions {
  /** Refuse numbering defects of the source instead of listing them (`npm run convert -- --strict`). */
  strict?: boolean;
}

/** Runs every stage up to the recognised plan. */
export function recognisePlan(file: string, bytes: Uint8Array, options: ConvertOptions = {}): PlanDocument {
  const seed = readSeed(file, bytes);
  const cleaned = cleanLines(seed.lines);
  const corrections: Correction[] = [...cleaned.corrections];
  const unwrapWarnings: Warning[] = [];
  const paragraphs = unwrap(cleaned.lines, measureLayout(cleaned.lines), unwrapWarnings).map((raw) => {
    const fixed = fixInline(raw);
    corrections.push(...fixed.corrections);
    return fixed.paragraph;
  });
  const document = recogniseDocument(file, paragraphs);
  const structure = recogniseStructure(file, document.body, options);
  corrections.push(...document.corrections);
  corrections.sort((a, b) => a.line - b.line);
  const headings = flattenClauses(structure.clauses).length;
  return {
    slug: seed.slug,
    source: file,
    sha256: seed.sha256,
    ...(document.notice ? { notice: document.notice } : {}),
    title: document.title,
    ...(document.titleInNotice ? { titleInNotice: document.titleInNotice } : {}),
    titleLines: document.titleLines,
    titleMarks: document.titleMarks,
    ...(document.titleLabel ? { titleLabel: document.titleLabel } : {}),
    ...(document.titleNote ? { titleNote: document.titleNote } : {}),
    ...(document.masthead ? { masthead: document.masthead } : {}),
    draft: document.draft,
    ...(document.period ? { period: document.period } : {}),
    metadata: document.metadata,
    ...(document.validity ? { validity: document.validity } : {}),
    numberingDefects: structure.numberingDefects,
    ...(document.attachments.length > 0 ? { attachments: document.attachments } : {}),
    preamble: structure.preamble,
    clauses: structure.clauses,
    closing: document.closing,
    appendix: blocksOf(document.appendix),
    corrections,
    warnings: [...cleaned.warnings, ...unwrapWarnings, ...document.warnings, ...structure.warnings].sort((a, b) => a.line - b.line),
    stats: { sourceLines: seed.lines.length, paragraphs: paragraphs.length, headings },
  };
}

/** Converts one seed into its MDX page. */
export function convertSeed(file: string, bytes: Uint8Array, options: ConvertOptions = {}): { doc: PlanDocument; mdx: string } {
  const doc = recognisePlan(file, bytes, options);
  return { doc, mdx: serialize(frontmatterOf(doc), toMdast(doc)) };
}

/** Converts all seeds; two seeds may not share a slug. */
export function convertAll(seeds: Array<{ file: string; bytes: Uint8Array }>, options: ConvertOptions = {}): Array<{ doc: PlanDocument; mdx: string }> {
  const bySlug = new Map<string, string>();
  return seeds.map(({ file, bytes }) => {
    const result = convertSeed(file, bytes, options);
    const other = bySlug.get(result.doc.slug);
    if (other) {
      throw new ConversionError({
        file,
        line: 1,
        message: `slug "${result.doc.slug}" is already taken by ${other}`,
        hint: 'rename one of the seeds: the slug is the file name in lower case with other characters turned into dashes.',
      });
    }
    bySlug.set(result.doc.slug, file);
    return result;
  });
}
