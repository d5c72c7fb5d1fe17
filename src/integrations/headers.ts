/**
 * Astro integration: writes `dist/_headers` (the format Netlify and Cloudflare Pages read) after
 * the build — the strict Content-Security-Policy for every page, `charset=utf-8` for the plain
 * text originals (without it Chromium shows them as mojibake), the type of each imported original
 * (PDF, Word, a saved web page as a sandboxed download), and long caching for the hashed
 * assets. Paths carry the base path. The README gives the nginx/Caddy equivalents.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tileSettings } from '../config/tiles.ts';
import { ORIGINAL_FORMATS } from '../model/originals.ts';
import { contentSecurityPolicy } from '../security/csp.ts';

export function headersFile(base: string, csp: string): string {
  const rules: Array<[string, string[]]> = [
    [`${base}*`, [`Content-Security-Policy: ${csp}`, 'X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin']],
    [`${base}*.txt`, ['Content-Type: text/plain; charset=utf-8']],
    [`${base}*.csv`, ['Content-Type: text/csv; charset=utf-8']],
    [`${base}*.json`, ['Content-Type: application/json; charset=utf-8', 'Access-Control-Allow-Origin: *']],
    // The files plans were imported from (src/model/originals.ts). A saved web page is another
    // site's markup: downloaded, never rendered on this origin, and sandboxed should a browser try.
    [`${base}plans/*/original.pdf`, [`Content-Type: ${ORIGINAL_FORMATS.pdf.contentType}`]],
    [`${base}plans/*/original.docx`, [`Content-Type: ${ORIGINAL_FORMATS.docx.contentType}`, 'Content-Disposition: attachment']],
    [
      `${base}plans/*/original.html`,
      [`Content-Type: ${ORIGINAL_FORMATS.html.contentType}`, 'Content-Disposition: attachment', 'Content-Security-Policy: sandbox'],
    ],
    [`${base}_astro/*`, ['Cache-Control: public, max-age=31536000, immutable']],
    [`${base}pagefind/*`, ['Cache-Control: public, max-age=3600']],
  ];
  return `${rules.map(([path, headers]) => [path, ...headers.map((h) => `  ${h}`)].join('\n')).join('\n')}\n`;
}

export default function headers(): AstroIntegration {
  let base = '/';
  return {
    name: 'portal:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const csp = contentSecurityPolicy(tileSettings(), { header: true });
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(base, csp));
        logger.info('wrote _headers (CSP, charset, caching)');
      },
    },
  };
}
