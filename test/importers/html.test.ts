/**
 * The web-page importer on a realistic saved page of a district government site (header,
 * navigation, breadcrumb, the 信息公开 table, 字号 大中小, share, print/close, related links,
 * footer): the 信息公开 fields first as `label：value` lines, then the title and the article
 * exactly as the page shows it, one paragraph per line; every piece of chrome left out and listed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/importers/index.ts';
import { compareSentences, withoutMetadata } from '../../src/tooling/compare-text.ts';
import { makeGovernmentPage } from '../../src/tooling/make-documents.ts';

const measures = readFileSync(new URL('../fixtures/importers/measures.txt', import.meta.url), 'utf8');
// Pages type the 　　 indent into some paragraphs (kept: it is text) and indent others with CSS.
const source = measures
  .split('\n')
  .map((line, i) => (i > 0 && i % 3 === 0 && line !== '' && !line.includes(' | ') ? `　　${line}` : line))
  .join('\n');
const metadata = {
  索引号: 'BS0001-2024-00123',
  主题分类: '科技、教育',
  发布机构: '上海市宝山区人民政府',
  发文字号: '宝府规〔2024〕3号',
  成文日期: '2024-05-10',
  发布日期: '2024-05-15',
  有效期: '2026-05-31',
};
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('web page import', async () => {
  const imported = await importDocument('received/measures.html', utf8(makeGovernmentPage(source, { metadata })));

  it('starts with the 信息公开 fields as labelled, then an empty line', () => {
    const lines = imported.text.split('\n');
    expect(lines.slice(0, 8)).toEqual([...Object.entries(metadata).map(([label, value]) => `${label}：${value}`), '']);
    expect(imported.report.metadata).toEqual(metadata);
  });

  it('then gives the title and the article exactly as the page shows them, one paragraph per line', () => {
    expect(withoutMetadata(imported)).toBe(source);
    expect(compareSentences(source, withoutMetadata(imported))).toMatchObject({ missing: [], extra: [] });
    expect(withoutMetadata(imported)).toMatch(/\n　　/u);
  });

  it('leaves out and lists the page chrome', () => {
    const dropped = imported.report.dropped.join('\n');
    for (const chrome of [
      '当前位置：首页 > 政务公开 > 政策文件 > 规范性文件',
      '字号：大 中 小',
      '分享到：微信 微博 QQ空间',
      '打印本页 关闭窗口',
      '相关文件',
      '宝山区产业发展专项资金管理办法',
      '网站标识码：3101130001',
      '首页 | 无障碍 | English | 移动版',
    ]) {
      expect(dropped).toContain(chrome);
      expect(imported.text).not.toContain(chrome);
    }
  });

  it('reads a <br> inside a paragraph as a line break and a nested heading as the title', async () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于印发若干措施的通知_上海市金山区人民政府</title></head><body>
      <nav><a href="/">首页</a> <a href="/zwgk">政务公开</a></nav>
      <div><div><h2>金山区关于推进生物制造产业发展的若干措施</h2>
      <div><p>　　为推动金山区生物制造产业高质量发展，结合本区实际，制定本措施。</p>
      <p>　　一、支持对象<br>　　本措施适用于在金山区注册的生物制造企业，以及为其服务的专业机构。</p>
      <p>　　二、附则<br/>本措施自发布之日起施行，有效期三年，由区经委负责解释。</p></div></div></div></body></html>`;
    const result = await importDocument('received/jinshan.htm', utf8(page));
    expect(result.text).toBe(
      '金山区关于推进生物制造产业发展的若干措施\n　　为推动金山区生物制造产业高质量发展，结合本区实际，制定本措施。\n　　一、支持对象\n　　本措施适用于在金山区注册的生物制造企业，以及为其服务的专业机构。\n　　二、附则\n本措施自发布之日起施行，有效期三年，由区经委负责解释。\n',
    );
    expect(result.report.dropped).toEqual(['首页 政务公开']);
    expect(result.report.metadata).toEqual({});
  });

  it('reads 信息公开 labels spaced out to align a column, with or without a colon', async () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知</title></head><body>
      <ul><li><label>索 引 号</label><em>00243345X/2026-00871</em></li><li><label>发布机构</label><em>上海市科学技术委员会</em></li></ul>
      <table><tr><th>有&nbsp;效&nbsp;期：</th><td>2024-03-01至2026-02-28</td><th>信息名称：</th><td>关于印发若干措施的通知</td></tr></table>
      <div><h1>关于印发若干措施的通知</h1><div><p>　　为推动金山区生物制造产业高质量发展，结合本区实际，制定本措施。</p>
      <p>　　一、支持对象。本措施适用于在本区注册的生物制造企业，以及为其服务的专业机构。</p>
      <p>　　二、研发支持。对企业开展关键技术攻关的，按照研发投入的20%给予资助，最高500万元。</p>
      <p>　　三、附则。本措施自发布之日起施行，有效期三年，由区经委负责解释。</p></div></div></body></html>`;
    const result = await importDocument('received/meta.html', utf8(page));
    expect(result.report.metadata).toEqual({
      索引号: '00243345X/2026-00871',
      发布机构: '上海市科学技术委员会',
      有效期: '2024-03-01至2026-02-28',
      信息名称: '关于印发若干措施的通知',
    });
  });

  it('decodes a page by the charset its <meta> declares', async () => {
    // 中文 in GBK: D6 D0 CE C4; the page is otherwise ASCII.
    const head = utf8('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><div><p>');
    const chinese = new Uint8Array(Array.from({ length: 40 }, () => [0xd6, 0xd0, 0xce, 0xc4]).flat());
    const page = new Uint8Array([...head, ...chinese, ...utf8('</p></div></body></html>')]);
    expect((await importDocument('received/gbk.html', page)).text).toBe(`${'中文'.repeat(40)}\n`);
  });

  it('refuses a page with no article (a list of links) with one line naming the file', async () => {
    const list = `<html><head><title>政策文件</title></head><body><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/d${i}">关于促进合成生物产业发展的若干措施第${i}号文件</a></li>`).join('')}</ul></body></html>`;
    await expect(importDocument('received/list.html', utf8(list))).rejects.toThrow(
      'received/list.html: no article found on the page (no block of Chinese paragraph text outside navigation and links)\n  hint: save the page of the document itself',
    );
  });
});
