/**
 * Links on every built page: each same-origin `a[href]` (download links included) answers 200
 * through the static server, each `#fragment` names an element id on the target page (in the
 * HTML as served, so it works without JavaScript), page routes keep their trailing slash,
 * no page repeats an id, and nothing links to another origin.
 */
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages, useSite } from './site.ts';

const pages = builtPages();

interface Target {
  status: number;
  contentType: string;
  body: string;
}

interface Link {
  raw: string;
  href: string;
  download: string | null;
  text: string;
}

describe('links and ids', () => {
  const site = useSite();
  const targets = new Map<string, Promise<Target>>();
  const idsByTarget = new Map<string, Set<string>>();

  function fetchTarget(url: string): Promise<Target> {
    let t = targets.get(url);
    if (!t) {
      t = fetch(url, { redirect: 'manual' }).then(async (res) => ({
        status: res.status,
        contentType: res.headers.get('content-type') ?? '',
        body: await res.text(),
      }));
      targets.set(url, t);
    }
    return t;
  }

  /** Ids in the served HTML (parsed by the browser's own HTML parser, no scripts run). */
  async function idsOf(page: Page, url: string, html: string): Promise<Set<string>> {
    let ids = idsByTarget.get(url);
    if (!ids) {
      const list = await page.evaluate((source) => [...new DOMParser().parseFromString(source, 'text/html').querySelectorAll('[id]')].map((el) => el.id), html);
      ids = new Set(list);
      idsByTarget.set(url, ids);
    }
    return ids;
  }

  it.each(pages.map((p) => [p.path]))('%s', async (path) => {
    await site.withPage(async (page) => {
      const res = await page.goto(site.url + path, { waitUntil: 'networkidle' });
      expect(res?.status()).toBe(200);

      const { links, ids } = await page.evaluate(() => ({
        links: [...document.querySelectorAll('a[href]')].map((a) => ({
          raw: a.getAttribute('href') ?? '',
          // Resolved by hand: an SVG <a> (chart markers) has no string `.href`.
          href: new URL(a.getAttribute('href') ?? '', document.baseURI).href,
          download: a.getAttribute('download'),
          text: (a.textContent ?? '').trim().slice(0, 40),
        })),
        ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
      }));
      expect(links.length, `${path} has links`).toBeGreaterThan(0);

      // No two elements share an id (duplicates break fragments, labels and ARIA references).
      const seen = new Map<string, number>();
      for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
      const duplicates = [...seen].filter(([, n]) => n > 1).map(([id, n]) => `#${id} ×${n}`);
      expect.soft(duplicates, `duplicate ids on ${path}`).toEqual([]);
      expect
        .soft(
          ids.filter((id) => id === '' || /\s/.test(id)),
          `empty or whitespace ids on ${path}`,
        )
        .toEqual([]);

      const external: string[] = [];
      const problems: string[] = [];
      const describeLink = (l: Link) => `<a href="${l.raw}"${l.download !== null ? ' download' : ''}>${l.text}</a>`;

      for (const link of links as Link[]) {
        const url = new URL(link.href);
        if (!/^https?:$/.test(url.protocol) || url.origin !== site.origin) {
          external.push(`${describeLink(link)} → ${link.href}`);
          continue;
        }
        if (link.raw === '#' || link.raw.endsWith('#')) {
          problems.push(`${describeLink(link)}: empty fragment`);
          continue;
        }
        const targetUrl = url.origin + url.pathname + url.search;
        const lastSegment = url.pathname.split('/').pop() ?? '';
        if (!url.pathname.endsWith('/') && !lastSegment.includes('.')) {
          problems.push(`${describeLink(link)}: route without trailing slash (site uses trailingSlash: 'always')`);
        }
        const target = await fetchTarget(targetUrl);
        if (target.status !== 200) {
          problems.push(`${describeLink(link)}: ${url.pathname} answered HTTP ${target.status}`);
          continue;
        }
        if (link.download !== null && target.body.trim() === '') {
          problems.push(`${describeLink(link)}: download target ${url.pathname} is empty`);
        }
        if (url.hash) {
          const fragment = decodeURIComponent(url.hash.slice(1));
          if (!target.contentType.startsWith('text/html')) {
            problems.push(`${describeLink(link)}: fragment on a non-HTML target (${target.contentType})`);
            continue;
          }
          const targetIds = await idsOf(page, targetUrl, target.body);
          if (!targetIds.has(fragment)) {
            problems.push(`${describeLink(link)}: no element with id="${fragment}" on ${url.pathname}`);
          }
        }
      }

      expect.soft(external, `links to other origins on ${path} (none are expected)`).toEqual([]);
      expect(problems, `broken links on ${path}`).toEqual([]);
    });
  });

  it('download links point at the plain-text originals', async () => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}/plans/2023-baoshan-synbio/`);
      const downloads = await page.$$eval('a[download]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(downloads).toContain(`${site.origin}/plans/2023-baoshan-synbio/original.txt`);
      const txt = await fetchTarget(`${site.origin}/plans/2023-baoshan-synbio/original.txt`);
      expect(txt.status).toBe(200);
      expect(txt.contentType).toMatch(/^text\/plain/);
      expect(txt.body).toContain('宝府办〔2023〕45号');
    });
  });
});
