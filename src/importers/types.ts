/**
 * What every importer gives back: the document's text as a seed holds it (UTF-8, one line per
 * paragraph or per printed line), and a report of everything the importer read around that
 * text — metadata, what it dropped, what a person should know — so nothing is lost silently.
 */

/** The formats editors receive. The file's extension says which importer reads it. */
export const formats = ['txt', 'html', 'docx', 'pdf'] as const;
export type Format = (typeof formats)[number];

/** A line the importer kept in the text for the converter to drop and list (page furniture). */
export interface FurnitureLine {
  kind: 'running-header' | 'page-number';
  /** 1-based line of the imported text. */
  line: number;
  /** 1-based page of the original. */
  page: number;
  text: string;
}

export interface ImportReport {
  /** Text of the original left out of the seed (web-page chrome), one entry per block, as shown. */
  dropped: string[];
  /** The 信息公开 fields read from a web page, label as printed → value. */
  metadata: Record<string, string>;
  /** Page furniture kept on lines of its own (a PDF's running headers and page numbers). */
  furniture: FurnitureLine[];
  /** What a person should know about the import (characters mapped, pages without text …). */
  notes: string[];
}

export interface ImportedDocument {
  /** The seed text: UTF-8, `\n` line ends, ending with a newline. */
  text: string;
  format: Format;
  report: ImportReport;
}

export function emptyReport(): ImportReport {
  return { dropped: [], metadata: {}, furniture: [], notes: [] };
}

/**
 * A file that cannot be imported. The message reads `file: what is wrong`, then a hint saying
 * what to do, as the converter's errors do; nothing has been written when it is thrown.
 */
export class ImportError extends Error {
  readonly file: string;
  readonly hint: string;
  constructor(file: string, problem: string, hint: string) {
    super(`${file}: ${problem}\n  hint: ${hint}`);
    this.name = 'ImportError';
    this.file = file;
    this.hint = hint;
  }
}
