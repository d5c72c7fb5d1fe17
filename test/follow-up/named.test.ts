/**
 * Every follow-up policy the portal lists (the ledger behind /follow-up/ and /data/follow-up.json,
 * built from the real five plans) is a named document or programme, never a phrase (issue 18):
 * a quoted name (“科创30条”), or words that name a kind of document, fund or list (…专项政策,
 * …办法, …方案, …基金, …白名单; …政策的修订). The phrases the plans use without naming a document
 * (按照规定予以支持, 重要政策制定) occur in the texts and are not listed.
 */
import { describe, expect, it } from 'vitest';
import { followUpLedger } from '../../src/follow-up/index.ts';
import { loadSite } from '../../src/model/index.ts';

const site = loadSite();
const ledger = followUpLedger(site);
/** A quoted name, or a noun that names a document, fund, programme or list. */
const NAMED = /“[^”]+”|《[^》]+》|(?:政策|办法|方案|细则|意见|规划|计划|基金|名单|条)(?:的(?:修订|制定))?$/u;
/** Phrases that name no document. */
const PHRASE = /^(?:按照?(?:有关|相关)?规定|相关政策|有关政策|政策支持|予以支持|重要政策)/u;

describe('follow-up policies are named documents or programmes', () => {
  it('lists the documents of the five plans', () => expect(ledger.length).toBeGreaterThanOrEqual(20));
  it.each(ledger.map((e) => [`${e.plan} ${e.path} ${e.document}`, e] as const))('%s', (_, entry) => {
    expect(entry.document).toMatch(NAMED);
    expect(entry.document).not.toMatch(PHRASE);
    // The name is the plan's own words.
    expect(site.clause(entry.plan, entry.clause)!.text.replace(/\s+/gu, '')).toContain(entry.document.replace(/\s+/gu, ''));
  });
  it('leaves out the phrases the texts use without naming a document', () => {
    for (const phrase of ['按照规定予以支持', '重要政策制定']) {
      const where = site.plans.flatMap((p) => p.clauses.filter((c) => c.text.includes(phrase)));
      expect(where.length, phrase).toBeGreaterThan(0);
      expect(ledger.filter((e) => e.document.includes(phrase) || e.wording === phrase)).toEqual([]);
    }
  });
});
