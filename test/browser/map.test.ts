/**
 * The map pages in headless Chromium, offline (tile requests blocked or never made): /map/ draws
 * a marker per place matching the list, layers switch, popups link to clauses that really name
 * the place, keyboard users reach every place, tiles failing leaves the map usable, no console
 * error, no axe violation, and the list works without JavaScript. Also: Leaflet (code and CSS)
 * is reachable only from /map/ and, lazily, from plan pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { builtHtmlFiles, builtPages, distDir, useSite } from './site.ts';
import { allAliases, loadGazetteer } from '../../src/places/index.ts';
import { defaultTiles } from '../../src/config/tiles.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const gazetteer = loadGazetteer();
const placeIds = gazetteer.places.map((p) => p.id).sort();
const TILE_HOSTS = /tile\.openstreetmap\.org|tianditu\.gov\.cn/u;
/** Leaflet's own code and stylesheet, recognisable in any bundle. */
const LEAFLET_JS = '_leaflet_id';
const LEAFLET_CSS = '.leaflet-pane';

async function openMap(page: Page, path = '/map/', url = ''): Promise<void> {
  const response = await page.goto(url + path, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  // The map loads when its box comes near the viewport (below the fold on a phone).
  await page.locator('#place-map').scrollIntoViewIfNeeded();
  await page.waitForSelector('#place-map[data-ready="true"]', { timeout: 15_000 });
}

const markerIds = (page: Page) =>
  page.$$eval('#place-map .leaflet-marker-pane .place-marker', (nodes) => nodes.map((n) => (n as HTMLElement).dataset.placeId ?? '').sort());

async function runAxe(page: Page): Promise<AxeResults> {
  // Evaluated by the driver, not added as an inline <script>: the page's CSP forbids those.
  await page.evaluate(axeSource);
  return page.evaluate(() =>
    (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
      // WCAG 2.2 AA too: its target-size rule (24×24 px) matters most on a map full of markers.
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    }),
  );
}

const describeViolations = (results: AxeResults) =>
  results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.html.slice(0, 160))
        .join(' | ')}`,
  );

/** The clause's own text on a built plan page (heading and paragraphs, no sub-clauses, no 责任单位). */
const clauseTexts = new Map<string, string>();
function clauseOwnText(plan: string, clause: string): string {
  const key = `${plan}#${clause}`;
  if (!clauseTexts.has(key)) {
    const { document } = parseHTML(readFileSync(join(distDir, 'plans', plan, 'index.html'), 'utf8'));
    const section = document.querySelector(`section[data-clause="${clause}"]`);
    if (!section) clauseTexts.set(key, '');
    else {
      const copy = section.cloneNode(true) as Element;
      for (const nested of [...copy.querySelectorAll('section.clause, .duty, .clause-tools')]) nested.remove();
      clauseTexts.set(key, (copy.textContent ?? '').replace(/\s+/gu, ''));
    }
  }
  return clauseTexts.get(key)!;
}

/** The policy the site will be served with (the tile host is allowed for the optional tiles). */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  `img-src 'self' data: ${new URL(defaultTiles.url.replace(/\{[a-z]\}/gu, '0')).origin}`,
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Serves every page of the site with the strict CSP and records each violation the page reports. */
async function applyCsp(page: Page, siteUrl: string): Promise<void> {
  await page.route(`${siteUrl}/**`, async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
  });
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
    );
  });
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Proves the policy is in force: a <style> element added now must be reported. */
async function expectCspEnforced(page: Page): Promise<void> {
  const before = (await cspViolations(page)).length;
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 1px solid red; }';
    document.head.append(style);
  });
  await expect.poll(async () => (await cspViolations(page)).slice(before).join('\n'), { timeout: 10_000 }).toMatch(/^style-src/u);
}

const HOSTILE = '一核<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';

