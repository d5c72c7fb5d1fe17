/**
 * What a first visit to a built page transfers, gzipped: its HTML, its stylesheets and its scripts
 * (with their static imports), and the images it loads eagerly (an <img> without loading="lazy").
 * Shared by the page-weight budgets (test/targets/weight.test.ts, test/plans/weight.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dist } from './built-site.ts';

const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/gu;

export function firstVisit(path: string): { html: number; css: number; js: number; images: number } {
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
  let images = 0;
  for (const [tag, src] of html.matchAll(/<img\b[^>]*\bsrc="(\/[^"]+)"[^>]*>/gu)) {
    if (!/loading="lazy"/u.test(tag) && existsSync(join(dist, src!))) images += gz(readFileSync(join(dist, src!), 'utf8'));
  }
  return { html: gz(html), css, js, images };
}
