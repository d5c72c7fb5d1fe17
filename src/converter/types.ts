/**
 * The clause model: what every stage of the converter produces and everything downstream
 * (MDX pages, anchors, table of contents, citations, later search records and places) reads.
 */
import type { CorrectionKind } from '../contracts/correction-kinds.ts';

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

export type { CorrectionKind } from '../contracts/correction-kinds.ts';

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

/** The agencies one row of a task table names in its duty columns (责任单位, 牵头单位, 配合单位 …). */
export interface RowDuty {
  /** Index of the row in its table's `rows` (0 is the header). */
  row: number;
  /** Source line of the row. */
  line: number;
  /** The agencies of its duty columns, columns in printed order, each cell split at 、 as printed. */
  agencies: string[];
}

export type BlockKind = 'paragraph' | 'bullet' | 'table';

/** A paragraph, a `——` bullet or a table written as lines (`指标 | 2024年 | 2027年`) inside a clause (or the preamble). */
export interface Block {
  kind: BlockKind;
  /** The text; for a table, its rows as printed, joined by line breaks. */
  inlines: Inline[];
  /**
   * A table's cells, row by row, as printed (trimmed); a row a copy wrapped inside a cell is one
   * row again (its text keeps both lines). Absent for other blocks.
   */
  rows?: string[][];
  /** The source line each of a table's rows starts on, parallel to `rows`. */
  rowLines?: number[];
  /**
   * Of a table whose header row names who carries each row out (`序号 | 任务 | 责任单位 | 完成时限`,
   * or 牵头单位 and 配合单位 columns): the agencies each row names. Absent for other blocks and tables.
   */
  duties?: RowDuty[];
  /** Source lines this block came from. */
  lines: [number, number];
}

/**
 * Depth of a heading in the plan's tree, 1 at the top. In a plan numbered by GB/T 9704-2012 it is
 * the rank of the number (一、 （一） 1. （1）); in a 管理办法 of 章/节/条 the ranks come first
 * and the numbers of GB/T 9704 nest inside an article.
 */
export type Level = 1 | 2 | 3 | 4 | 5 | 6;

/** How a heading is numbered: 第X章, 第X节, 第X条, or one of the four ranks of GB/T 9704. */
export type HeadingKind = 'chapter' | 'section' | 'article' | 'rank1' | 'rank2' | 'rank3' | 'rank4';

/** Which part of a plan a clause belongs to, used for filtering and summaries. */
export type PlanPart = '总体' | '目标' | '重点领域' | '布局' | '任务' | '保障措施';

export interface Clause {
  /**
   * Stable anchor id built from the numbering path: `s4-1-2` for 四、（一）2.; `a12` for 第十二条
   * (articles are numbered through the whole document) and `a12-1` for its （一）; `c3` for 第三章.
   * A number the source repeats gets `-r2`, `-r3` … on its repeats.
   */
  id: string;
  level: Level;
  kind: HeadingKind;
  /** The number as printed, e.g. `四、`, `（一）`, `(一)`, `1.`, `1、`, `（1）`. */
  number: string;
  /** Numeric value of the number at its own level (四 → 4). */
  ordinal: number;
  /** Heading text without the number and without a closing `。` ('' when the item has none). */
  title: string;
  /** A bracket printed before the title (`第一条（目的和依据）`); absent when there is none. */
  titleStart?: string;
  /** Punctuation that closes the heading sentence in the source (`。` for inline headings). */
  titleEnd: string;
  /** True when the heading is the first sentence of a paragraph rather than a line of its own. */
  inline: boolean;
  /** The top-level part of the plan this clause sits in. */
  part: PlanPart;
  /** Paragraphs and bullets directly under this clause (before its children). */
  blocks: Block[];
  children: Clause[];
  /** Agencies named in this clause's own `（责任单位：…）` and task-table rows (`duties`), in order, de-duplicated. */
  agencies: string[];
  /** Source line of the heading. */
  line: number;
}

