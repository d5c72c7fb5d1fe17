/**
 * The one background-tile provider, chosen at build time from the environment so a deployment
 * can switch to 天地图 (which needs a key) without touching code. Default: OpenStreetMap.
 * Tiles are optional: the map draws offline district outlines and stays usable without them,
 * and by default loads them only when the reader switches them on (the portal otherwise makes
 * no request to another origin).
 *
 *   MAP_TILE_URL          template with {z} {x} {y}, optionally {s} and {key}
 *   MAP_TILE_LABELS_URL   optional second template drawn on top (e.g. 天地图's label layer)
 *   MAP_TILE_ATTRIBUTION  attribution HTML the provider requires
 *   MAP_TILE_SUBDOMAINS   letters/digits substituted for {s}, e.g. `01234567`
 *   MAP_TILE_KEY          the key substituted for {key} (required when a template has {key})
 *   MAP_TILE_NAME         provider name shown on the toggle
 *   MAP_TILE_MAX_ZOOM     highest zoom the provider serves (default 18)
 *   MAP_TILE_AUTOLOAD     `true` to load tiles as soon as a map opens
 */
import { z } from 'astro/zod';
import type { TileSettings } from '../client/map/payload.ts';

export const defaultTiles = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> 贡献者',
  name: 'OpenStreetMap',
} as const;

const template = z
  .string()
  .regex(/^https:\/\//u, 'must be an https:// URL (pages are served over https)')
  .refine((url) => URL.canParse(url.replace(/\{[a-z]+\}/gu, 'x')), 'must be a URL template')
  .refine((url) => ['{z}', '{x}', '{y}'].every((part) => url.includes(part)), 'must contain {z}, {x} and {y}');

const envSchema = z.object({
  /** Tile URL template. */
  MAP_TILE_URL: template.default(defaultTiles.url),
  /** Optional label overlay template. */
  MAP_TILE_LABELS_URL: template.optional(),
  /** Attribution HTML; required whenever MAP_TILE_URL is set. */
  MAP_TILE_ATTRIBUTION: z.string().min(1).optional(),
  /** Subdomains for {s}. */
  MAP_TILE_SUBDOMAINS: z
    .string()
    .regex(/^[a-z0-9]+$/iu)
    .optional(),
  /** Key for {key}. */
  MAP_TILE_KEY: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/u, 'letters, digits, . _ - only')
    .optional(),
  /** Provider name for the toggle. */
  MAP_TILE_NAME: z.string().min(1).optional(),
  /** Highest zoom served. */
  MAP_TILE_MAX_ZOOM: z.coerce.number().int().min(1).max(22).default(18),
  /** Load tiles immediately. */
  MAP_TILE_AUTOLOAD: z.enum(['true', 'false']).default('false'),
});

/** Reads and checks the tile settings; a bad setting stops the build with the variable's name. */
export function tileSettings(env: Record<string, string | undefined> = process.env): TileSettings {
  const relevant = Object.fromEntries(Object.entries(env).filter(([name, value]) => name.startsWith('MAP_TILE_') && value !== ''));
  const parsed = envSchema.safeParse(relevant);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`map tile settings (src/config/tiles.ts): ${problems}`);
  }
  const settings = parsed.data;
  const custom = settings.MAP_TILE_URL !== defaultTiles.url;
  if (custom && !settings.MAP_TILE_ATTRIBUTION) {
    throw new Error('map tile settings (src/config/tiles.ts): MAP_TILE_ATTRIBUTION is required when MAP_TILE_URL is set (providers require attribution)');
  }
  const fill = (url: string | undefined, variable: string): string | undefined => {
    if (!url || !url.includes('{key}')) return url;
    if (!settings.MAP_TILE_KEY) throw new Error(`map tile settings (src/config/tiles.ts): ${variable} contains {key} but MAP_TILE_KEY is not set`);
    return url.replaceAll('{key}', settings.MAP_TILE_KEY);
  };
  if (/\{s\}/u.test(settings.MAP_TILE_URL) && !settings.MAP_TILE_SUBDOMAINS && custom) {
    throw new Error('map tile settings (src/config/tiles.ts): MAP_TILE_URL contains {s} but MAP_TILE_SUBDOMAINS is not set');
  }
  return {
    url: fill(settings.MAP_TILE_URL, 'MAP_TILE_URL')!,
    ...(settings.MAP_TILE_LABELS_URL ? { labelsUrl: fill(settings.MAP_TILE_LABELS_URL, 'MAP_TILE_LABELS_URL')! } : {}),
    attribution: settings.MAP_TILE_ATTRIBUTION ?? defaultTiles.attribution,
    ...(settings.MAP_TILE_SUBDOMAINS ? { subdomains: settings.MAP_TILE_SUBDOMAINS } : {}),
    maxZoom: settings.MAP_TILE_MAX_ZOOM,
    autoload: settings.MAP_TILE_AUTOLOAD === 'true',
    name: settings.MAP_TILE_NAME ?? (custom ? new URL(settings.MAP_TILE_URL.replace(/\{[^}]+\}/gu, 'x')).hostname : defaultTiles.name),
  };
}
