/**
 * Stage 3a — the 信息公开 block of a government web page (索引号, 主题分类, 发布机构, 发文字号,
 * 成文日期, 发布日期, 有效期 …), as it comes out of a copy or the HTML importer: `label：value`
 * lines, several fields on one line (a copied table row), or a label alone with its value on the
 * next line. Read as metadata, shown on the plan page, and never mistaken for the title.
 */
import { COPIED_BLOCK_LABELS, DISCLOSURE_LABELS } from '../contracts/disclosure-labels.ts';
import type { MetadataField, Paragraph } from './types.ts';

/** Labels of the fields government sites print about a document (one list with the HTML importer's). */
export const METADATA_LABELS = [...DISCLOSURE_LABELS, ...COPIED_BLOCK_LABELS] as const;

const LABEL = new RegExp(`(${[...METADATA_LABELS].sort((a, b) => b.length - a.length).join('|')})\\s*[:：]`, 'gu');

/**
 * The fields of one paragraph when it is made only of `label：value` pairs with known labels
 * (a label may have an empty value); undefined otherwise.
 */
export function metadataFields(paragraph: Paragraph): MetadataField[] | undefined {
  const text = paragraph.text.trim();
  if (/[。；]$/u.test(text)) return undefined;
  const found = [...text.matchAll(LABEL)];
  if (found.length === 0 || found[0]!.index !== 0) return undefined;
  const labels = found;
  return labels.map((m, i) => {
    const end = labels[i + 1]?.index ?? text.length;
    return { label: m[1]!, value: text.slice(m.index + m[0].length, end).trim(), line: lineOf(paragraph, m.index) };
  });
}

function lineOf(paragraph: Paragraph, offset: number): number {
  let line = paragraph.lineNumbers[0] ?? paragraph.lines[0];
  paragraph.lineStarts.forEach((start, i) => {
    if (start <= offset) line = paragraph.lineNumbers[i]!;
  });
  return line;
}

/** Whether a line (trimmed) is a field of a 信息公开 block: unwrap never joins it to another line. */
export function isMetadataLine(text: string): boolean {
  return metadataFields({ text, lines: [1, 1], lineStarts: [0], lineNumbers: [1] }) !== undefined;
}

/** How far into the document a 信息公开 block may start (after a headline, before the text). */
const SEARCH_DEPTH = 8;

export interface MetadataBlock {
  fields: MetadataField[];
  /** Indices (into the paragraphs) the block was read from. */
  taken: Set<number>;
}

/**
 * The 信息公开 block: metadata paragraphs among the first paragraphs, before the first sentence.
 * A label alone (`索引号：`) takes the next paragraph as its value when that one is short and
 * not itself a field. A single lone field is not a block (it could be the text's own line).
 */
export function readMetadata(paragraphs: Paragraph[]): MetadataBlock {
  const fields: MetadataField[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < paragraphs.length && i < SEARCH_DEPTH + taken.size; i++) {
    const p = paragraphs[i]!;
    if (/[。；]$/u.test(p.text)) break;
    const own = metadataFields(p);
    if (!own) continue;
    taken.add(i);
    const last = own.at(-1)!;
    const next = paragraphs[i + 1];
    // A label alone on its line (a copied table cell) takes the next line as its value.
    if (own.length === 1 && last.value === '' && next && !metadataFields(next) && next.text.length <= 40 && !/[。；：:]$/u.test(next.text)) {
      last.value = next.text.trim();
      taken.add(++i);
    }
    fields.push(...own);
  }
  if (fields.length < 2) return { fields: [], taken: new Set() };
  return { fields, taken };
}

/** The value of the first field with one of `labels`, if any. */
export function field(fields: MetadataField[], ...labels: string[]): MetadataField | undefined {
  return fields.find((f) => labels.includes(f.label) && f.value !== '');
}
