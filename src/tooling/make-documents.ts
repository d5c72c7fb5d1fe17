/**
 * Real documents built from a text we control (a corpus case's `source.txt`, a test's
 * sentences): a PDF printed by Chromium with a CJK font, a running header and `— N —` page
 * numbers; a DOCX written by the `docx` library; a saved government web page with its chrome.
 * The importer tests and the extraction benchmark build their inputs here, so both measure the
 * importers on the same kind of file an editor receives.
 *
 * The source is one paragraph per line; consecutive lines written `cell | cell | cell` are a
 * table (one row per line), as CORPUS.md allows.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';

/** A block of the source: a paragraph, or a table whose rows are lists of cells. */
export type SourceBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

const TABLE_ROW = /\s\|\s/u;

/** Splits a source text into paragraphs and tables (blank lines are ignored). */
export function sourceBlocks(source: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  for (const line of source.split(/\r\n|\n|\r/u)) {
    if (line.trim() === '') continue;
    if (TABLE_ROW.test(line)) {
      const cells = line.split('|').map((cell) => cell.trim());
      const last = blocks.at(-1);
      if (last?.kind === 'table') last.rows.push(cells);
      else blocks.push({ kind: 'table', rows: [cells] });
    } else {
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return blocks;
}

const escapeHtml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** The body of a printed page: paragraphs indented two characters, tables ruled. */
function printBody(blocks: SourceBlock[]): string {
  return blocks
    .map((block) =>
      block.kind === 'paragraph'
        ? `<p>${escapeHtml(block.text.replace(/^[\u3000 ]+/u, ''))}</p>`
        : `<table>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('')}</table>`,
    )
    .join('\n');
}

export interface PdfOptions {
  /** Printed at the top of every page (a running header), e.g. the issuing office's gazette. */
  runningHeader?: string;
  /** Reuse an open browser (tests printing several files); otherwise one is launched and closed. */
  browser?: Browser;
}

/**
 * Prints the source as an official document would be laid out (GB/T 9704: A4, 16 pt CJK serif,
 * about 28 characters a line), with the running header and `— N —` footer that real PDFs carry,
 * so the importer has to deal with hard wraps, page furniture and CJK glyph spacing.
 */
export async function makePdf(source: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
    body { margin: 0; font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; font-size: 16pt; line-height: 28pt; }
    p { margin: 0; text-indent: 2em; text-align: justify; }
    table { border-collapse: collapse; margin: 6pt 0; font-size: 12pt; line-height: 18pt; }
    td { border: 0.5pt solid #000; padding: 2pt 8pt; }
  </style></head><body>${printBody(sourceBlocks(source))}</body></html>`;
  const furniture = 'font-family: Noto Serif CJK SC, serif; font-size: 10pt; width: 100%; text-align: center;';
  const browser = options.browser ?? (await launchBrowser());
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="${furniture}">${escapeHtml(options.runningHeader ?? '')}</div>`,
      footerTemplate: `<div style="${furniture}">— <span class="pageNumber"></span> —</div>`,
    });
    await page.close();
    return new Uint8Array(pdf);
  } finally {
    if (!options.browser) await browser.close();
  }
}

/**
 * A scan: the first screenful of the source, photographed (a PNG screenshot) and printed as an
 * image on one page — a PDF with no text layer, as a scanner makes.
 */
