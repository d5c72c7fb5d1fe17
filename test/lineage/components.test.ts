/**
 * 本规划引用 / 被引用 (PlanCitations, wired into plan pages by the lead), rendered by Astro's
 * container with the real site model.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import PlanCitations from '../../src/components/lineage/PlanCitations.astro';
import { citationsOf } from '../../src/lineage/index.ts';
import { loadSite } from '../../src/model/index.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const dom = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe('PlanCitations', () => {
  const site = loadSite();

  it('Baoshan: cites the city plan (linked) and the future-industries plan with its notice 文号; cited by none', async () => {
    const html = await container.renderToString(PlanCitations, { props: { ...citationsOf(site).get('2023-baoshan-synbio')!, lineageHref: '/lineage/' } });
    const doc = dom(html);
    const items = [...doc.querySelectorAll('ul li')];
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('沪府发〔2022〕11号，印发通知的文号');
    expect(items[1]!.querySelector('a')!.getAttribute('href')).toBe('/plans/2023-shanghai-synbio/');
    expect(items[1]!.textContent).toContain('沪府办发〔2023〕18号');
    for (const item of items) expect(item.querySelector('.where a')!.getAttribute('href')).toBe('/plans/2023-baoshan-synbio/#preamble');
    expect(doc.body.textContent).toContain('本门户收录的其他规划没有引用本规划');
  });

  it('city plan: cited by the Baoshan plan; the draft cites nothing', async () => {
    const city = dom(await container.renderToString(PlanCitations, { props: { ...citationsOf(site).get('2023-shanghai-synbio')! } }));
    const citedBy = [...city.querySelectorAll('h2')].find((h) => h.textContent === '被引用')!.nextElementSibling!;
    expect([...citedBy.querySelectorAll('li > a')].map((a) => a.getAttribute('href'))).toEqual(['/plans/2023-baoshan-synbio/']);
    const draft = dom(await container.renderToString(PlanCitations, { props: { ...citationsOf(site).get('2024-baoshan-biomedicine-draft')! } }));
    expect(draft.body.textContent).toContain('本规划正文没有以书名号引用其他文件');
  });
});
