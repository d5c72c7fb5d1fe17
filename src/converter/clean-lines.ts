/**
 * Stage 2a — drop page furniture that an extraction left between the lines: page numbers
 * (`- 1 -`, `— 3 —`, `第 3 页 共 12 页`), separator rules (`━━━`), stray URL lines, running
 * headers repeated at every page top, the chrome of a web page the text was copied from
 * (breadcrumb, 字号 大中小, 打印 关闭, the footer, the related-links list) and blank lines; remove
 * invisible characters (controls, zero-width and bidi marks) from the lines that stay.
 * Every dropped line except a blank one and every removed character is recorded as a
 * correction; an invisible character is also a warning, since a person should look.
 */
import { codePoint, INVISIBLE, removeInvisible, showInvisible } from './invisible.ts';
import { DOC_NUMBER } from './doc-number.ts';
import type { Correction, CorrectionKind, SourceLine, Warning } from './types.ts';
import { isBreadcrumb, isWebChrome, RELATED_LINKS } from './web-chrome.ts';
import { visualWidth } from './width.ts';

/** A line that survived cleaning, trimmed. */
export interface TextLine {
  line: number;
  text: string;
  /** The line began with a single space: a PDF extraction's mark of a page break. */
  pageBreak: boolean;
  /** The line began with a paragraph indent (`　　`, or two spaces or more): it starts a paragraph. */
  indent: boolean;
}

/** Named rules for whole lines that are not part of the document's text. */
export const droppedLineRules: ReadonlyArray<{ kind: CorrectionKind; test: (trimmed: string) => boolean }> = [
  {
    kind: 'page-number',
    test: (t) => /^[-—–－]\s*\d{1,3}\s*[-—–－]$|^第\s*\d{1,3}\s*页(?:\s*[/，,]?\s*共\s*\d{1,3}\s*页)?$|^\d{1,3}\s*\/\s*\d{1,3}$/u.test(t),
  },
  { kind: 'separator-rule', test: (t) => /^[━─═_＝=]{5,}$/u.test(t) },
  { kind: 'stray-url', test: (t) => /^https?:\/\/\S+$/u.test(t) },
  { kind: 'web-chrome', test: isWebChrome },
];

/** Every kind of correction that drops a whole line (the rules above, and the passes below). */
export const DROPPED_LINE_KINDS: ReadonlySet<CorrectionKind> = new Set([...droppedLineRules.map((r) => r.kind), 'running-header']);

/** How a document's title ends: its kind, and perhaps its period. */
const DOCUMENT_TITLE = /(?:方案|办法|措施|意见|细则|规划|计划|规定|通知|决定|纲要|政策)(?:[（(][^（）()]*[）)])*$/u;

/** Characters of context shown on each side of a removed invisible character. */
const CONTEXT = 3;

interface Kept {
  line: number;
  raw: string;
  text: string;
}

export function cleanLines(source: SourceLine[]): { lines: TextLine[]; corrections: Correction[]; warnings: Warning[] } {
  const corrections: Correction[] = [];
  const warnings: Warning[] = [];
  let kept: Kept[] = [];
  for (const { line, text: raw } of source) {
    const text = removeInvisibleListed(line, raw, corrections, warnings);
    const trimmed = text.trim();
    if (trimmed === '') continue;
    const rule = droppedLineRules.find((r) => r.test(trimmed));
    if (rule) {
      corrections.push({ kind: rule.kind, line, before: text, after: '' });
      continue;
    }
    kept.push({ line, raw: text, text: trimmed });
  }
  kept = dropSiteHeader(kept, corrections);
  kept = dropBarePageNumbers(kept, corrections);
  kept = dropRunningHeaders(kept, corrections);
  kept = dropRelatedLinks(kept, corrections);
  corrections.sort((a, b) => a.line - b.line);
  const lines = kept.map(({ line, raw, text }) => ({
    line,
    text,
    pageBreak: /^[ \t](?![ \t])/u.test(raw),
    indent: /^(?:\u3000|[ \t]{2,})/u.test(raw),
  }));
  return { lines, corrections, warnings };
}

function removeInvisibleListed(line: number, raw: string, corrections: Correction[], warnings: Warning[]): string {
  const found = [...raw.matchAll(INVISIBLE)];
  if (found.length === 0) return raw;
  // One correction per run of adjacent invisible characters, shown by code point.
  // Context is the visible text on either side, so each entry shows only its own run.
  for (const run of raw.matchAll(new RegExp(`(?:${INVISIBLE.source})+`, 'gu'))) {
    const before = [...removeInvisible(raw.slice(0, run.index))].slice(-CONTEXT).join('');
    const after = [...removeInvisible(raw.slice(run.index + run[0].length))].slice(0, CONTEXT).join('');
    corrections.push({ kind: 'invisible-character', line, before: `${before}${showInvisible(run[0])}${after}`, after: `${before}${after}` });
  }
  const points = [...new Set(found.map((m) => codePoint(m[0])))].join('、');
  warnings.push({ line, message: `含不可见字符 ${points}（已删除，列于文本说明）：请核对原文此处是否缺字或有误。` });
  return removeInvisible(raw);
}

/**
 * The site's name above a web page's breadcrumb (`上海市商务委员会` / `首页 > 互动交流 > …`): the
 * page's header, not the document's first line — left in, it would read as the start of the
 * notice's title. Only short lines without punctuation, and only above a breadcrumb among the
 * first lines.
 */
