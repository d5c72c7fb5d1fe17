/**
 * The clause model: what every stage of the converter produces and everything downstream
 * (MDX pages, anchors, table of contents, citations, later search records and places) reads.
 */
import type { CorrectionKind } from './correction-kinds.ts';

/** One physical line of a seed file, numbered from 1 as an editor shows it. */
export interface SourceLine {
  /** 1-based line number in the seed file. */
  line: number;
  /** The line's text without its line terminator (leading/trailing white space kept). */
  text: string;
}

/** A logical paragraph rebuilt from one or more hard-wrapped source lines. */
export interface Paragraph {
  /** The paragraph text, lines joined, inline corrections applied. */
  text: string;
  /** Source line of the first and last line that make up this paragraph. */
  lines: [number, number];
  /**
   * Offsets in `text` where each source line begins, parallel to `lineNumbers`,
   * so a position in the paragraph can be traced back to its source line.
   */
  lineStarts: number[];
  lineNumbers: number[];
}

export type { CorrectionKind } from './correction-kinds.ts';

/** One change made to the raw text, shown to readers under “文本说明”. */
export interface Correction {
  kind: CorrectionKind;
  /** 1-based source line the change applies to. */
  line: number;
  /** The exact text as it stands in the seed (a whole line for removed lines). */
  before: string;
  /** What the page shows instead ('' when the line is dropped). */
  after: string;
}

/** A run of inline content in a paragraph. */
export type Inline =
  | { kind: 'text'; text: string }
  /** A lead label or lead sentence that opens a passage (`生物医药领域：`, `创新药物。`). */
  | { kind: 'lead'; text: string }
  /** The closing `（责任单位：…）` of a task, with the agencies it names. */
  | { kind: 'duty'; text: string; agencies: string[] };

export type BlockKind = 'paragraph' | 'bullet';

/** A paragraph or a `——` bullet inside a clause (or the preamble). */
export interface Block {
  kind: BlockKind;
  inlines: Inline[];
  /** Source lines this block came from. */
  lines: [number, number];
}

/** Heading ranks of GB/T 9704-2012: 一、 （一） 1. （1）. */
export type Level = 1 | 2 | 3 | 4;

/** Which part of a plan a clause belongs to, used for filtering and summaries. */
export type PlanPart = '总体' | '目标' | '重点领域' | '布局' | '任务' | '保障措施';

export interface Clause {
  /** Stable anchor id built from the numbering path, e.g. `s4-1-2` for 四、（一）2. */
  id: string;
  level: Level;
  /** The number as printed, e.g. `四、`, `（一）`, `(一)`, `1.`, `1、`, `（1）`. */
  number: string;
  /** Numeric value of the number at its own level (四 → 4). */
  ordinal: number;
  /** Heading text without the number and without a closing `。` ('' when the item has none). */
  title: string;
  /** Punctuation that closes the heading sentence in the source (`。` for inline headings). */
  titleEnd: string;
  /** True when the heading is the first sentence of a paragraph rather than a line of its own. */
  inline: boolean;
  /** The top-level part of the plan this clause sits in. */
  part: PlanPart;
  /** Paragraphs and bullets directly under this clause (before its children). */
  blocks: Block[];
  children: Clause[];
  /** Agencies named in this clause's own `（责任单位：…）`, in order, de-duplicated. */
  agencies: string[];
  /** Source line of the heading. */
  line: number;
}

/** The notice (通知) that forwards or issues a plan. */
export interface Notice {
  /** Letterhead, e.g. `上海市人民政府办公厅文件`, when present. */
  letterhead?: string;
  /** 发文字号, e.g. `沪府办发〔2023〕18号`. */
  docNumber: string;
  /** The notice's own title, lines joined. */
  title: string;
  /** Source line where the notice title starts. */
  titleLine: number;
  /** 主送: the addressees line. */
  addressees: string;
  /** The notice text paragraphs. */
  body: Paragraph[];
  /** Signing office printed above the date, when present. */
  signer?: string;
  /** 成文日期, ISO `YYYY-MM-DD`. */
  date: string;
  /** The date exactly as printed. */
  dateText: string;
  /** Other lines of the notice such as `（此件公开发布）`. */
  remarks: string[];
  lines: [number, number];
}

/** The block after the plan text: drafting agency signature, 抄送, 印发. */
export interface Closing {
  /** Agency that drafted a forwarded plan and its date (`金山区经济委员会`, 2023-09-12). */
  drafter?: { agency: string; date: string; dateText: string; lines: [number, number] };
  /** 抄送 text without the `抄送：` label. */
  cc?: string;
  ccLines?: [number, number];
  /** 印发机关 and 印发日期. */
  printedBy?: string;
  printedDate?: string;
  printedText?: string;
  printedLines?: [number, number];
}

export interface PlanPeriod {
  start: number;
  end: number;
  /** As printed in the title, e.g. `2023—2025年`. */
  text: string;
}

/** Non-fatal findings: the text is safe to publish but a person should look. */
export interface Warning {
  line: number;
  message: string;
}

/** A whole plan, recognised. */
export interface PlanDocument {
  slug: string;
  /** Seed file name (relative to the project), e.g. `seeds/2023-shanghai-synbio.txt`. */
  source: string;
  sha256: string;
  notice?: Notice;
  /** Plan title as printed (after listed corrections). */
  title: string;
  /** The plan's title as the notice names it, when worded otherwise than `title`. */
  titleInNotice?: { text: string; line: number };
  /** The title's source lines. */
  titleLines: [number, number];
  /** Marks printed under the title, e.g. `（送审稿）`. */
  titleMarks: string[];
  draft: boolean;
  period?: PlanPeriod;
  preamble: Block[];
  clauses: Clause[];
  closing: Closing;
  corrections: Correction[];
  warnings: Warning[];
  /** Figures about the conversion, reported by the CLI. */
  stats: { sourceLines: number; paragraphs: number; headings: number };
}
