/**
 * Honest wording on the built pages (issue 18 item 5): review notes and their reasons stay in
 * `content/` — no page shows 人工核对, 依据词 or a repository path (content/…, .yaml) —, and
 * /agencies/ calls the first-listed unit 名单首位, never 牵头, since no plan text states what the
 * order of a 责任单位 list means (牵头 only in the sentences that say so, or in a plan's own text).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dist, pageDocument, requireBuild } from './built-site.ts';

requireBuild();
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
/** Our own words on a page: the body without the plans' text (a plan page's document, an original's lines). */
function ownText(page: string): string {
  const document = pageDocument(page);
  for (const quoted of document.querySelectorAll('.document, .original, pre, code')) quoted.remove();
  return document.querySelector('body')?.textContent ?? '';
}
const INTERNAL = /人工核对|依据词|content\/[a-z-]+|\.ya?ml\b|编辑备注/u;
/** The sentences that explain why the portal does not say 牵头. */
const EXPLAINS = /不表示牵头|不据此称牵头|“由……牵头”的表述/gu;

describe('no review notes or repository paths on public pages', () => {
  it('checks every page', () => expect(pages.length).toBeGreaterThan(50));
  it.each(pages.map((p) => [p]))('%s', (page) => {
    const text = ownText(page);
    expect(text.match(new RegExp(`.{0,20}(?:${INTERNAL.source}).{0,20}`, 'u'))?.[0]).toBeUndefined();
  });
});

describe('/agencies/ says 名单首位, not 牵头', () => {
  const agencyPages = pages.filter((p) => p.startsWith('agencies/'));
  it('has agency pages that use the 名单首位 label', () => {
    expect(agencyPages.length).toBeGreaterThan(10);
    expect(agencyPages.filter((p) => ownText(p).includes('名单首位')).length).toBeGreaterThan(10);
  });
  it.each(agencyPages.map((p) => [p]))('%s', (page) => {
    const text = ownText(page).replace(EXPLAINS, '');
    expect(text.match(/.{0,20}(?:牵头|配合单位).{0,20}/u)?.[0]).toBeUndefined();
  });
});
