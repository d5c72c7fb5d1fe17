/**
 * Related clauses on the built site: each plan page links a clause that has related clauses to
 * its entry on /plans/<slug>/related/, which exists and lists the clauses of other plans; the
 * lists are symmetric as built (A lists B exactly when B lists A) and never name the same plan.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, pageDocument, planFrontmatters, requireBuild } from './built-site.ts';

requireBuild();
const slugs = planFrontmatters().map((p) => p.slug);
/** `slug#id` → the `slug#id`s its entry on the related page lists. */
const lists = new Map<string, string[]>();
/** Each plan page parsed once: the symmetry check looks up hundreds of ids. */
const planPages = new Map(slugs.map((slug) => [slug, pageDocument(`/plans/${slug}/`)]));
for (const slug of slugs) {
  for (const section of pageDocument(`/plans/${slug}/related/`).querySelectorAll('main section.related-row')) {
    const id = section.querySelector('h2')!.id;
    lists.set(
      `${slug}#${id}`,
      [...section.querySelectorAll('li a')].map((a) => {
        const [, s, i] = /^\/plans\/([^/]+)\/#(.+)$/u.exec(a.getAttribute('href')!)!;
        return `${s}#${i}`;
      }),
    );
  }
}

describe('/plans/<slug>/related/', () => {
  it('is linked from each clause of the plan page that has related clauses, with their count', () => {
    for (const slug of slugs) {
      const links = [...planPages.get(slug)!.querySelectorAll('p.related-clauses a')];
      expect(links.length, slug).toBeGreaterThan(0);
      for (const a of links) {
        const id = a.getAttribute('href')!.split('#')[1]!;
        expect(a.getAttribute('href')).toBe(`/plans/${slug}/related/#${id}`);
        expect(a.textContent).toBe(`其他规划中的相关条款（${lists.get(`${slug}#${id}`)?.length}）`);
      }
      expect(links.length).toBe([...lists.keys()].filter((k) => k.startsWith(`${slug}#`)).length);
    }
  });

  it('lists clauses that exist, of other plans only, symmetrically', () => {
    for (const [from, list] of lists) {
      for (const to of list) {
        const [slug, id] = to.split('#') as [string, string];
        expect(slug).not.toBe(from.split('#')[0]);
        expect(existsSync(join(dist, 'plans', slug, 'index.html'))).toBe(true);
        expect(planPages.get(slug)?.getElementById(id), to).not.toBeNull();
        expect(lists.get(to) ?? [], `${from} → ${to}`).toContain(from);
      }
    }
    expect(lists.get('2023-baoshan-synbio#s4-3-8')).not.toContain('2025-zhangjiang-baoshan-park#s2-3-9');
    expect(lists.get('2023-jinshan-biomanufacturing#s7-2')).toContain('2024-baoshan-biomedicine-draft#s4-1-18');
  });
});
