/**
 * The validity block on the built pages (PORTAL_TODAY=2026-12-02, as the README's figures are
 * measured): on every plan page and its original page, status 截至 the build date, the source
 * line linking to a line anchor that exists on the original page and holds the quoted text, the
 * days left only for the plan whose period ends within 90 days, and the successor line.
 */
import { describe, expect, it } from 'vitest';
import { pageDocument, planFrontmatters, requireBuild } from './built-site.ts';

requireBuild();
const plans = planFrontmatters();
const asOf = pageDocument('/')
  .querySelector('.site-footer')
  ?.textContent?.match(/数据截至 (\d{4})-(\d{2})-(\d{2})/u);

describe('validity block', () => {
  it('covers the five plans', () => {
    expect(plans.map((p) => p.slug)).toHaveLength(5);
    expect(asOf).toBeTruthy();
  });

  describe.each(plans.map((p) => [p.slug, p]))('%s', (slug, plan) => {
    const pages = [`/plans/${slug}/`, `/plans/${slug}/original/`];
    const original = pageDocument(`/plans/${slug}/original/`);

    it.each(pages.map((p) => [p]))('%s shows status as of the build date, meaning and successor', (path) => {
      const block = pageDocument(path).querySelector('section.validity');
      expect(block, path).not.toBeNull();
      const [, y, m, d] = asOf!;
      expect(block!.querySelector('.validity-as-of')?.textContent).toMatch(new RegExp(`^截至${Number(y)}年${Number(m)}月${Number(d)}日：`, 'u'));
      if (plan.draft) expect(block!.textContent).toContain('送审稿（文本未载明是否印发）');
      expect(block!.querySelector('.validity-meaning')?.textContent?.length).toBeGreaterThan(10);
      expect(block!.querySelector('.validity-successor')?.textContent?.trim()).toBe('本站未收录后续文件');
    });

    it.each(pages.map((p) => [p]))('%s: the source line lands on an existing line that states the period', (path) => {
      const link = pageDocument(path).querySelector('section.validity a.validity-source-line');
      if (!plan.period && !plan.validity) {
        expect(link).toBeNull();
        return;
      }
      const href = link?.getAttribute('href') ?? '';
      expect(href).toMatch(new RegExp(`^/plans/${slug}/original/#L\\d+$`, 'u'));
      const line = original.getElementById(href.split('#')[1]!);
      expect(line, href).not.toBeNull();
      const fold = (t: string) => t.normalize('NFKC').replace(/\s+/gu, '').replace(/[—–-]/gu, '-');
      const stated = plan.validity?.text ?? plan.period!.text;
      expect(fold(line!.textContent ?? '')).toContain(fold(stated));
    });

    it.each(pages.map((p) => [p]))('%s: days left only when the period ends within 90 days', (path) => {
      const days = pageDocument(path).querySelector('section.validity .validity-days-left');
      // Only the 张江 plan (2025—2026, in force) can end within 90 days of a 2026 build: 29 days at 2026-12-02.
      const left = Math.round((Date.parse('2026-12-31') - Date.parse(asOf![0].slice(-10))) / 86_400_000);
      if (slug === '2025-zhangjiang-baoshan-park' && left >= 0 && left < 90) expect(days?.textContent).toContain(`距期满还有 ${left} 天`);
      else expect(days).toBeNull();
    });
  });
});
