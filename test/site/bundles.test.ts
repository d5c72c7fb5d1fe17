/**
 * A size budget for each page's JavaScript: what a page loads before the reader does anything
 * (module scripts and their static imports, gzipped). Dynamic imports (Pagefind, Leaflet on
 * plan pages) load later and are not counted here; the search and map tests check they do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../browser/site.ts';
import { dist, requireBuild } from './built-site.ts';

requireBuild();

const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/gu;

/** Gzipped bytes of the JavaScript a page runs on load, and whether any of it is Leaflet. */
function initialScript(html: string): { bytes: number; files: string[]; leaflet: boolean } {
  const files = new Set<string>();
  let bytes = 0;
  let leaflet = false;
  const visit = (code: string, base: string) => {
    bytes += gzipSync(code).length;
    if (/L\.map\(|leaflet/iu.test(code) && /tileLayer|LatLng/u.test(code)) leaflet = true;
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
      const path = new URL(spec!, `http://site${base}`).pathname;
      if (files.has(path)) continue;
      files.add(path);
      const file = join(dist, path);
      if (existsSync(file)) visit(readFileSync(file, 'utf8'), path);
    }
  };
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gu)) {
    if (!/type="module"/u.test(attrs!)) continue;
    const src = /src="([^"]+)"/u.exec(attrs!)?.[1];
    if (src) {
      files.add(src);
      visit(readFileSync(join(dist, src), 'utf8'), src);
    } else visit(body!, '/');
  }
  return { bytes, files: [...files], leaflet };
}

const budgets: Array<[RegExp, number]> = [
  [/^\/search\/$/u, 12 * 1024],
  [/^\/support\/(?:fit\/)?$/u, 12 * 1024],
  [/^\/map\/$/u, 90 * 1024],
  [/^\/plans\/[^/]+\/$/u, 4 * 1024],
  [/^\/targets\/(?:[^/]+\/)?$/u, 12 * 1024],
  [/^\/compare\/$/u, 4 * 1024],
  [/.*/u, 0],
];

describe('JavaScript budget per page', () => {
  for (const page of builtPages()) {
    const budget = budgets.find(([pattern]) => pattern.test(page.path))![1];
    it(`${page.path} ≤ ${(budget / 1024).toFixed(0)} KB`, () => {
      const script = initialScript(readFileSync(page.file, 'utf8'));
      expect(script.bytes, `${page.path} loads ${script.files.join(', ')}`).toBeLessThanOrEqual(budget);
      if (page.path !== '/map/') expect(script.leaflet, `${page.path} loads Leaflet up front`).toBe(false);
    });
  }
});
