/**
 * `.html`: a government web page saved by an editor. The article is found by structure — the
 * block element holding the densest run of Chinese paragraph text that is not links — and its
 * title from the heading nearest before it (or the page's `<title>`), never by a site's class
 * names. Everything else the page shows (header, navigation, breadcrumb, 字号 大中小, share,
 * print/close, related links, footer) is left out and listed; the 信息公开 table is read as
 * metadata.
 *
 * Output: the metadata lines `label：value` first, as labelled on the page, then an empty line,
 * then the title and the body, one paragraph per line (a `<br>` inside a paragraph is a line
 * break; `　　` indents typed in the page text stay). The converter reads a block of
 * `label：value` lines at the top as the 信息公开 metadata.
 */
import { parseDocument } from './adapters/dom.ts';
import { blockText, textBlocks, type TextBlock } from './html-blocks.ts';
import { readMetadata } from './html-metadata.ts';
import { emptyReport, ImportError, type ImportedDocument } from './types.ts';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/gu;
const hanCount = (text: string): number => text.match(HAN)?.length ?? 0;

/** Chrome that sites put inside the article box itself: matched on its text, not on markup. */
const ARTICLE_CHROME =
  /^(?:【?(?:字号|字体)[：:]?|分享到|分享：|【?打印(?:本页)?】?|【?关闭(?:窗口|本页)?】?|扫一扫|上一篇|下一篇|相关(?:文件|链接|阅读|解读)|责任编辑|浏览次数|阅读次数|(?:发布|发表)时间[：:]|来源[：:]|附件下载[：:]?$)/u;
/** Least Han characters in the article's paragraphs for a page to count as having an article. */
const MIN_ARTICLE = 60;

export function importHtml(file: string, bytes: Uint8Array): ImportedDocument {
  const document = parseDocument(file, decodePage(file, bytes));
  const body = document.body;
  const blocks = textBlocks(body);
  const article = articleContainer(blocks);
  if (!article || article.score < MIN_ARTICLE) {
    throw new ImportError(
      file,
      'no article found on the page (no block of Chinese paragraph text outside navigation and links)',
      'save the page of the document itself (not a list or search page), or copy its text into a .txt file.',
    );
  }
  const report = emptyReport();
  const keptBlocks = new Set<TextBlock>();
  let firstBody = -1;
  blocks.forEach((block, i) => {
    if (!article.element.contains(block.owner)) return;
    const text = blockText(block);
    if (ARTICLE_CHROME.test(text) || (block.linkChars > 0 && block.linkChars >= text.replace(/\s/gu, '').length / 2)) return;
    if (firstBody < 0) firstBody = i;
    keptBlocks.add(block);
  });
  const kept = [...keptBlocks].flatMap((block) => block.lines);
  const title = titleFor(document, blocks, firstBody, kept[0] ?? '');
  const metadata = readMetadata(body, article.element);
  report.metadata = metadata.fields;
  for (const block of blocks) {
    const inArticle = keptBlocks.has(block);
    const inMetadata = [...metadata.elements].some((e) => e.contains(block.owner) || block.owner.contains(e));
    if (!inArticle && !inMetadata && block.owner !== title.element) report.dropped.push(blockText(block));
  }
  if (!title.text) report.notes.push('未找到标题：页面没有标题元素，<title> 也为空；请核对正文第一行。');
  else if (title.source === 'title-element') report.notes.push(`标题取自页面 <title>：“${title.text}”，请核对。`);
  const lines = [
    ...Object.entries(metadata.fields).map(([label, value]) => `${label}：${value}`),
    ...(Object.keys(metadata.fields).length > 0 ? [''] : []),
    ...(title.text && title.text !== kept[0] ? [title.text] : []),
    ...kept,
  ];
  return { text: `${lines.join('\n')}\n`, format: 'html', report };
}

/**
 * The page's text: the byte-order mark, else the charset its `<meta>` declares (a page saved
 * from a GBK site keeps its GBK bytes), else UTF-8. The meta tag is read with the parser from
 * an ASCII-safe first decoding, as browsers prescan.
 */
function decodePage(file: string, bytes: Uint8Array): string {
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 'utf-8'
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : undefined;
  const label = bom ?? declaredCharset(file, bytes) ?? 'utf-8';
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(
      file,
      `the page is not valid ${label} text`,
      'the page declares one character set and holds another: save it again from the browser ("网页，全部" / "Webpage, complete").',
    );
  }
}

function declaredCharset(file: string, bytes: Uint8Array): string | undefined {
  const head = parseDocument(file, new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096)));
  for (const meta of head.querySelectorAll('meta')) {
    const charset = meta.getAttribute('charset') ?? /charset\s*=\s*["']?([\w-]+)/iu.exec(meta.getAttribute('content') ?? '')?.[1];
    if (charset) {
      try {
        return new TextDecoder(charset.trim()).encoding;
      } catch {
        throw new ImportError(
          file,
          `the page declares an unknown character set "${charset}"`,
          'save the page again as UTF-8, or copy its text into a .txt file.',
        );
      }
    }
  }
  return undefined;
}

/**
 * Scores every block element by the Han characters of the paragraphs it holds (links not
 * counted; half to the grandparent, so a wrapper around the article body does not win over it).
 */
function articleContainer(blocks: TextBlock[]): { element: Element; score: number } | undefined {
  const scores = new Map<Element, number>();
  for (const block of blocks) {
    const text = blockText(block);
    const weight = hanCount(text) - block.linkChars;
    if (weight <= 0 || ARTICLE_CHROME.test(text)) continue;
    const paragraphLike = ['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TR', 'TD', 'BLOCKQUOTE', 'PRE'].includes(block.owner.tagName);
    const container = paragraphLike ? (block.owner.tagName === 'TR' ? block.owner.closest('table')?.parentElement : block.owner.parentElement) : block.owner;
    if (!container) continue;
    scores.set(container, (scores.get(container) ?? 0) + weight);
    const parent = container.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + weight / 2);
  }
  let best: { element: Element; score: number } | undefined;
  for (const [element, score] of scores) if (!best || score > best.score) best = { element, score };
  return best;
}

/**
 * The heading nearest before the article's first paragraph (or its first line, when a heading
 * element holds it), preferring one the page's `<title>` repeats; else the `<title>` itself,
 * less the site name after `_`, `|` or ` - `.
 */
function titleFor(
  document: Document,
  blocks: TextBlock[],
  firstBody: number,
  firstLine: string,
): { text: string; element?: Element; source: 'heading' | 'title-element' | 'none' } {
  const pageTitle = (document.title ?? '').replace(/\s+/gu, '');
  const before = blocks.slice(0, Math.max(firstBody, 0)).filter((b) => /^H[1-6]$/u.test(b.owner.tagName) && hanCount(blockText(b)) >= 4);
  const named = before.filter((b) => pageTitle.includes(blockText(b).replace(/\s+/gu, '')));
  const heading = named.at(-1) ?? before.at(-1);
  if (heading) return { text: blockText(heading), element: heading.owner, source: 'heading' };
  const parts = (document.title ?? '').split(/_|\||｜| - | – /u).map((p) => p.trim());
  const fromTitle = parts.sort((a, b) => hanCount(b) - hanCount(a))[0] ?? '';
  if (fromTitle === '') return { text: '', source: 'none' };
  return fromTitle === firstLine ? { text: fromTitle, source: 'heading' } : { text: fromTitle, source: 'title-element' };
}