// Concurrent: each test has its own page, and most of its time is waiting for the map to draw.
// Each asserts with its own `expect`.
describe.concurrent('/map/', () => {
  const site = useSite();

  it('draws one marker per place, and the list (what no-JS readers get) matches the markers', async ({ expect }) => {
    await site.withPage(async (page) => {
      await openMap(page, '/map/', site.url);
      expect(await markerIds(page)).toEqual(placeIds);
      const listed = await page.$$eval('.place-entry', (nodes) => nodes.map((n) => n.id.replace(/^place-/u, '')).sort());
      expect(listed).toEqual(placeIds);
      // District-level places are drawn as such (hollow), the others are not.
      const hollow = await page.$$eval('.place-marker--district-level', (nodes) => nodes.map((n) => (n as HTMLElement).dataset.placeId).sort());
      expect(hollow).toEqual(
        gazetteer.places
          .filter((p) => p.precision === 'district' && p.kind !== 'district')
          .map((p) => p.id)
          .sort(),
      );
    });
  });

  it('loads and works with no console error, no failed request and no request to another origin', async ({ expect }) => {
    await site.withPage(async (page) => {
      const problems: string[] = [];
      const foreign: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()}`));
      page.on('request', (request) => {
        if (!request.url().startsWith('data:') && new URL(request.url()).origin !== site.origin) foreign.push(request.url());
      });
      await openMap(page, '/map/', site.url);
      // Exercise every switch and a popup.
      for (const box of await page.$$('#map-controls input[data-layer]:not([data-layer="tiles"])')) {
        await box.click();
        await box.click();
      }
      await page.focus('.place-marker[data-place-id="nanda-synbio-park"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.leaflet-popup .place-popup-body');
      await page.keyboard.press('Escape');
      expect(problems).toEqual([]);
      expect(foreign, 'tiles are off until the reader switches them on').toEqual([]);
    });
  });

  it('switches each plan layout layer on and off', async ({ expect }) => {
    await site.withPage(async (page) => {
      await openMap(page, '/map/', site.url);
      for (const layout of gazetteer.layouts) {
        const box = page.locator(`#map-controls input[data-layer="layout:${layout.id}"]`);
        const halos = page.locator(`#place-map .layout-halo.layout-${layout.id}`);
        if (await box.isChecked()) await box.uncheck();
        expect(await halos.count(), `${layout.id} off`).toBe(0);
        await box.check();
        expect(await halos.count(), `${layout.id} on`).toBe(layout.members.length);
        await box.uncheck();
        expect(await halos.count(), `${layout.id} off again`).toBe(0);
      }
      // The places layer and the uncertainty circles switch too.
      await page.locator('#map-controls input[data-layer="places"]').uncheck();
      expect(await page.locator('#place-map .place-marker').count()).toBe(0);
      await page.locator('#map-controls input[data-layer="places"]').check();
      expect(await page.locator('#place-map .place-marker').count()).toBe(placeIds.length);
      await page.locator('#map-controls input[data-layer="precision"]').check();
      expect(await page.locator('#place-map path.precision-circle').count()).toBe(placeIds.length);
    });
  });

  it('opens the layout named in the address (#layout-<id>)', async ({ expect }) => {
    await site.withPage(async (page) => {
      const layout = gazetteer.layouts[2]!;
      await openMap(page, `/map/#layout-${layout.id}`, site.url);
      expect(await page.locator(`#map-controls input[data-layer="layout:${layout.id}"]`).isChecked()).toBe(true);
      expect(await page.locator(`#place-map .layout-halo.layout-${layout.id}`).count()).toBe(layout.members.length);
    });
  });

  it('the introduction counts parks and sites apart from the three whole districts (49 + 3, 21 known only by district)', ({ expect }) => {
    const { document } = parseHTML(readFileSync(join(distDir, 'map/index.html'), 'utf8'));
    const intro = (document.querySelector('h1 + p')?.textContent ?? '').replace(/\s+/gu, '');
    expect(intro).toContain('共点名49处有位置的园区');
    expect(intro).toContain('另有3个区整体出现在空间布局中');
    expect(intro).toContain('其中21处只知道在哪个区');
  });

  it('a “在地图上显示” button used before the map has loaded (reader arrived at #place-x) loads the map and opens the place', async ({ expect }) => {
    await site.withPage(async (page) => {
      await page.goto(`${site.url}/map/#place-huan-shangda`, { waitUntil: 'networkidle' });
      expect(await page.locator('#place-map[data-ready="true"]').count(), 'the map waits until it is in view').toBe(0);
      await page.locator('#place-huan-shangda button[data-show-place]').click();
      await page.waitForSelector('.leaflet-popup .place-popup-body[data-place-id="huan-shangda"]', { timeout: 15_000 });
    });
  });

  it('falls back to the default view for a malformed or unknown #layout- address', async ({ expect }) => {
    await site.withPage(async (page) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await openMap(page, '/map/', site.url);
      const defaults = await page.$$eval('#map-controls input[data-layer^="layout:"]:checked', (nodes) =>
        nodes.map((n) => (n as HTMLInputElement).dataset.layer),
      );
      expect(defaults).toHaveLength(1);
      for (const hash of ['#layout-%', '#layout-%E4%B8', '#layout-no-such-layout']) {
        await page.goto('about:blank');
        await openMap(page, `/map/${hash}`, site.url);
        expect(await markerIds(page), hash).toEqual(placeIds);
        const checked = await page.$$eval('#map-controls input[data-layer^="layout:"]:checked', (nodes) =>
          nodes.map((n) => (n as HTMLInputElement).dataset.layer),
        );
        expect(checked, hash).toEqual(defaults);
        const layout = gazetteer.layouts.find((l) => `layout:${l.id}` === defaults[0])!;
        expect(await page.locator(`#place-map .layout-halo.layout-${layout.id}`).count(), hash).toBe(layout.members.length);
      }
      expect(errors).toEqual([]);
    });
  });

  it('shows names and labels from the data as text, never as markup (hostile layout label, place and district names)', async ({ expect }) => {
    await site.withPage(async (page) => {
      await page.route(`${site.url}/map/`, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(
          /(<script type="application\/json" id="place-map-data">)([\s\S]*?)(<\/script>)/u,
          (_m, open: string, json: string, close: string) => {
            const payload = JSON.parse(json) as { places: { name: string; description: string }[]; layouts: { groups: { label: string }[] }[] };
            payload.layouts[0]!.groups[0]!.label = HOSTILE;
            payload.places[0]!.name = HOSTILE;
            payload.places[0]!.description = HOSTILE;
            return open + JSON.stringify(payload).replace(/</gu, '\\u003c') + close;
          },
        );
        return route.fulfill({ response, body: html });
      });
      await page.route(`${site.url}/geo/shanghai-districts.json`, async (route) => {
        const response = await route.fetch();
        const geo = (await response.json()) as { features: { properties: { name: string } }[] };
        geo.features[0]!.properties.name = HOSTILE;
        return route.fulfill({ response, body: JSON.stringify(geo) });
      });
      await openMap(page, '/map/', site.url);
      const firstPlace = gazetteer.places[0]!.id;
      await page.focus(`.place-marker[data-place-id="${firstPlace}"]`);
      await page.keyboard.press('Enter');
      await page.waitForSelector('.leaflet-popup .place-popup-body');
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.locator('#place-map img, #place-map script').count()).toBe(0);
      expect(await page.locator('#place-map .layout-label').allTextContents()).toContain(HOSTILE);
      expect(await page.locator('#place-map .district-label').allTextContents()).toContain(HOSTILE);
      expect(await page.locator('.leaflet-popup .place-popup-title').textContent()).toBe(HOSTILE);
    });
  });

  it('works under the strict CSP (no inline style or script, no <style> built at run time): zero violations', async ({ expect }) => {
    await site.withPage(async (page) => {
      await applyCsp(page, site.url);
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      await openMap(page, '/map/', site.url);
      expect(await markerIds(page)).toEqual(placeIds);
      for (const box of await page.$$('#map-controls input[data-layer^="layout:"], #map-controls input[data-layer="precision"]')) await box.check();
      await page.focus('.place-marker[data-place-id="nanda-synbio-park"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.leaflet-popup .place-popup-body');
      // Leaflet's stylesheet applies (it positions the panes), so the map really is drawn.
      expect(
        await page
          .locator('#place-map .leaflet-pane')
          .first()
          .evaluate((n) => getComputedStyle(n).position),
      ).toBe('absolute');
      expect(await cspViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await expectCspEnforced(page);
    });
  });

  // 52 popups one after another: on a loaded machine that alone can take a minute.
  it('each place’s popup gives its role and links to clauses that really name it', { timeout: 240_000 }, async ({ expect }) => {
    const forms = allAliases(gazetteer.places);
    await site.withPage(async (page) => {
      await openMap(page, '/map/', site.url);
      const failures: string[] = [];
      for (const place of gazetteer.places) {
        await page.focus(`.place-marker[data-place-id="${place.id}"]`);
        await page.keyboard.press('Enter');
        const popup = page.locator(`.leaflet-popup .place-popup-body[data-place-id="${place.id}"]`);
        await popup.waitFor();
        const { links, text } = await popup.evaluate((node) => ({
          links: [...node.querySelectorAll<HTMLAnchorElement>('a[href^="/plans/"]')].map((a) => a.getAttribute('href')!),
          text: node.textContent ?? '',
        }));
        if (links.length === 0) failures.push(`${place.id}: popup has no clause link`);
        const roles = gazetteer.layouts.flatMap((l) => l.members.filter((m) => m.place === place.id).map((m) => m.role));
        for (const role of roles) if (!text.includes(role)) failures.push(`${place.id}: popup lacks its role “${role}”`);
        for (const href of links) {
          const [, plan, clause] = /^\/plans\/([^/]+)\/#(.+)$/u.exec(href) ?? [];
          const own = clauseOwnText(plan!, clause!);
          const names = forms.filter((f) => f.place === place.id && (!f.plans || f.plans.includes(plan!))).map((f) => f.text.replace(/\s+/gu, ''));
          if (!names.some((name) => own.includes(name))) failures.push(`${place.id}: ${href} does not name it (${names.join('/')})`);
        }
        // The next marker's popup replaces this one (Leaflet's autoClose); Escape is the keyboard test's.
      }
      expect(failures).toEqual([]);
    });
  });

  it('lets keyboard users reach every place, open its popup and come back', async ({ expect }) => {
    await site.withPage(async (page) => {
      await openMap(page, '/map/', site.url);
      const reached = new Set<string>();
      await page.focus('#map-controls input[data-layer="places"]');
      for (let i = 0; i < 200 && reached.size < placeIds.length; i++) {
        await page.keyboard.press('Tab');
        const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.placeId ?? '');
        if (id && (await page.evaluate(() => document.activeElement?.closest('#place-map') !== null))) reached.add(id);
      }
      expect([...reached].sort()).toEqual(placeIds);
      // Enter opens the popup and moves focus into it; Escape closes it and returns to the marker.
      await page.focus('.place-marker[data-place-id="wusong-innovation-city"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.leaflet-popup');
      expect(await page.evaluate(() => document.activeElement?.closest('.leaflet-popup') !== null)).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/^\/plans\//u);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.leaflet-popup').count(), { timeout: 10_000 }).toBe(0);
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.placeId)).toBe('wusong-innovation-city');
      // The list's “在地图上显示” buttons lead to the same popup.
      await page.locator('#place-huan-shangda button[data-show-place]').click();
      await page.waitForSelector('.leaflet-popup .place-popup-body[data-place-id="huan-shangda"]');
    });
  });

  it('stays usable when the tiles cannot load, and says so', async ({ expect }) => {
    await site.withPage(async (page) => {
      const tileRequests: string[] = [];
      await page.route(TILE_HOSTS, (route) => {
        tileRequests.push(route.request().url());
        return route.abort('internetdisconnected');
      });
      await openMap(page, '/map/', site.url);
      await page.locator('#map-controls input[data-layer="tiles"]').check();
      await expect.poll(() => page.locator('#map-status').textContent(), { timeout: 10_000 }).toContain('底图图块无法加载');
      expect(tileRequests.length, 'the tiles were requested (and blocked)').toBeGreaterThan(0);
      expect(await markerIds(page)).toEqual(placeIds);
      expect(await page.locator('#place-map path.district-outline').count()).toBe(16);
      await page.focus('.place-marker[data-place-id="tangu-lvwan"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.leaflet-popup a[href^="/plans/"]');
    });
  });

  it('has no axe (WCAG 2.2 A/AA) violation with every layout, the uncertainty circles and a popup open', async ({ expect }) => {
    await site.withPage(async (page) => {
      await openMap(page, '/map/', site.url);
      for (const box of await page.$$('#map-controls input[data-layer^="layout:"], #map-controls input[data-layer="precision"]')) await box.check();
      await page.focus('.place-marker[data-place-id="north-shanghai-biomedicine-park"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.leaflet-popup');
      // Popups fade in: check the finished state, as a reader sees it.
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.leaflet-popup')!).opacity === '1');
      const results = await runAxe(page);
      expect(results.testEngine.name).toBe('axe-core');
      expect(describeViolations(results)).toEqual([]);
    });
  });

  it('at 375 px wide: no axe violation and no horizontal scrolling', async ({ expect }) => {
    await site.withPage(
      async (page) => {
        await openMap(page, '/map/', site.url);
        expect(describeViolations(await runAxe(page))).toEqual([]);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      },
      { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true },
    );
  });

  it('without JavaScript, the list carries every place and its clauses; the map stays hidden', async ({ expect }) => {
    await site.withPage(
      async (page) => {
        await page.goto(`${site.url}/map/`);
        expect(await page.locator('#place-map').isHidden()).toBe(true);
        expect(await page.locator('.map-nojs').isVisible()).toBe(true);
        const entries = await page.$$eval('.place-entry', (nodes) =>
          nodes.map((n) => ({ id: n.id, clauses: n.querySelectorAll('a[href^="/plans/"]').length })),
        );
        expect(entries.map((e) => e.id.replace(/^place-/u, '')).sort()).toEqual(placeIds);
        expect(entries.filter((e) => e.clauses === 0)).toEqual([]);
        expect(await page.locator('.leaflet-container').count()).toBe(0);
      },
      { javaScriptEnabled: false },
    );
  });
});

