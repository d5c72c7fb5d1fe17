/**
 * 其他规划中的相关条款 under a clause (RelatedClauses, wired under each clause): one link with the
 * count to the plan's related page, rendered by Astro's container with the real site model.
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

  it('links to the clause on the plan’s related page, with the count of related clauses of other plans', async () => {
    const items = relatedTo(site, '2023-baoshan-synbio', 's4-2-4');
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]!.url).toBe('/plans/2023-shanghai-synbio/#s3-8');
    for (const item of items) expect(item.url.startsWith('/plans/2023-baoshan-synbio/')).toBe(false);
    const doc = dom(await container.renderToString(RelatedClauses, { props: { items, plan: '2023-baoshan-synbio', id: 's4-2-4' } }));
    const link = doc.querySelector('p.related-clauses a')!;
    expect(link.getAttribute('href')).toBe('/plans/2023-baoshan-synbio/related/#s4-2-4');
    expect(link.textContent).toBe(`其他规划中的相关条款（${items.length}）`);
  });

  it('renders nothing for a clause without related clauses', async () => {
    expect(relatedTo(site, '2023-baoshan-synbio', 's1-1')).toEqual([]);
    const html = await container.renderToString(RelatedClauses, { props: { items: [], plan: '2023-baoshan-synbio', id: 's1-1' } });
    expect(dom(html).querySelector('.related-clauses')).toBeNull();
  });
});
