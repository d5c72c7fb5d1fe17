/**
 * The Content-Security-Policy every page runs under, built once from the tile settings so the
 * `<meta>` tag and the `_headers` file say the same thing.
 *
 * - `script-src 'self' 'wasm-unsafe-eval'`: our bundled modules, and Pagefind's WebAssembly.
 * - `style-src 'self'`: stylesheets only (Leaflet positions through the CSSOM, which this allows).
 * - `img-src 'self' data: <tile origins>`: Leaflet's marker images are data URIs; background tiles
 *   come only from the configured provider, and only when the reader asks for them.
 * - `frame-ancestors` has no effect in a `<meta>` tag (browsers ignore it there and say so in
 *   the console), so it is sent only as a header.
 */
import type { TileSettings } from '../client/map/payload.ts';

/** Every origin a tile URL template can resolve to (`{s}` expanded over the subdomains). */
export function tileOrigins(tiles: Pick<TileSettings, 'url' | 'subdomains'> & { labelsUrl?: string | undefined }): string[] {
  const origins = new Set<string>();
  for (const template of [tiles.url, tiles.labelsUrl]) {
    if (!template) continue;
    const subdomains = template.includes('{s}') ? [...(tiles.subdomains ?? 'abc')] : [''];
    for (const s of subdomains) origins.add(new URL(template.replaceAll('{s}', s).replace(/\{[^}]+\}/gu, '0')).origin);
  }
  return [...origins].sort();
}

export function contentSecurityPolicy(
  tiles: Pick<TileSettings, 'url' | 'subdomains'> & { labelsUrl?: string | undefined },
  options: { header: boolean },
): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    `img-src 'self' data: ${tileOrigins(tiles).join(' ')}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(options.header ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}
