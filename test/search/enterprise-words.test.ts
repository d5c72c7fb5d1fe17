/**
 * The enterprise-words table: valid, every plan word really occurs in a plan (else searching it
 * would only add noise), and queries expand as written out here by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/model/index.ts';
import { expandEnterpriseQuery } from '../../src/search/enterprise-words.ts';
import { enterpriseWordsFileSchema, loadEnterpriseWords } from '../../src/search/enterprise-words-load.ts';
import { parseYamlData } from '../../src/editorial/read-yaml.ts';

const table = loadEnterpriseWords();

describe('content/search/enterprise-words.yaml', () => {
  it('lists only plan words that occur in at least one plan clause', () => {
    const texts = loadSite().clauses.map((clause) => clause.text);
    const missing = table.flatMap((entry) => entry.planWords).filter((word) => !texts.some((text) => text.includes(word)));
    expect(missing).toEqual([]);
  });

  it('covers the words the issue names', () => {
    for (const word of ['房租', '租金', '补贴', '奖励', '贷款', '招聘', '招人', '办事', '审批', '上市']) {
      expect(expandEnterpriseQuery(word, table), word).toBeDefined();
    }
  });

  it('reports a bad row with file and line', () => {
    const text = 'entries:\n  - words: [房租]\n    planWords: []\n    note: 空的规划用语\n';
    expect(() => parseYamlData(text, 'content/search/enterprise-words.yaml', enterpriseWordsFileSchema)).toThrow(
      /^content\/search\/enterprise-words\.yaml:3: entries\.0\.planWords: /u,
    );
  });
});

describe('expandEnterpriseQuery', () => {
  it('maps an enterprise word to the plan words, most specific first', () => {
    expect(expandEnterpriseQuery('房租', table)).toEqual({ words: ['房租'], planWords: ['先租后让', '租赁', '厂房', '载体', '空间'] });
    expect(expandEnterpriseQuery('招聘', table)).toEqual({ words: ['招聘'], planWords: ['引才', '委培', '用工', '人才'] });
    expect(expandEnterpriseQuery('办事', table)).toEqual({ words: ['办事'], planWords: ['一件事', '代办', '帮办', '审批'] });
  });

  it('combines several terms without repeating plan words, and ignores case', () => {
    expect(expandEnterpriseQuery('补贴 奖励', table)).toEqual({ words: ['补贴', '奖励'], planWords: ['专项资金', '资金', '扶持', '奖励', '支持'] });
    expect(expandEnterpriseQuery('ipo', table)).toEqual({ words: ['ipo'], planWords: ['拟上市', '上市'] });
  });

  it('expands whole terms only', () => {
    expect(expandEnterpriseQuery('办事处', table)).toBeUndefined();
    expect(expandEnterpriseQuery('合成生物', table)).toBeUndefined();
    expect(expandEnterpriseQuery('', table)).toBeUndefined();
  });
});
