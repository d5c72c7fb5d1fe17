/**
 * Discovery channels in the default build (no SITE_URL, as `npm test` builds dist/): nothing that
 * needs an absolute URL is written — no canonical or og:url, no feeds, no calendar.ics, no sitemap, no Sitemap line
 * in robots.txt — and no file names localhost. Each plan page carries schema.org Legislation
 * JSON-LD with its 文号, dates, jurisdiction and status. The feed, sitemap and canonical URLs of a
 * build with SITE_URL are checked on dist-base/ (test/browser/base-path.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, pageDocument, planFrontmatters, requireBuild } from './built-site.ts';

requireBuild();
const text = (file: string) => readFileSync(join(dist, file), 'utf8');
const plans = planFrontmatters();
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });

describe('discovery', () => {
  it('no built HTML, XML, text or data file names localhost', () => {
    const textFiles = files.filter((f) => /\.(html|xml|txt|json|csv|ris|bib)$/u.test(f) && !f.startsWith('pagefind'));
    expect(textFiles.length).toBeGreaterThan(50);
    const offenders = textFiles.filter((f) => /localhost|127\.0\.0\.1/u.test(text(f)));
    expect(offenders).toEqual([]);
  });

  it('without SITE_URL there is no feed and no sitemap, and robots.txt announces none', () => {
    expect(existsSync(join(dist, 'feed.xml'))).toBe(false);
    expect(existsSync(join(dist, 'calendar.ics'))).toBe(false);
    expect(existsSync(join(dist, 'feeds'))).toBe(false);
    expect(files.filter((f) => f.startsWith('sitemap'))).toEqual([]);
    expect(text('robots.txt')).toBe('User-agent: *\nAllow: /\n');
  });

  it('no page states a canonical URL or og:url, or links the missing feed', () => {
    const pages = files.filter((f) => f.endsWith('index.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const document = pageDocument(page);
      expect(document.querySelector('link[rel="canonical"], meta[property="og:url"]'), page).toBeNull();
      expect(document.querySelector('[href$="feed.xml"], [href$="sitemap-index.xml"], [href$=".ics"], [href*="/feeds/"]'), page).toBeNull();
      expect(document.querySelector('meta[property="og:title"]'), page).not.toBeNull();
    }
  });

  it.each(plans.map((p) => [p.slug, p]))('%s carries Legislation JSON-LD with its 文号', (slug, plan) => {
    const script = pageDocument(`/plans/${slug}/`).querySelector('script[type="application/ld+json"]');
    expect(script).not.toBeNull();
    const data = JSON.parse(script!.textContent!) as Record<string, unknown>;
    expect(data['@type']).toBe('Legislation');
    expect(data.name).toBe(`${plan.title}${plan.titleMarks.join('')}`);
    if (plan.docNumber) expect(data.legislationIdentifier).toBe(plan.docNumber);
    else expect(data).not.toHaveProperty('legislationIdentifier');
    if (plan.dateSigned) expect(data.legislationDate).toBe(plan.dateSigned);
    expect(data.legislationJurisdiction).toBe(plan.district ? `上海市${plan.district}` : '上海市');
    expect((data.legislationLegalForce as { '@id': string })['@id']).toMatch(/^https:\/\/schema\.org\/(InForce|NotInForce)$/u);
    if (plan.draft) expect((data.legislationLegalForce as { '@id': string })['@id']).toBe('https://schema.org/NotInForce');
  });
});
