/**
 * The built /targets/ and /lineage/ pages (dist/): every chart marker and table row links to a
 * clause that exists on its plan page, the table holds every target, the charts' SVG is pinned
 * by a snapshot after normalisation (Astro's scoping attributes and white space removed).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist, pageDocument, requireBuild } from '../site/built-site.ts';

requireBuild();

/** `/plans/x/#s1-2` → whether the plan page has an element with that id. */
const anchorCache = new Map<string, Set<string>>();
function anchorExists(href: string): boolean {
  const [path, id] = href.split('#');
  if (!anchorCache.has(path!)) anchorCache.set(path!, new Set([...pageDocument(path!).querySelectorAll('[id]')].map((e) => e.id)));
  return id === undefined || anchorCache.get(path!)!.has(id);
}

function normalisedSvg(svg: Element): string {
  return svg.outerHTML
    .replace(/\s+data-astro-cid-[\w-]+(?:="[^"]*")?/gu, '')
    .replace(/>\s+</gu, '><')
    .replace(/\s+/gu, ' ');
}

describe('/targets/ as built', () => {
  const doc = pageDocument('/targets/');
  const marks = [...doc.querySelectorAll('.targets-chart svg a')];
  const rows = [...doc.querySelectorAll('[data-targets-table] tbody tr')];

  it('has a marker and a row for each of the 44 targets', () => {
    expect(marks).toHaveLength(44);
    expect(rows).toHaveLength(44);
  });

  it('links every marker and every row to a clause that exists', () => {
    for (const a of marks) expect(anchorExists(a.getAttribute('href')!), a.getAttribute('href')!).toBe(true);
    for (const row of rows) {
      const href = row.querySelector('td:last-child a')!.getAttribute('href')!;
      expect(href).toMatch(/^\/plans\/[^/]+\/#s\d/u);
      expect(anchorExists(href), href).toBe(true);
    }
  });

  it('gives every marker an accessible name and says which deadlines have passed', () => {
    for (const a of marks) expect(a.getAttribute('aria-label')).toMatch(/期限(已过|未到)/u);
    // As of the build's date (asOf in the data file), counted from the hand-checked years.
    const asOf = JSON.parse(readFileSync(join(dist, 'data/targets.json'), 'utf8')).asOf as string;
    const expectedYears = readdirSync(new URL('./expected/', import.meta.url))
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => (JSON.parse(readFileSync(new URL(`./expected/${f}`, import.meta.url), 'utf8')) as Array<{ year: number }>).map((t) => t.year));
    const passed = expectedYears.filter((year) => `${year + 1}-01-01` <= asOf).length;
    expect(rows.filter((r) => r.getAttribute('data-deadline') === '期限已过').length).toBe(passed);
  });

  it('has a chart SVG that matches the snapshot', () => {
    expect(normalisedSvg(doc.querySelector('.targets-chart svg')!)).toMatchSnapshot();
  });
});

describe('/lineage/ as built', () => {
  const doc = pageDocument('/lineage/');

  it('links portal plans in the graph and draws the others as plain labels', () => {
    const links = [...doc.querySelectorAll('.lineage-graph svg a')].map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(
      ['2023-baoshan-synbio', '2023-jinshan-biomanufacturing', '2023-shanghai-synbio', '2024-baoshan-biomedicine-draft', '2025-zhangjiang-baoshan-park'].map(
        (s) => `/plans/${s}/`,
      ),
    );
    expect(doc.querySelectorAll('.lineage-graph svg path[marker-end]')).toHaveLength(8);
  });

  it('lists every cited document with links to where it is cited', () => {
    const items = [...doc.querySelectorAll('.lineage-documents > li')];
    expect(items).toHaveLength(6);
    for (const a of doc.querySelectorAll('.lineage-documents a')) expect(anchorExists(a.getAttribute('href')!), a.getAttribute('href')!).toBe(true);
    expect(doc.querySelector('.lineage-documents')!.textContent).toContain('沪府发〔2022〕11号');
  });

  it('has a graph SVG that matches the snapshot', () => {
    expect(normalisedSvg(doc.querySelector('.lineage-graph svg')!)).toMatchSnapshot();
  });
});