// ——— Leaflet only where there is a map ———

interface Graph {
  /** Files loaded when the page loads (scripts, their static imports, stylesheets, inline code). */
  eager: Set<string>;
  /** Plus everything reachable through dynamic imports. */
  all: Set<string>;
}

const astroDir = join(distDir, '_astro');
const assetText = (file: string) => readFileSync(join(distDir, file), 'utf8');
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?\bfrom\s*)?["'`]((?:\.{1,2}\/|\/)[^"'`]+)["'`]/gu;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]((?:\.{1,2}\/|\/)[^"'`]+)["'`]\s*\)|["'`](_astro\/[^"'`]+\.(?:js|css))["'`]/gu;

function resolveAsset(from: string, specifier: string): string {
  if (specifier.startsWith('_astro/')) return specifier;
  return new URL(specifier, `http://site/${from}`).pathname.slice(1);
}

/** The page's asset graph, read from dist/ (files as paths relative to dist, `inline:` for inline code). */
function pageGraph(htmlFile: string): Graph {
  const { document } = parseHTML(readFileSync(htmlFile, 'utf8'));
  const eager = new Set<string>();
  const all = new Set<string>();
  const queue: { file: string; code: string; eager: boolean }[] = [];
  const add = (file: string, isEager: boolean) => {
    if (isEager ? eager.has(file) : all.has(file)) return;
    if (isEager) eager.add(file);
    all.add(file);
    queue.push({ file, code: assetText(file), eager: isEager });
  };
  for (const script of document.querySelectorAll('script[type="module"]')) {
    const src = script.getAttribute('src');
    if (src) add(src.replace(/^\//u, ''), true);
    else queue.push({ file: 'inline:script', code: script.textContent ?? '', eager: true });
  }
  for (const link of document.querySelectorAll('link[rel="stylesheet"], link[rel="modulepreload"]')) add(link.getAttribute('href')!.replace(/^\//u, ''), true);
  for (const style of document.querySelectorAll('style')) queue.push({ file: 'inline:style', code: style.textContent ?? '', eager: true });
  const inlineCode: { code: string; eager: boolean }[] = [];
  while (queue.length) {
    const { file, code, eager: isEager } = queue.shift()!;
    if (file.startsWith('inline:')) inlineCode.push({ code, eager: isEager });
    const base = file.startsWith('inline:') ? 'index.html' : file;
    for (const match of code.matchAll(STATIC_IMPORT)) add(resolveAsset(base, match[1]!), isEager);
    for (const match of code.matchAll(DYNAMIC_IMPORT)) add(resolveAsset(base, (match[1] ?? match[2])!), false);
  }
  // Inline code counts as a file of its own for the signature checks.
  for (const [i, { code, eager: isEager }] of inlineCode.entries()) {
    const key = `inline:${i}:${code.includes(LEAFLET_JS) || code.includes(LEAFLET_CSS) ? 'leaflet' : 'clean'}`;
    if (isEager) eager.add(key);
    all.add(key);
  }
  return { eager, all };
}

const hasLeaflet = (files: Set<string>) =>
  [...files].filter((file) =>
    file.startsWith('inline:')
      ? file.endsWith(':leaflet')
      : /\.(js|css)$/u.test(file) && (assetText(file).includes(LEAFLET_JS) || assetText(file).includes(LEAFLET_CSS)),
  );

const isPlanPage = (path: string) => /^\/plans\/[^/]+\/$/u.test(path);

describe('Leaflet loads only with a map', () => {
  const site = useSite();
  const pages = builtPages();

  it('the detector recognises Leaflet in the built assets', () => {
    const bundles = readdirSync(astroDir).filter((f) => f.endsWith('.js') && readFileSync(join(astroDir, f), 'utf8').includes(LEAFLET_JS));
    expect(bundles.length, 'some bundle holds Leaflet').toBeGreaterThan(0);
    expect(hasLeaflet(pageGraph(join(distDir, 'map/index.html')).all).length, '/map/ loads Leaflet').toBeGreaterThan(0);
  });

  it('/map/ loads Leaflet only after the page (its place list) has painted, never up front', () => {
    expect(hasLeaflet(pageGraph(join(distDir, 'map/index.html')).eager)).toEqual([]);
  });

  it.each(pages.filter((p) => p.path !== '/map/' && !isPlanPage(p.path)).map((p) => [p.path, p.file]))('%s cannot reach Leaflet code or CSS', (_path, file) => {
    expect(hasLeaflet(pageGraph(file).all)).toEqual([]);
  });

  it('no other HTML file (e.g. 404) reaches Leaflet either', () => {
    const others = builtHtmlFiles().filter((f) => !pages.some((p) => p.file === f));
    for (const file of others) expect(hasLeaflet(pageGraph(file).all), file).toEqual([]);
  });

  it.each(pages.filter((p) => isPlanPage(p.path)).map((p) => [p.path, p.file]))('%s loads Leaflet only lazily (never up front)', (_path, file) => {
    expect(hasLeaflet(pageGraph(file).eager)).toEqual([]);
  });

  it('a plan page’s layout map works under the strict CSP with zero violations', async () => {
    await site.withPage(
      async (page) => {
        await applyCsp(page, site.url);
        await page.goto(`${site.url}/plans/2023-baoshan-synbio/`, { waitUntil: 'networkidle' });
        await page.locator('[data-plan-layout-map]').scrollIntoViewIfNeeded();
        await page.waitForSelector('.plan-layout-map-canvas[data-ready="true"]', { timeout: 15_000 });
        const first = page.locator('.plan-layout-map-canvas .place-marker').first();
        await first.focus();
        await page.keyboard.press('Enter');
        await page.waitForSelector('.leaflet-popup .place-popup-body');
        expect(
          await page
            .locator('.plan-layout-map-canvas .leaflet-pane')
            .first()
            .evaluate((n) => getComputedStyle(n).position),
        ).toBe('absolute');
        expect(await cspViolations(page)).toEqual([]);
        await expectCspEnforced(page);
      },
      { viewport: { width: 1024, height: 500 } },
    );
  });

  it('a plan page fetches Leaflet and draws its layout map only when the map scrolls into view', async () => {
    const plan = '2023-baoshan-synbio';
    const members = new Set(gazetteer.layouts.filter((l) => l.plan === plan).flatMap((l) => l.members.map((m) => m.place)));
    await site.withPage(
      async (page) => {
        const problems: string[] = [];
        const scripts: string[] = [];
        page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
        page.on('pageerror', (error) => problems.push(error.message));
        page.on('response', async (response) => {
          if (response.url().endsWith('.js')) scripts.push(await response.text());
        });
        await page.goto(`${site.url}/plans/${plan}/`, { waitUntil: 'networkidle' });
        const section = page.locator('[data-plan-layout-map]');
        expect(await section.count(), 'plan pages must include <PlanLayoutMap slug={data.slug} /> (src/components/map/PlanLayoutMap.astro)').toBe(1);
        const below = await section.evaluate((node) => node.getBoundingClientRect().top > window.innerHeight + 200);
        expect(below, 'the layout section starts below the fold in this viewport').toBe(true);
        expect(
          scripts.some((code) => code.includes(LEAFLET_JS)),
          'Leaflet fetched before the map was in view',
        ).toBe(false);
        expect(await page.locator('link[data-leaflet-css]').count()).toBe(0);

        await section.scrollIntoViewIfNeeded();
        await page.waitForSelector('.plan-layout-map-canvas[data-ready="true"]', { timeout: 15_000 });
        expect(
          scripts.some((code) => code.includes(LEAFLET_JS)),
          'Leaflet fetched once in view',
        ).toBe(true);
        expect(await page.locator('link[data-leaflet-css]').count()).toBe(1);
        expect(await page.locator('style').count(), 'no <style> element built at run time').toBe(0);
        const drawn = await page.$$eval('.plan-layout-map-canvas .place-marker', (nodes) => nodes.map((n) => (n as HTMLElement).dataset.placeId ?? '').sort());
        expect(drawn).toEqual([...members].sort());
        expect(describeViolations(await runAxe(page))).toEqual([]);
        expect(problems).toEqual([]);
      },
      { viewport: { width: 1024, height: 500 } },
    );
  });
});
