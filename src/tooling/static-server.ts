/**
 * A small static file server for the built site (`dist/`), on a free loopback port.
 * Serves `/dir/` as `/dir/index.html` and gzips text (HTML, JS, CSS, JSON) for clients that
 * accept it, like any static host. Pagefind's own files are already compressed and go as
 * they are. `served` counts the bytes sent, per path. Always close it in `finally`.
 *
 * Options: `base` serves the site under a sub-path (`/portal/`), as a deployment with
 * `BASE_PATH` would be; `headersFile` applies a Netlify-style `_headers` file (the site's own
 * `dist/_headers`) instead of the default content types, as such a host would; `plainText`
 * sends `.txt` as `text/plain` without a charset, as a careless host does.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export interface StaticSite {
  url: string;
  /** Bytes served so far, by path (for transfer measurements). */
  served: Map<string, number>;
  close(): Promise<void>;
}

export const distDir = new URL('../../dist/', import.meta.url).pathname;

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.csv', '.xml']);

export interface ServeOptions {
  /** Serve the site under this sub-path (`/portal/`); other paths get 404. */
  base?: string;
  /** A `_headers` file to apply (path patterns with `*`, headers indented below each). */
  headersFile?: string;
  /** Send `.txt` without a charset. */
  plainText?: boolean;
}

/** Parses a `_headers` file into rules: a path pattern and the headers it sets. */
export function parseHeadersFile(text: string): Array<{ pattern: RegExp; headers: Array<[string, string]> }> {
  const rules: Array<{ pattern: RegExp; headers: Array<[string, string]> }> = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/gu, '\\$&')
        .replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${source}$`, 'u'), headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

export async function serveStatic(root = distDir, options: ServeOptions = {}): Promise<StaticSite> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root} has no index.html: build the site first (npm run build)`);
  }
  const served = new Map<string, number>();
  const rules = options.headersFile ? parseHeadersFile(readFileSync(options.headersFile, 'utf8')) : [];
  const base = options.base ?? '/';
  const server: Server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!path.startsWith(base)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found (outside the base path)');
      return;
    }
    const urlPath = path;
    path = `/${path.slice(base.length)}`;
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    let body = readFileSync(file);
    const headers: Record<string, string | number> = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (options.plainText && extname(file) === '.txt') headers['Content-Type'] = 'text/plain';
    for (const rule of rules) if (rule.pattern.test(urlPath)) for (const [name, value] of rule.headers) headers[name] = value;
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    served.set(path, (served.get(path) ?? 0) + body.length);
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