/** The notice (通知) that forwards or issues a plan. */
export interface Notice {
  /** Letterhead, e.g. `上海市人民政府办公厅文件`, when present. */
  letterhead?: string;
  /** 发文字号, e.g. `沪府办发〔2023〕18号`, when the notice prints one (a web page may give it only in its 信息公开 block). */
  docNumber?: string;
  /** Source line of the 文号: above the title (GB/T 9704) or under it (a web page). */
  docNumberLine?: number;
  /** The notice's own title, lines joined. */
  title: string;
  /** Source line where the notice title starts. */
  titleLine: number;
  /** 主送: the addressees line (a 公告 calling for comments has none). */
  addressees?: string;
  /** The notice text paragraphs. */
  body: Paragraph[];
  /** Signing office printed above the date, when present, and its line. */
  signer?: string;
  signerLine?: number;
  /** 成文日期, ISO `YYYY-MM-DD`. */
  date: string;
  /** The date exactly as printed, and its line. */
  dateText: string;
  dateLine: number;
  /** Other lines of the notice such as `（此件公开发布）`. */
  remarks: string[];
  /**
   * The notice is the document itself (a 申报指南 issued as a notice, with no separate plan after
   * it): its text is the plan's body and its signature the closing; `body` is then empty.
   */
  isDocument?: true;
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

/** One field of a web page's 信息公开 block (`发布机构：上海市奉贤区经济委员会`). */
export interface MetadataField {
  /** The label as printed, without its colon. */
  label: string;
  value: string;
  line: number;
}

/** When the document says it takes effect and until when, and where it says so. */
export interface Validity {
  /** ISO date it takes effect (施行), when stated or derivable. */
  from?: string;
  /** ISO date it ceases (有效期至), when stated or derivable; the last day it is in force. */
  to?: string;
  /** The sentence or field that states it, as printed. */
  text: string;
  line: number;
  /** How a date was worked out when the text does not print it (`按印发日期2024年5月10日起算`). */
  derived?: string;
  /** A status the publisher states (`有效性：失效`), when there is one. */
  stated?: '有效' | '失效' | '废止';
}

/** A fault in the source's own numbering, kept as printed and listed for a person to check. */
export interface NumberingDefect {
  kind: 'skipped' | 'repeated' | 'restarted' | 'out-of-order';
  line: number;
  /** The number found, as printed. */
  found: string;
  /** The number the sequence expected. */
  expected: string;
  /** The sibling before it, as printed, when there is one. */
  after?: string;
}

/** `（2026年11月10日上海化学工业区管理委员会发布　沪化管规〔2026〕3号）` under a title, and what it states. */
export interface TitleNote {
  text: string;
  line: number;
  /** ISO date it was issued, when the note states one. */
  date?: string;
  /** The issuing authority, when the note names one. */
  issuer?: string;
  docNumber?: string;
}

/**
 * The letterhead and 发文字号 a document issued without a notice prints above its own title
 * (`上海市闵行区科学技术委员会文件` / `闵科规〔2026〕2号`, as agencies print a 规范性文件).
 */
export interface Masthead {
  letterhead?: string;
  docNumber: string;
  lines: [number, number];
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
  /** A label printed above the title (`附件`, when the text is the attachment of a notice). */
  titleLabel?: string;
  /** A note printed under the title, saying when and by whom it was issued. */
  titleNote?: TitleNote;
  /** Letterhead and 文号 above the title of a document issued without a notice. */
  masthead?: Masthead;
  draft: boolean;
  period?: PlanPeriod;
  /** The 信息公开 block of the web page the text was copied from, when it has one. */
  metadata: MetadataField[];
  /** Stated validity (施行, 有效期), when the document or its 信息公开 block states one. */
  validity?: Validity;
  /** Faults of the source's numbering (kept as printed). */
  numberingDefects: NumberingDefect[];
  /** The attachment list (附件：…) after the body, when there is one. */
  attachments?: Paragraph[];
  preamble: Block[];
  clauses: Clause[];
  closing: Closing;
  /** The appendices after the text (附件1 and what follows it), as blocks; [] when there are none. */
  appendix: Block[];
  corrections: Correction[];
  warnings: Warning[];
  /** Figures about the conversion, reported by the CLI. */
  stats: { sourceLines: number; paragraphs: number; headings: number };
}
