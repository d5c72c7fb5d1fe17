/**
 * 其他规划中的相关条款 (RelatedClauses, wired under each clause by the lead), rendered by Astro's
 * container with the real site model.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import RelatedClauses from '../../src/components/related/RelatedClauses.astro';
import { loadSite } from '../../src/model/index.ts';
import { relatedTo } from '../../src/related/index.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const dom = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe('RelatedClauses', () => {
  const site = loadSite();

  it('lists the related clauses of another plan in a closed <details>, each linking to a clause that exists', async () => {
    const items = relatedTo(site, '2023-baoshan-synbio', 's4-2-4');
    expect(items.length).toBeGreaterThan(0);
    const doc = dom(await container.renderToString(RelatedClauses, { props: { items } }));
    const details = doc.querySelector('details.related-clauses')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe(`其他规划中的相关条款（${items.length}）`);
    const hrefs = [...details.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(hrefs[0]).toBe('/plans/2023-shanghai-synbio/#s3-8');
    for (const href of hrefs) {
      const [, slug, id] = /^\/plans\/([^/]+)\/#(.+)$/u.exec(href)!;
      expect(slug).not.toBe('2023-baoshan-synbio');
      expect(site.clause(slug!, id!)).toBeDefined();
    }
  });

  it('renders nothing for a clause without related clauses', async () => {
    expect(relatedTo(site, '2023-baoshan-synbio', 's1-1')).toEqual([]);
    const html = await container.renderToString(RelatedClauses, { props: { items: [] } });
    expect(dom(html).querySelector('details')).toBeNull();
  });
});
