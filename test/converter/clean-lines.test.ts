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
      { line: 3, text: '宝府办〔2023〕45号', pageBreak: true },
      { line: 4, text: '正文', pageBreak: false },
      { line: 5, text: '——目标', pageBreak: false },
    ]);
  });

  it('keeps text that only looks like furniture', () => {
    const { lines: kept } = cleanLines(lines('——产业集聚规模成效明显。', '1—2个', '- 见附件 -'));
    expect(kept).toHaveLength(3);
  });
});
