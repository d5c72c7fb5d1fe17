/**
 * The glossary on the built site: /glossary/ has an entry (anchor) per term of content/glossary.yaml,
 * marked editorial, each source and occurrence link landing on its line of the original; clause
 * text links terms to their entries (no script), at most once per clause, never inside another
 * link, and the clause text stays exactly the model's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/glossary/schema.ts';
import { blockTextsWithoutDuties, buildSite } from '../../src/model/index.ts';
import { dist, fold, pageDocument, requireBuild, root } from './built-site.ts';

requireBuild();
const terms = parseGlossary(readFileSync(join(root, 'content/glossary.yaml'), 'utf8'));
const site = buildSite({ checkContent: false });
const glossary = pageDocument('/glossary/');

/** Whether `href` (`/plans/<slug>/original/#L12`, `/glossary/#cro`) names a built page and an id on it. */
function lands(href: string): boolean {
  const [path, hash] = href.split('#') as [string, string | undefined];
  if (!existsSync(join(dist, decodeURIComponent(path), 'index.html'))) return false;
  return hash === undefined || pageDocument(decodeURIComponent(path)).getElementById(decodeURIComponent(hash)) !== null;
}

describe('/glossary/', () => {
  it('has one entry per term, says it is editorial, and states when no full name is given', () => {
    expect(glossary.querySelector('main')!.textContent).toContain('编辑整理');
    for (const t of terms) {
      const dt = glossary.getElementById(t.id);
      expect(dt?.textContent, t.term).toContain(t.term);
      const dd = dt!.nextElementSibling!;
      for (const e of t.expansions) expect(dd.textContent).toContain(e.text);
      if (t.expansions.length === 0) expect(dd.textContent).toMatch(/文本未载明(全称|定义)/u);
    }
  });

  it('every link on it lands on its line of the original', () => {
    const links = [...glossary.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')!);
    expect(links.length).toBeGreaterThan(terms.length);
    for (const href of links) expect(lands(href), href).toBe(true);
  });

  it('the home page links it', () => {
    expect(pageDocument('/').querySelector('main a[href="/glossary/"]')).not.toBeNull();
  });
});

describe('terms in clause text', () => {
  const pages = site.plans.map((plan) => ({ plan, document: pageDocument(`/plans/${plan.slug}/`) }));
  const links = pages.flatMap(({ document }) => [...document.querySelectorAll('a.glossary-term')]);

  it('link to their glossary entry, with no script, never inside another link', () => {
    expect(links.length).toBeGreaterThanOrEqual(10);
    const linked = new Set(links.map((a) => a.textContent));
    for (const term of ['先投后股', '拨投结合', '揭榜挂帅', '首台套', 'CRO', 'CDMO']) expect(linked, term).toContain(term);
    for (const a of links) {
      const entry = terms.find((t) => t.term === a.textContent);
      expect(entry, a.textContent!).toBeDefined();
      expect(a.getAttribute('href')).toBe(`/glossary/#${entry!.id}`);
      expect(glossary.getElementById(entry!.id)).not.toBeNull();
      expect(a.parentElement!.closest('a'), a.textContent!).toBeNull();
      expect(a.closest('section[data-clause]'), a.textContent!).not.toBeNull();
    }
  });

  it('link each term at most once per clause', () => {
    for (const { document } of pages)
      for (const section of document.querySelectorAll('section[data-clause]')) {
        const own = [...section.querySelectorAll('a.glossary-term')].filter((a) => a.closest('section[data-clause]') === section);
        const names = own.map((a) => a.textContent!);
        expect(new Set(names).size, section.getAttribute('data-clause')!).toBe(names.length);
      }
  });

  it('leave each clause’s text exactly the model’s', () => {
    let checked = 0;
    for (const { plan, document } of pages)
      for (const clause of plan.clauses) {
        const section = document.querySelector(`section[data-clause="${clause.id}"]`)!;
        if (!section.querySelector(':scope > p a.glossary-term, :scope > * a.glossary-term')) continue;
        const paragraphs = [...section.querySelectorAll(':scope > p')].map((p) => {
          const copy = p.cloneNode(true) as Element;
          for (const duty of copy.querySelectorAll('.duty')) duty.remove();
          return fold(copy.textContent ?? '');
        });
        for (const block of blockTextsWithoutDuties(clause.clause).map(fold).filter(Boolean)) expect(paragraphs, `${plan.slug}#${clause.id}`).toContain(block);
        checked++;
      }
    expect(checked).toBeGreaterThanOrEqual(8);
  });
});
