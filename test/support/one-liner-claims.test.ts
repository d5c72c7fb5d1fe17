/**
 * Every support one-liner (`content/support/<plan>.yaml`, `summary`) states only what its clause
 * states (issue 18): each claim the one-liner makes — an agency, an instrument, a beneficiary —
 * is a word of the clause's own text. The claim words are the portal's own vocabularies: every
 * agency any plan lists as 责任单位, every support term of the classifier, and the beneficiary
 * words of the finder's stages plus the kinds of recipient the plans name.
 */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/model/index.ts';
import { loadSupportEditorial } from '../../src/support/editorial.ts';
import { STAGE_TERMS } from '../../src/support/fit-terms.ts';
import { TYPE_TERMS } from '../../src/support/terms.ts';

const site = loadSite();
const editorial = loadSupportEditorial();

/** Recipients a one-liner may name; each must then be named by the clause. */
const RECIPIENTS = [
  '企业',
  '高校',
  '科研院所',
  '科研机构',
  '医疗机构',
  '医院',
  '投资机构',
  '金融机构',
  '银行',
  '科学家',
  '人才',
  '团队',
  '孵化机构',
  '园区',
  '街镇',
];
const vocab = {
  agency: [...new Set(site.plans.flatMap((p) => p.clauses.flatMap((c) => c.agencies)))],
  instrument: [...new Set(Object.values(TYPE_TERMS).flat())],
  beneficiary: [...new Set([...Object.values(STAGE_TERMS).flat(), ...RECIPIENTS])],
};
/** The claims of a one-liner: the longest vocabulary words it contains (a shorter word inside a longer one is not a second claim). */
function claimsOf(summary: string): { kind: keyof typeof vocab; word: string }[] {
  const all = Object.entries(vocab).flatMap(([kind, words]) =>
    words.filter((w) => w.length >= 2 && summary.includes(w)).map((word) => ({ kind: kind as keyof typeof vocab, word })),
  );
  return all.filter((c) => !all.some((o) => o.word !== c.word && o.word.includes(c.word)));
}

describe('support one-liners claim only what the clause says', () => {
  const cases = [...editorial].flatMap(([slug, notes]) => Object.entries(notes.measures).map(([id, note]) => ({ slug, id, summary: note.summary })));
  it('covers every one-liner of the five plans', () => expect(cases.length).toBeGreaterThan(50));
  it.each(cases.map((c) => [`${c.slug} ${c.id}`, c] as const))('%s', (_, { slug, id, summary }) => {
    const text = site.clause(slug, id)!.text;
    const unsupported = claimsOf(summary).filter((c) => !text.includes(c.word));
    expect(unsupported, `${summary}\n${text}`).toEqual([]);
  });
  it('finds the claims the issue named: 帮助争取 funds, enterprises in 四、（一）2.（2）', () => {
    expect(claimsOf('帮助企业争取国家级和市级资金支持').map((c) => c.word)).toEqual(expect.arrayContaining(['企业', '资金支持']));
    // The clause of 宝山 四、（一）2.（2） names universities and platforms, no enterprise: a one-liner naming 企业 would fail.
    expect(site.clause('2023-baoshan-synbio', 's4-1-2-2')!.text.includes('企业')).toBe(false);
  });
});