export async function makeScannedPdf(source: string, options: { browser?: Browser } = {}): Promise<Uint8Array> {
  const browser = options.browser ?? (await launchBrowser());
  try {
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><body style="font: 16pt 'Noto Serif CJK SC', serif">${printBody(sourceBlocks(source))}</body></html>`,
    );
    const photo = (await page.screenshot({ type: 'png' })).toString('base64');
    await page.setContent(`<!doctype html><html><body style="margin:0"><img style="width:100%" src="data:image/png;base64,${photo}"></body></html>`, {
      waitUntil: 'load',
    });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, pageRanges: '1' });
    await page.close();
    return new Uint8Array(pdf);
  } finally {
    if (!options.browser) await browser.close();
  }
}

/** Writes the source as a Word document: one paragraph per line, tables as real Word tables. */
export async function makeDocx(source: string): Promise<Uint8Array> {
  const { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import('docx');
  const font = { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman' };
  const children = sourceBlocks(source).map((block) =>
    block.kind === 'paragraph'
      ? new Paragraph({ children: [new TextRun({ text: block.text, font, size: 32 })] })
      : new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: block.rows.map(
            (row) =>
              new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cell, font })] })] })) }),
          ),
        }),
  );
  const document = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

export interface PageOptions {
  /** The 信息公开 table: label → value, in order. */
  metadata: Record<string, string>;
  /** The site's name in the header and footer. */
  site?: string;
}

/**
 * A saved page of a Shanghai government site: header, navigation menu, breadcrumb, the
 * 信息公开 table, the article (title in a heading, paragraphs in `<p>` with `　　` indents or a
 * `text-indent` style), 字号 大中小, share links, print/close, related links and a footer with
 * 主办单位, ICP and 网站标识码. The first line of the source is the article title; a line break
 * written `\n` inside a source line is a `<br>` in the page.
 */
export function makeGovernmentPage(source: string, options: PageOptions): string {
  const [title = '', ...body] = source.split(/\r\n|\n|\r/u).filter((line) => line.trim() !== '');
  const site = options.site ?? '上海市宝山区人民政府';
  const metadataRows = Object.entries(options.metadata)
    .map(([label, value]) => `<tr><th>${escapeHtml(label)}：</th><td>${escapeHtml(value)}</td></tr>`)
    .join('\n');
  const paragraphs = body
    .map((line, i) => {
      const html = escapeHtml(line).replace(/\\n/gu, '<br>');
      // Real pages indent both ways: typed 　　 (kept in the source line, so in the text) or a
      // CSS text-indent (not text: the source line has no 　　).
      return /^\u3000/u.test(line) || i % 2 === 0 ? `<p>${html}</p>` : `<p style="text-indent:2em">${html}</p>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}_${site}</title>
<meta name="keywords" content="政策文件,规范性文件"><link rel="stylesheet" href="/css/main.css"></head>
<body>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="${site}"></a></div>
<div class="top-links"><a href="/">首页</a> | <a href="/wza">无障碍</a> | <a href="/en">English</a> | <a href="/app">移动版</a></div>
<div class="search"><form action="/search"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li><li><a href="/hdjl">互动交流</a></li><li><a href="/zjbs">走进宝山</a></li></ul>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zcwj">政策文件</a> &gt; 规范性文件</div>
<div class="main"><div class="side"><h3>政策文件</h3><ul><li><a href="/zcwj/gfxwj">规范性文件</a></li><li><a href="/zcwj/qtwj">其他文件</a></li><li><a href="/zcjd">政策解读</a></li></ul></div>
<div class="content">
<table class="xxgk">
${metadataRows}
</table>
<div class="article">
<h1 class="article-title">${escapeHtml(title)}</h1>
<div class="article-info">发布时间：${escapeHtml(options.metadata['发布日期'] ?? '')}　来源：${site}　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="article-body">
${paragraphs}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="tools"><a href="#">打印本页</a> <a href="#">关闭窗口</a></div>
</div>
<div class="related"><h3>相关文件</h3><ul><li><a href="/a1">关于促进生物医药产业高质量发展的若干意见</a></li><li><a href="/a2">宝山区产业发展专项资金管理办法</a></li><li><a href="/a3">关于进一步优化营商环境的实施方案</a></li></ul></div>
</div></div>
<div class="footer"><p>主办单位：${site}办公室　承办单位：${site}门户网站运营中心</p>
<p>沪ICP备12345678号-1　沪公网安备 31011302000001号　网站标识码：3101130001</p>
<p><a href="/sitemap">网站地图</a> | <a href="/contact">联系我们</a> | <a href="/privacy">隐私声明</a></p></div>
</body></html>
`;
}
