/**
 * /targets/ on a first visit: the HTML, its stylesheets and its scripts (with their static
 * imports), gzipped, stay within 80 KB; the script alone within 12 KB (also checked for every
 * page in test/site/bundles.test.ts). Prints the figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dist, requireBuild } from '../site/built-site.ts';

requireBuild();

const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/gu;

function firstVisit(path: string): { html: number; css: number; js: number } {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const gz = (text: string) => gzipSync(text).length;
  let css = 0;
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/gu)) css += gz(readFileSync(join(dist, href!), 'utf8'));
  const seen = new Set<string>();
  let js = 0;
  const visit = (code: string, base: string) => {
    js += gz(code);
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
      const file = new URL(spec!, `http://site${base}`).pathname;
      if (seen.has(file) || !existsSync(join(dist, file))) continue;
      seen.add(file);
      visit(readFileSync(join(dist, file), 'utf8'), file);
    }
  };
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gu)) {
    const src = /src="([^"]+)"/u.exec(attrs!)?.[1];
    if (src && !seen.has(src)) {
      seen.add(src);
      visit(readFileSync(join(dist, src), 'utf8'), src);
    } else if (!src && /type="module"/u.test(attrs!)) visit(body!, '/');
  }
  return { html: gz(html), css, js };
}

describe('/targets/ page weight', () => {
  it('is at most 12 KB of script and 80 KB in all (gzip)', () => {
    const w = firstVisit('targets/');
    const total = w.html + w.css + w.js;
    console.log(`/targets/ first visit (gzip): HTML ${w.html} B, CSS ${w.css} B, JS ${w.js} B, total ${total} B`);
    expect(w.js).toBeLessThanOrEqual(12 * 1024);
    expect(total).toBeLessThanOrEqual(80 * 1024);
  });
});
