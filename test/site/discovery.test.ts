/**
 * Discovery channels in the built site: the RSS feed and the sitemap list every plan, robots.txt
 * announces the sitemap, every page links the feed and has a canonical URL, and each plan page
 * carries schema.org Legislation JSON-LD with its 文号, dates, jurisdiction and status.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, pageDocument, planFrontmatters, requireBuild } from './built-site.ts';

requireBuild();
const text = (file: string) => readFileSync(join(dist, file), 'utf8');
const plans = planFrontmatters();

describe('discovery', () => {
  it('the feed lists every plan with its page', () => {
    const feed = text('feed.xml');
    expect(feed).toMatch(/^<\?xml/u);
    for (const plan of plans) expect(feed, plan.slug).toContain(`/plans/${plan.slug}/</link>`);
    expect(feed.match(/<item>/gu)).toHaveLength(plans.length);
  });

  it('the sitemap lists every plan page and robots.txt announces it', () => {
    const index = text('sitemap-index.xml');
    const maps = [...index.matchAll(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/gu)].map((m) => m[1]!);
    expect(maps.length).toBeGreaterThan(0);
    const urls = maps.map((m) => text(m)).join('\n');
    for (const plan of plans) expect(urls, plan.slug).toContain(`/plans/${plan.slug}/</loc>`);
    expect(text('robots.txt')).toMatch(/^Sitemap: \S+\/sitemap-index\.xml$/mu);
  });

  it('every page links the feed and states a canonical URL', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const document = pageDocument(page);
      expect(document.querySelector('link[rel="alternate"][type="application/rss+xml"]'), page).not.toBeNull();
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), page).toMatch(/^https?:\/\//u);
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
