/**
 * The per-agency and per-support-type feeds (src/feeds/): rendered through @astrojs/rss as the
 * routes do, parsed with a real XML parser (fast-xml-parser), and compared item by item with the
 * agency registry and the support measures. The routes exist only with SITE_URL; the default
 * build's absence of them is checked in test/site/discovery.test.ts.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { agenciesOf } from '../../src/agencies/index.ts';
import { agencyFeeds, agencyFeedUrl, typeFeeds } from '../../src/feeds/index.ts';
import { feedResponse } from '../../src/feeds/rss.ts';
import { buildSite } from '../../src/model/index.ts';
import { supportOf } from '../../src/support/index.ts';
import { SUPPORT_TYPES } from '../../src/support/types.ts';

const site = buildSite({ today: new Date('2026-12-02T00:00:00Z'), checkContent: false });
const origin = new URL('https://example.org/');
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });

async function parsed(feed: Parameters<typeof feedResponse>[0]) {
  const xml = await (await feedResponse(feed, origin)).text();
  const doc = parser.parse(xml) as { rss: { channel: { title: string; item?: Array<{ title: string; link: string; description: string }> } } };
  return { xml, channel: doc.rss.channel, items: doc.rss.channel.item ?? [] };
}

describe('agency feeds', () => {
  const registry = agenciesOf(site);
  const feeds = agencyFeeds(site);

  it('one feed per agency of the registry, at a percent-encoded path', () => {
    expect(feeds.map((f) => f.key)).toEqual(registry.agencies.map((a) => a.id));
    expect(feeds.length).toBeGreaterThan(10);
    const baoshan = feeds.find((f) => f.key === '宝山区-区经委');
    expect(baoshan?.href).toBe(agencyFeedUrl('宝山区-区经委'));
    expect(baoshan?.href).toBe(`/feeds/agency/${encodeURIComponent('宝山区-区经委')}.xml`);
  });

  it.each(registry.agencies.slice(0, 12).map((a) => [a.id, a] as const))(
    '%s: every clause it answers for, linked to its anchor at SITE_URL',
    async (id, agency) => {
      const { channel, items } = await parsed(feeds.find((f) => f.key === id)!);
      expect(channel.title).toContain(agency.name);
      expect(items.map((i) => i.link)).toEqual(agency.clauses.map((c) => new URL(c.url, origin).href));
      for (const [n, item] of items.entries()) {
        const clause = site.clause(agency.clauses[n]!.plan, agency.clauses[n]!.clause)!;
        expect(item.link).toMatch(new RegExp(`#${clause.id}$`, 'u'));
        expect(item.description).toContain(clause.text.split('\n')[0]);
      }
    },
  );
});

describe('support type feeds', () => {
  const measures = supportOf(site).measures;
  const feeds = typeFeeds(site);

  it('one feed per type that has measures', () => {
    expect(feeds.map((f) => f.key)).toEqual(SUPPORT_TYPES.filter((t) => measures.some((m) => m.types.includes(t))));
    expect(feeds.length).toBeGreaterThan(3);
  });

  it.each(feeds.map((f) => [f.key, f] as const))('%s: every measure of the type, linked to its clause', async (type, feed) => {
    const { xml, items } = await parsed(feed);
    expect(xml).not.toMatch(/localhost/u);
    const expected = measures.filter((m) => m.types.includes(type as (typeof SUPPORT_TYPES)[number]));
    expect(items.map((i) => i.link)).toEqual(expected.map((m) => new URL(m.url, origin).href));
    for (const [n, item] of items.entries()) expect(String(item.title)).toContain(expected[n]!.path);
  });
});
