import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../src/converter/clean-lines.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

describe('cleanLines', () => {
  it('drops page numbers, rules and stray URLs, recording each', () => {
    const { lines: kept, corrections } = cleanLines(
      lines('- 1 -', '━━━━━━━━━━', '正文一行', 'https://baike.baidu.com/item/x?fromModule=lemma_inlink', '- 12 -'),
    );
    expect(kept.map((l) => l.text)).toEqual(['正文一行']);
    expect(corrections).toEqual([
      { kind: 'page-number', line: 1, before: '- 1 -', after: '' },
      { kind: 'separator-rule', line: 2, before: '━━━━━━━━━━', after: '' },
      { kind: 'stray-url', line: 4, before: 'https://baike.baidu.com/item/x?fromModule=lemma_inlink', after: '' },
      { kind: 'page-number', line: 5, before: '- 12 -', after: '' },
    ]);
  });

  it('drops blank lines silently, trims the rest and marks page breaks', () => {
    const { lines: kept, corrections } = cleanLines(lines('', '   ', ' 宝府办〔2023〕45号', '正文 ', '——目标'));
    expect(corrections).toEqual([]);
    expect(kept).toEqual([
      { line: 3, text: '宝府办〔2023〕45号', pageBreak: true, indent: false },
      { line: 4, text: '正文', pageBreak: false, indent: false },
      { line: 5, text: '——目标', pageBreak: false, indent: false },
    ]);
  });

  it('keeps text that only looks like furniture', () => {
    const { lines: kept } = cleanLines(lines('——产业集聚规模成效明显。', '1—2个', '- 见附件 -'));
    expect(kept).toHaveLength(3);
  });

  it('removes invisible characters, listing each run by code point and warning with its line', () => {
    const { lines: kept, corrections, warnings } = cleanLines(lines('正常一行', '合成\u200b生物\u0000', '\u202e反转\u202c文字', '\ufeff', '前\u2028后\u007f'));
    expect(kept.map((l) => [l.line, l.text])).toEqual([
      [1, '正常一行'],
      [2, '合成生物'],
      [3, '反转文字'],
      [5, '前后'],
    ]);
    expect(corrections).toEqual([
      { kind: 'invisible-character', line: 2, before: '合成⟨U+200B⟩生物', after: '合成生物' },
      { kind: 'invisible-character', line: 2, before: '成生物⟨U+0000⟩', after: '成生物' },
      { kind: 'invisible-character', line: 3, before: '⟨U+202E⟩反转文', after: '反转文' },
      { kind: 'invisible-character', line: 3, before: '反转⟨U+202C⟩文字', after: '反转文字' },
      { kind: 'invisible-character', line: 4, before: '⟨U+FEFF⟩', after: '' },
      { kind: 'invisible-character', line: 5, before: '前⟨U+2028⟩后', after: '前后' },
      { kind: 'invisible-character', line: 5, before: '前后⟨U+007F⟩', after: '前后' },
    ]);
    expect(warnings).toEqual([
      { line: 2, message: '含不可见字符 U+200B、U+0000（已删除，列于文本说明）：请核对原文此处是否缺字或有误。' },
      { line: 3, message: '含不可见字符 U+202E、U+202C（已删除，列于文本说明）：请核对原文此处是否缺字或有误。' },
      { line: 4, message: '含不可见字符 U+FEFF（已删除，列于文本说明）：请核对原文此处是否缺字或有误。' },
      { line: 5, message: '含不可见字符 U+2028、U+007F（已删除，列于文本说明）：请核对原文此处是否缺字或有误。' },
    ]);
  });

  it('keeps tabs and ordinary spaces', () => {
    const { corrections, warnings } = cleanLines(lines('甲\t乙 丙\u3000丁'));
    expect([corrections, warnings]).toEqual([[], []]);
  });
});

