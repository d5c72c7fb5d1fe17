/**
 * A task table in a support clause: the classifier reads it without its 责任单位 column (an
 * agency's name says who acts, not what is offered), the measure shows it whole.
 */
import { describe, expect, it } from 'vitest';
import { recogniseStructure } from '../../src/converter/recognise-structure.ts';
import type { Paragraph } from '../../src/converter/types.ts';
import { clauseInput, withTablesWhole } from '../../src/support/clause-input.ts';

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ text, lines: [i + 1, i + 1], lineStarts: [0], lineNumbers: [i + 1] }));

describe('a task table in a support clause', () => {
  const rows = ['序号 | 支持事项 | 责任单位', '1 | 按设备投入的30%给予资助，最高1000万元 | 区科委、区财政局'];
  const [clause] = recogniseStructure('test.txt', paragraphs('三、支持措施', '对新建中试平台给予支持。（责任单位：区经委）', ...rows)).clauses;

  it('reads the offer without the 责任单位 column or list', () => {
    const { text } = clauseInput(clause!, '三、');
    expect(text).toBe('三、支持措施\n对新建中试平台给予支持。\n序号 | 支持事项\n1 | 按设备投入的30%给予资助，最高1000万元');
  });

  it('shows the table whole again, as printed', () => {
    const { text } = clauseInput(clause!, '三、');
    expect(withTablesWhole(clause!, text)).toBe(`三、支持措施\n对新建中试平台给予支持。\n${rows.join('\n')}`);
  });
});
