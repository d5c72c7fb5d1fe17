/**
 * The site built for a sub-path (`BASE_PATH=/portal/ OUT_DIR=dist-base`, as `npm test` does) and
 * served only under `/portal/`: every page loads with no failed request, every link, asset and
 * form on it stays under the base, and search and the map (which fetch at run time) work. It is
 * also the build with a public origin (`SITE_URL=https://example.org`, src/scripts/test.sh): its
 * canonical URLs, og:url, feed, sitemap and robots.txt use that origin and the base, never localhost.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeQr } from './qr-decode.ts';
import { builtPages, useSite } from './site.ts';

const baseDist = new URL('../../dist-base/', import.meta.url).pathname;
if (!existsSync(join(baseDist, 'index.html')))
  throw new Error('dist-base/ is missing: run `BASE_PATH=/portal/ OUT_DIR=dist-base npm run build` (npm test does it)');
const pages = builtPages(baseDist);

describe('a build under /portal/', () => {
  const site = useSite({ base: '/portal/', root: baseDist, pool: {} });

  // A few pooled pages at once: most of a load is waiting for the network to idle. Own `expect` per test.
  it.concurrent.for(pages.map((p) => p.path))('/portal%s: links, assets and requests stay under the base', { timeout: 120_000 }, async (path, { expect }) => {
    await site.withPooledPage(async (page) => {
      const problems: string[] = [];
      page.on('requestfailed', (req) => problems.push(`failed: ${req.url()}`));
      page.on('response', (res) => {
        if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
      });
      page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
      await page.goto(`${site.url}/portal${path}`, { waitUntil: 'networkidle' });
      const outside = await page.evaluate(() =>
        [...document.querySelectorAll('[href], [src], form[action]')]
          .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
          .filter((url) => url.startsWith('/') && !url.startsWith('/portal/')),
      );
      expect(outside).toEqual([]);
      expect(problems).toEqual([]);
    });
  });

  it('the QR codes are under the base and decode to permalinks under the base', async () => {
    await site.withPage(async (page) => {
      const plan = '/portal/plans/2023-shanghai-synbio/';
      await page.goto(`${site.url}${plan}`);
      const origin = 'https://example.org'; // SITE_URL of the /portal/ build (src/scripts/test.sh)
      expect(await decodeQr(page, `${plan}qr.svg`)).toBe(`${origin}${plan}`);
      const src = await page.locator('.clause-qr img').first().getAttribute('src');
      const id = await page.locator('section[data-clause]').first().getAttribute('data-clause');
      expect(src).toBe(`${plan}qr/${id}.svg`);
      expect(await decodeQr(page, src!)).toBe(`${origin}${plan}#${id}`);
    });
  });

  it('search finds a clause and links it under the base', async () => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}/portal/search/?q=${encodeURIComponent('先投后股')}`, { waitUntil: 'networkidle' });
      await expect.poll(async () => page.locator('a[href^="/portal/plans/2023-baoshan-synbio/#s4-5-11"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    });
  });

  it('the map loads its district outlines and draws its markers', async () => {
    await site.withPage(async (page) => {
      const failed: string[] = [];
      page.on('response', (res) => {
        if (res.status() >= 400) failed.push(res.url());
      });
      await page.route(/tile\.openstreetmap\.org/u, (route) => route.abort());
      await page.goto(`${site.url}/portal/map/`, { waitUntil: 'networkidle' });
      await expect.poll(async () => page.locator('.leaflet-marker-icon, .leaflet-interactive').count(), { timeout: 15_000 }).toBeGreaterThan(10);
      expect(failed).toEqual([]);
    });
  });

  it('data files and the feed use the base', async () => {
    await site.withPage(async (page) => {
      const clauses = (await (await page.request.get(`${site.url}/portal/data/clauses.json`)).json()) as { items: Array<{ url: string }> };
      expect(clauses.items[0]!.url).toMatch(/^\/portal\/plans\//u);
      const feed = await (await page.request.get(`${site.url}/portal/feed.xml`)).text();
      expect(feed).toContain('/portal/plans/2023-shanghai-synbio/</link>');
    });
  });

  describe('with SITE_URL, absolute URLs use it', () => {
    const origin = 'https://example.org/portal/';
    const read = (file: string) => readFileSync(join(baseDist, file), 'utf8');

    it('the calendar, agency and support-type feeds are written, linked from their pages, with absolute links under the base', () => {
      expect(read('calendar.ics')).toMatch(/^BEGIN:VCALENDAR\r\n/u);
      expect(read('calendar.ics')).toContain(`URL;VALUE=URI:${origin}plans/`);
      const agency = read('agencies/宝山区-区经委/index.html');
      const href = `/portal/feeds/agency/${encodeURIComponent('宝山区-区经委')}.xml`;
      expect(agency).toContain(`href="${href}"`);
      expect(read('feeds/agency/宝山区-区经委.xml')).toContain(`<link>${origin}plans/`);
      const support = read('support/index.html');
      expect(support).toContain('href="/portal/feeds/type/funding.xml"');
      expect(read('feeds/type/funding.xml')).toMatch(new RegExp(`<link>${origin}plans/[^<]+#s[\\d-]+</link>`, 'u'));
    });

    it('every page states its canonical URL (an old address: the new one) and og:url under SITE_URL and links the feed', () => {
      expect(pages.length).toBeGreaterThan(10);
      let moved = 0;
      for (const { path } of pages) {
        const html = read(join(path, 'index.html'));
        const canonical = /<link rel="canonical" href="([^"]+)"/u.exec(html)?.[1];
        // An old address (a moved compare pair) names the page its content lives at now.
        const movedTo = /<p data-compare-moved[^>]*>[^<]*<a href="\/portal\/([^"]+)"/u.exec(html)?.[1];
        expect(canonical, path).toBe(new URL(movedTo ? `./${movedTo}` : `.${path}`, origin).href);
        if (movedTo) moved += 1;
        expect(html, path).toContain(`<meta property="og:url" content="${canonical}"`);
        expect(html, path).toContain('type="application/rss+xml"');
      }
      expect(moved).toBeGreaterThan(0);
    });

    it('the feed and the sitemap list every plan at SITE_URL, robots.txt announces the sitemap', () => {
      const slugs = readdirSync(join(baseDist, 'plans'), { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(join(baseDist, 'plans', e.name, 'original')))
        .map((e) => e.name);
      expect(slugs).toHaveLength(5);
      const feed = read('feed.xml');
      for (const slug of slugs) expect(feed, slug).toContain(`<link>${origin}plans/${slug}/</link>`);
      expect(feed.match(/<item>/gu)).toHaveLength(slugs.length);
      const index = read('sitemap-index.xml');
      const maps = [...index.matchAll(/<loc>https:\/\/example\.org\/portal\/(sitemap-\d+\.xml)<\/loc>/gu)].map((m) => m[1]!);
      expect(maps.length).toBeGreaterThan(0);
      const urls = maps.map(read).join('\n');
      for (const slug of slugs) expect(urls, slug).toContain(`<loc>${origin}plans/${slug}/</loc>`);
      expect(read('robots.txt')).toMatch(/^Sitemap: https:\/\/example\.org\/portal\/sitemap-index\.xml$/mu);
      const files = readdirSync(baseDist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|xml|txt|ics)$/u.test(f));
      expect(files.filter((f) => read(f).includes('localhost'))).toEqual([]);
    });
  });
});
