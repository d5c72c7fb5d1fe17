/**
 * Chinese wording on the built pages (issue: careful readers): no nested brackets in status
 * notes, 未载明规划期 rather than 未设期限, no doubled 顿号 in clause references, no doubled colon in
 * layout captions, 图例 once per plan page, and status lines dated 截至 the build date, never 今天.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dist, pageDocument, requireBuild } from './built-site.ts';

requireBuild();
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html') && !f.includes('original/'));
const text = (page: string) => pageDocument(page).querySelector('main')?.textContent ?? '';

describe('wording', () => {
  it.each(pages.map((p) => [p]))('%s', (page) => {
    const main = text(page);
    // Our own words only: the plans' text may nest brackets (（责任单位：区发展改革委（区金融服务办））).
    const document = pageDocument(page);
    for (const own of document.querySelectorAll('main .document')) own.remove();
    const ours = document.querySelector('main')?.textContent ?? '';
    expect(ours.match(/（[^（）]*（[^（）]*））/u)?.[0]).toBeUndefined();
    expect(main).not.toContain('未设期限');
    expect(main).not.toContain('、、');
    expect(main.match(/.{0,20}今天.{0,20}/u)?.[0]).toBeUndefined();
    for (const li of document.querySelectorAll('.layout-groups > li')) {
      const caption = [...li.childNodes]
        .filter((n) => n.nodeName !== 'UL')
        .map((n) => n.textContent)
        .join('');
      expect(caption.match(/：/gu)?.length ?? 0, caption).toBeLessThanOrEqual(1);
    }
  });

  it('a plan page with a layout map says 图例 once', () => {
    const document = pageDocument('plans/2023-shanghai-synbio/');
    const legend = document.querySelector('.plan-layout-legend');
    expect(legend).not.toBeNull();
    expect(legend!.textContent!.match(/图例/gu)).toHaveLength(1);
  });

  it('the city plan layout caption reads 一核——浦东新区：…', () => {
    const captions = [...pageDocument('plans/2023-shanghai-synbio/').querySelectorAll('.layout-groups > li')].map((li) => li.textContent!.replace(/\s+/gu, ''));
    expect(captions.some((c) => c.startsWith('一核——浦东新区：'))).toBe(true);
  });
});
