/**
 * How faithful an import is: the source text and the imported text, sentence by sentence.
 * Hard-wrapped imports (PDF) are first put through the converter's own clean and unwrap stages,
 * with the page furniture the importer listed taken out as the converter drops it, so the
 * comparison is of what the converter reads. Used by the importer tests and the benchmark.
 */
import { cleanLines, measureLayout, unwrap } from '../model/document.ts';
import type { ImportedDocument } from '../importers/types.ts';

/** Sentences of a text: split after 。！？； and at line ends, trimmed, empty ones left out. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\r\n|\n|\r/u)
    .flatMap((line) => line.split(/(?<=[。！？；])/u))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/**
 * The imported text as the converter reads it: lines the importer kept as page furniture
 * removed (the converter drops and lists them), then the converter's clean and unwrap stages
 * (paragraphs rebuilt from hard-wrapped lines), one paragraph per line.
 */
export function asConverterReadsIt(imported: ImportedDocument): string {
  const furniture = new Set(imported.report.furniture.map((f) => f.line));
  const lines = imported.text
    .split('\n')
    .map((text, i) => ({ line: i + 1, text }))
    .filter((line) => !furniture.has(line.line));
  const cleaned = cleanLines(lines).lines;
  return unwrap(cleaned, measureLayout(cleaned))
    .map((paragraph) => paragraph.text)
    .join('\n');
}

/** A web page's import without the 信息公开 lines (and the empty line after them) it starts with. */
export function withoutMetadata(imported: ImportedDocument): string {
  const fields = Object.keys(imported.report.metadata).length;
  return fields === 0
    ? imported.text
    : imported.text
        .split('\n')
        .slice(fields + 1)
        .join('\n');
}

export interface SentenceMatch {
  /** Source sentences found, in order, in the import. */
  matched: number;
  total: number;
  /** Source sentences not found in order. */
  missing: string[];
  /** Imported sentences that match no source sentence. */
  extra: string[];
}

/** Source sentences matched in order in the import (longest common subsequence of sentences). */
export function compareSentences(source: string, imported: string): SentenceMatch {
  const a = sentencesOf(source);
  const b = sentencesOf(imported);
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const missing: string[] = [];
  const extra: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) missing.push(a[i++]!);
    else extra.push(b[j++]!);
  }
  missing.push(...a.slice(i));
  extra.push(...b.slice(j));
  return { matched: table[0]![0]!, total: a.length, missing, extra };
}