describe('cleanLines on pages and web copies', () => {
  it('reads page numbers of other styles, and bare numbers only when they count up', () => {
    const { lines: kept, corrections } = cleanLines(lines('正文', '第 2 页 共 9 页', '正文二', '第3页', '3', '正文三', '4/9'));
    expect(kept.map((l) => l.text)).toEqual(['正文', '正文二', '3', '正文三']);
    expect(corrections.map((c) => [c.kind, c.line])).toEqual([
      ['page-number', 2],
      ['page-number', 4],
      ['page-number', 7],
    ]);
    const bare = cleanLines(lines('甲', '1', '乙', '2', '丙', '3'));
    expect(bare.lines.map((l) => l.text)).toEqual(['甲', '乙', '丙']);
  });

  it('drops the title printed at the top (on two lines) when a second page repeats it as its header, even once', () => {
    const { lines: kept, corrections } = cleanLines(
      lines(
        '某区生物基材料产业发展行动方案',
        '（2025—2027年）',
        '正文第一页。',
        '— 1 —',
        '某区生物基材料产业发展行动方案（2025—2027年）',
        '正文第二页。',
        '— 2 —',
      ),
    );
    expect(kept.map((l) => l.text)).toEqual(['某区生物基材料产业发展行动方案', '（2025—2027年）', '正文第一页。', '正文第二页。']);
    expect(corrections.filter((c) => c.kind === 'running-header').map((c) => c.line)).toEqual([5]);
    // The same words inside the text, not at a page's edge, stay.
    const inText = cleanLines(lines('某区行动方案', '正文第一页。', '— 1 —', '正文。', '更多。', '某区行动方案', '正文第二页。', '更多正文。', '— 2 —'));
    expect(inText.lines.map((l) => l.text)).toContain('某区行动方案');
    expect(inText.lines.filter((l) => l.text === '某区行动方案')).toHaveLength(2);
  });

  it('drops a running header printed at each page top, keeping the same words used once in the text', () => {
    const { lines: kept, corrections } = cleanLines(
      lines(
        '正文第一页。',
        '— 1 —',
        '某区生物制造行动方案',
        '正文第二页。',
        '— 2 —',
        '某区生物制造行动方案',
        '正文第三页。',
        '— 3 —',
        '某区生物制造行动方案',
        '正文第四页。',
      ),
    );
    expect(kept.map((l) => l.text)).toEqual(['正文第一页。', '正文第二页。', '正文第三页。', '正文第四页。']);
    expect(corrections.filter((c) => c.kind === 'running-header').map((c) => c.line)).toEqual([3, 6, 9]);
    // Page 1 prints the title the later pages repeat as their header: it stays.
    const titled = cleanLines(
      lines('某区生物制造行动方案', '正文第一页。', '— 1 —', '某区生物制造行动方案', '正文第二页。', '— 2 —', '某区生物制造行动方案', '正文第三页。'),
    );
    expect(titled.lines.map((l) => l.text)).toEqual(['某区生物制造行动方案', '正文第一页。', '正文第二页。', '正文第三页。']);
  });

  it('drops the chrome of a copied web page, line by line, and the related links at the end', () => {
    const input = [
      '首页 > 政务公开 > 政府信息公开 > 规范性文件',
      '首页 政务公开 办事服务 互动交流 走进奉贤',
      '【字体：大 中 小】【打印】【关闭】',
      '奉贤区支持生物制造产业发展的若干措施',
      '　　为加快发展，制定本措施。',
      '　　本措施自2025年1月1日起施行。',
      '分享到：微信 微博',
      '打印本页 关闭窗口',
      '浏览次数：1024',
      '相关链接',
      '奉贤区关于促进生物医药产业发展的若干意见',
      '主办单位：上海市奉贤区人民政府办公室',
      '沪ICP备12345678号 网站标识码：3100000000',
    ];
    const { lines: kept, corrections } = cleanLines(lines(...input));
    expect(kept.map((l) => l.text)).toEqual(['奉贤区支持生物制造产业发展的若干措施', '为加快发展，制定本措施。', '本措施自2025年1月1日起施行。']);
    expect(corrections.every((c) => c.kind === 'web-chrome' && c.after === '')).toBe(true);
    expect(corrections.map((c) => c.line)).toEqual([1, 2, 3, 7, 8, 9, 10, 11, 12, 13]);
    expect(kept.map((l) => l.indent)).toEqual([false, true, true]);
  });

  it('drops the site’s name above the breadcrumb, and a tool row that opens with it', () => {
    const input = [
      '上海市商务委员会',
      '您当前的位置：首页 > 互动交流 > 征求意见 > 正文',
      '上海市奉贤区人民政府无障碍 | 长者助老 | 简体 | 繁體',
      '关于公开征求意见的公告',
    ];
    const { lines: kept, corrections } = cleanLines(lines(...input));
    expect(kept.map((l) => l.text)).toEqual(['关于公开征求意见的公告']);
    expect(corrections.map((c) => [c.kind, c.line])).toEqual([
      ['web-chrome', 1],
      ['web-chrome', 2],
      ['web-chrome', 3],
    ]);
    // Without a breadcrumb below it, a first short line is the document's own.
    expect(cleanLines(lines('上海市商务委员会', '关于公开征求意见的公告')).lines).toHaveLength(2);
  });

  it('keeps sentences that merely mention chrome words', () => {
    const texts = ['支持企业开展3D打印技术研发。', '首页 政务公开', '加强对外宣传，分享先进经验'];
    expect(cleanLines(lines(...texts)).lines).toHaveLength(3);
  });
});
