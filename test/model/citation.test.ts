import { describe, expect, it } from 'vitest';
import { citationText, clausePath } from '../../src/model/citation.ts';
import { clauseUrl } from '../../src/model/urls.ts';

const plan = {
  slug: '2023-baoshan-synbio',
  title: '宝山区加快打造合成生物产业先导区三年行动计划（2023—2025年）',
  docNumber: '宝府办〔2023〕45号',
  titleMarks: [],
  outline: [
    { id: 's4', number: '四、', title: '任务部署' },
    { id: 's4-5', number: '（五）', title: '加快推动合成生物与金融集成创新' },
    { id: 's4-5-11', number: '11.', title: '设立合成生物专项基金' },
    { id: 's4-5-11-1', number: '（1）', title: '' },
  ],
};

describe('citations', () => {
  it('builds the full number path of a clause', () => {
    expect(clausePath(plan.outline, 's4-5-11-1')).toBe('四、（五）11.（1）');
  });
  it('cites title, 文号, path and heading', () => {
    expect(citationText(plan, 's4-5-11')).toBe(
      '《宝山区加快打造合成生物产业先导区三年行动计划（2023—2025年）》（宝府办〔2023〕45号）四、（五）11.“设立合成生物专项基金”',
    );
    expect(citationText(plan, 's4-5-11-1')).toBe('《宝山区加快打造合成生物产业先导区三年行动计划（2023—2025年）》（宝府办〔2023〕45号）四、（五）11.（1）');
  });
  it('cites a draft with its mark and no 文号', () => {
    expect(citationText({ ...plan, docNumber: undefined, titleMarks: ['（送审稿）'] }, 's4')).toBe(
      '《宝山区加快打造合成生物产业先导区三年行动计划（2023—2025年）》（送审稿）四、“任务部署”',
    );
  });
  it('links to the clause anchor on the plan page', () => {
    expect(clauseUrl(plan.slug, 's4-5-11')).toBe('/plans/2023-baoshan-synbio/#s4-5-11');
  });
});

describe('citationText nesting', () => {
  it('turns quotes inside a clause title into ‘’ inside the outer “”', () => {
    const plan = { slug: 'p', title: 'T', titleMarks: [], outline: [{ id: 's1', number: '一、', title: '深化“先投后股”支持模式' }] };
    expect(citationText(plan, 's1')).toBe('《T》一、“深化‘先投后股’支持模式”');
  });
});