function dropSiteHeader(kept: Kept[], corrections: Correction[]): Kept[] {
  const crumb = corrections.find((c) => c.kind === 'web-chrome' && isBreadcrumb(c.before.trim()));
  if (!crumb) return kept;
  const above = kept.filter((k) => k.line < crumb.line);
  if (above.length === 0 || above.length > 2 || !above.every((k) => visualWidth(k.text) <= 40 && !/[，。；：:、]/u.test(k.text))) return kept;
  for (const k of above) corrections.push({ kind: 'web-chrome', line: k.line, before: k.raw, after: '' });
  return kept.filter((k) => !above.includes(k));
}

/**
 * A page number printed as a bare number (`3`) is told from text by its company: two or more
 * bare-number lines counting up. A single bare number is left alone.
 */
function dropBarePageNumbers(kept: Kept[], corrections: Correction[]): Kept[] {
  const bare = kept.filter((k) => /^\d{1,3}$/u.test(k.text));
  const counting = bare.length >= 2 && bare.every((k, i) => i === 0 || Number(k.text) > Number(bare[i - 1]!.text));
  if (!counting) return kept;
  for (const k of bare) corrections.push({ kind: 'page-number', line: k.line, before: k.raw, after: '' });
  return kept.filter((k) => !bare.includes(k));
}

/**
 * A running header or footer: the same short line three times or more, each time at a page's
 * edge (one of the two lines after a page number or the file's start, or one of the two lines
 * before a page number). Dropped with every repeat, but where it reads as a document's title and
 * first stands at the top or right after its notice, that first occurrence stays: the plan's first
 * page prints the title, the later pages repeat it as their header (a gazette's name,
 * `上海市人民政府公报`, is a header on its first page too).
 */
function dropRunningHeaders(kept: Kept[], corrections: Correction[]): Kept[] {
  const pageNumbers = corrections.filter((c) => c.kind === 'page-number').map((c) => c.line);
  if (pageNumbers.length < 2) return kept;
  const atPageEdge = (index: number) => {
    const line = kept[index]!.line;
    const before = pageNumbers.filter((n) => n < line).at(-1) ?? 0;
    const after = pageNumbers.find((n) => n > line);
    const since = kept.filter((k) => k.line > before && k.line < line).length;
    const until = after === undefined ? Infinity : kept.filter((k) => k.line > line && k.line < after).length;
    return since <= 1 || until <= 1;
  };
  const byText = new Map<string, number[]>();
  kept.forEach((k, i) => {
    if (k.text.length <= 40 && !/[。；]/u.test(k.text)) byText.set(k.text, [...(byText.get(k.text) ?? []), i]);
  });
  const drop = new Set<number>();
  for (const indices of byText.values()) {
    // A document's title that the later pages repeat as their header stays where it is first
    // printed: at the very top, on the page after its notice (which ends with a date or a remark),
    // or under its own masthead's 文号 (a document issued without a notice).
    const first = indices[0]!;
    const before = kept[first - 1]?.text ?? '';
    const titled =
      DOCUMENT_TITLE.test(kept[first]!.text) &&
      (first === 0 || /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^[（(][^（）()]{2,12}[）)]$/u.test(before) || DOC_NUMBER.test(before));
    if (indices.length >= 3 && indices.filter(atPageEdge).length >= Math.ceil((indices.length * 2) / 3))
      for (const i of indices.slice(titled ? 1 : 0)) drop.add(i);
  }
  // A short document has too few pages for three repeats: the title the first page prints at the
  // top (on up to three lines) repeated at a later page's top edge is its header, even once.
  const compact = (text: string) => text.replace(/\s+/gu, '');
  const topTitle = new Set(
    [1, 2, 3]
      .map((n) =>
        compact(
          kept
            .slice(0, n)
            .map((k) => k.text)
            .join(''),
        ),
      )
      .filter((t) => DOCUMENT_TITLE.test(t)),
  );
  kept.forEach((k, i) => {
    if (i >= 3 && topTitle.has(compact(k.text)) && atPageEdge(i)) drop.add(i);
  });
  for (const i of [...drop].sort((a, b) => a - b)) corrections.push({ kind: 'running-header', line: kept[i]!.line, before: kept[i]!.raw, after: '' });
  return kept.filter((_, i) => !drop.has(i));
}

/**
 * The related-links list under a web page's article (`相关链接` and the titles after it) is the
 * site's, not the document's: from its heading to the end, when the heading sits in the second
 * half of the text and what follows it is only short lines (titles, dates), none closing a
 * document (抄送, 印发) or ending a sentence.
 */
function dropRelatedLinks(kept: Kept[], corrections: Correction[]): Kept[] {
  const at = kept.findIndex((k, i) => i >= kept.length / 2 && RELATED_LINKS.test(k.text));
  if (at < 0) return kept;
  const tail = kept.slice(at + 1);
  if (tail.some((k) => k.text.length > 60 || /[。；]$|^抄送[:：]|印发$/u.test(k.text))) return kept;
  for (const k of kept.slice(at)) corrections.push({ kind: 'web-chrome', line: k.line, before: k.raw, after: '' });
  return kept.slice(0, at);
}
