/** The editorial vocabulary of related clauses (content/related/terms.yaml) against the texts. */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/model/index.ts';
import { relatedInputs } from '../../src/related/inputs.ts';
import { normaliseForSimilarity, PhraseReader } from '../../src/related/phrases.ts';
import { loadRelatedTerms, RELATED_TERMS_FILE, relatedTermsSchema } from '../../src/related/terms.ts';

const terms = loadRelatedTerms();
const texts = relatedInputs(loadSite().plans.map((p) => p.doc)).map((c) => normaliseForSimilarity(c.text));

describe(RELATED_TERMS_FILE, () => {
  it('names only forms that occur in a clause that takes part', () => {
    const absent = terms.instruments.flatMap((i) => i.forms.filter((f) => !texts.some((t) => t.includes(f))).map((f) => `${i.name}: ${f}`));
    expect(absent).toEqual([]);
  });

  it('rejects a form with punctuation or lower-case letters', () => {
    const bad = { instruments: [{ name: '外包', forms: ['cro'] }], boilerplate: ['加强'] };
    expect(relatedTermsSchema.safeParse(bad).success).toBe(false);
  });

  it('reads an instrument under any of its forms, and a phrase made only of boilerplate as no phrase', () => {
    const reader = new PhraseReader(terms);
    const city = reader.features('鼓励合同研究外包、合同外包生产机构和产品定制研发生产等服务模式');
    const jinshan = reader.features('引导开展委托研发服务（CRO）、委托生产服务（CMO）');
    const shared = [...city.instruments].filter((i) => jinshan.instruments.has(i)).map((i) => terms.instruments[i]!.name);
    expect(shared).toEqual(['研发生产外包']);
    const dull = reader.features('加快推进生物医药产业高质量发展');
    expect([...dull.dull].every((d) => d === 1)).toBe(true);
  });
});
