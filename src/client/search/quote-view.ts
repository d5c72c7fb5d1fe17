/**
 * 引文核验 on the search page: the reader pastes a quotation and learns whether the originals hold
 * it word for word, only after normalisation (each difference listed), or not at all — with the
 * original's line (/plans/<slug>/original/#L<n>) and the seed's SHA-256. The seeds (original.txt)
 * are fetched on the first check only; `?quote=` checks on arrival (the form's no-JS submission).
 */
import { checkQuote, prepareText, type Difference, type PreparedText, type QuoteMatch, type QuoteReport, type QuoteSource } from '../../search/quote-check.ts';
import type { T2S } from '../../search/normalize.ts';
import { el } from '../dom.ts';

let prepared: Promise<PreparedText[]> | undefined;

function loadTexts(sources: QuoteSource[], t2s: T2S): Promise<PreparedText[]> {
  prepared ??= Promise.all(
    sources.map(async (source) => {
      const r = await fetch(source.text);
      if (!r.ok) throw new Error(`${source.text}: ${r.status}`);
      return prepareText(source, await r.text(), t2s);
    }),
  );
  prepared.catch(() => (prepared = undefined));
  return prepared;
}

const lineLink = (source: QuoteSource, line: number, text: string) => el('a', { href: `${source.original}#L${line}` }, text);

/** U+FF0C: punctuation and width differences are easy to miss by eye (and by ear). */
const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function differenceItem(d: Difference): HTMLLIElement {
  const times = d.count > 1 ? `，${d.count} 处` : '';
  const points = d.kind === '繁简' ? '' : `（${codePoint(d.quote)} → ${codePoint(d.original)}${times}）`;
  return el(
    'li',
    { className: 'quote-diff' },
    `${d.kind}：引文 `,
    el('code', {}, d.quote),
    ' → 原文 ',
    el('code', {}, d.original),
    points || (times ? `（${times.slice(1)}）` : ''),
  );
}

function matchItem(match: QuoteMatch): HTMLLIElement {
  const { source, startLine, endLine } = match;
  const lines = endLine > startLine ? `第 ${startLine}—${endLine} 行` : `第 ${startLine} 行`;
  const item = el(
    'li',
    { className: 'quote-match' },
    el('p', {}, lineLink(source, startLine, `${source.label} 原始文本${lines}`)),
    el('p', { className: 'quote-original' }, '原文：', el('q', {}, match.original)),
    el('p', { className: 'quote-sha' }, '原始文本 SHA-256：', el('code', {}, source.sha256)),
  );
  if (match.omitted.length > 0)
    item.append(
      el('p', {}, '引文中省略号略去的原文：'),
      el('ol', { className: 'quote-omitted' }, ...match.omitted.map((text) => el('li', {}, text === '' ? '（无：前后两段在原文中紧连）' : el('q', {}, text)))),
    );
  if (match.differences.length > 0)
    item.append(el('p', {}, '与引文的差异：'), el('ul', { className: 'quote-diffs' }, ...match.differences.map(differenceItem)));
  return item;
}

function reportNodes(report: QuoteReport, plans: number): Array<Node | string> {
  if (report.kind === 'too-short') return [el('p', {}, `引文太短（不足 ${report.minimum} 个字），无法判断出处。`)];
  if (report.kind === 'found') {
    const exact = report.matches.filter((m) => m.differences.length === 0);
    const verdict = report.verbatim
      ? `原文中逐字找到（${exact.length} 处；换行和空格不计）。`
      : `规范化后找到（${report.matches.length} 处）：引文与原文在繁简、全角半角或标点上有差异，逐一列在下面。`;
    const shown = report.verbatim ? exact : report.matches;
    const elided = report.matches.some((m) => m.omitted.length > 0)
      ? '引文中的省略号按“此处略去原文”比对：前后各段按顺序见于同一处原文，略去的原文列在下面。'
      : '';
    return [el('p', { className: 'quote-verdict' }, verdict + elided), el('ol', { className: 'quote-matches' }, ...shown.map(matchItem))];
  }
  const nodes: Array<Node | string> = [
    el('p', { className: 'quote-verdict' }, `未找到：本站收录的 ${plans} 份规划原始文本中都没有这段引文（已按繁简、全角半角和标点规范化比对）。`),
  ];
  const c = report.closest;
  if (c)
    nodes.push(
      el(
        'p',
        {},
        '开头“',
        c.agreed,
        '”见于',
        lineLink(c.source, c.line, `${c.source.label} 原始文本第 ${c.line} 行`),
        `，其后引文为“${c.quoteNext}”，原文为“${c.originalNext}”。`,
      ),
    );
  return nodes;
}

/** Starts the check on `root`'s form and returns it (the lazy loader runs it for the submit that loaded this module). */
/** `asked`: the ?quote= the page was opened with, read before the search rewrites the URL. */
export function startQuoteCheck(root: HTMLElement, sources: QuoteSource[], t2s: T2S, asked: string | null): () => Promise<void> {
  const form = root.querySelector('form')!;
  const box = root.querySelector('textarea')!;
  const result = root.querySelector<HTMLElement>('.quote-result')!;
  let sequence = 0;
  const check = async () => {
    const mine = ++sequence;
    if (box.value.trim() === '') {
      result.replaceChildren();
      return;
    }
    result.replaceChildren(el('p', {}, '正在载入原始文本…'));
    try {
      const texts = await loadTexts(sources, t2s);
      if (mine !== sequence) return;
      result.replaceChildren(...reportNodes(checkQuote(box.value, texts, t2s), sources.length));
    } catch {
      if (mine === sequence) result.replaceChildren(el('p', {}, '原始文本加载失败，请稍后重试。'));
    }
    result.dataset.checks = String(Number(result.dataset.checks ?? 0) + 1);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void check();
  });
  if (asked) {
    box.value = asked;
    if (root instanceof HTMLDetailsElement) root.open = true;
    void check();
  }
  return check;
}
