/**
 * The one place that builds the site's URLs. Every link to a plan, a clause, an original text,
 * a data file or a page goes through here, so a deployment under a sub-path (`BASE_PATH=/portal/`)
 * only has to change the base.
 *
 * The base comes from Astro (`import.meta.env.BASE_URL`, set from `BASE_PATH` in
 * `astro.config.mjs`) when running inside the build, else from `BASE_PATH` directly (Node scripts
 * and tests).
 */

/** `/` or `/portal/`: always starts and ends with a slash. */
export function basePath(): string {
  const fromAstro = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL;
  return normaliseBase(fromAstro ?? process.env.BASE_PATH ?? '/');
}

/** `portal`, `/portal`, `/portal/` → `/portal/`; '' → `/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/gu, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A site path (`/support/`, `/data/plans.json`) with the base in front. */
export function pageUrl(path: string): string {
  if (!path.startsWith('/')) throw new Error(`pageUrl expects a path starting with /, got "${path}"`);
  return `${basePath()}${path.slice(1)}`;
}

export const planUrl = (slug: string): string => pageUrl(`/plans/${slug}/`);
export const clauseUrl = (slug: string, id: string): string => `${planUrl(slug)}#${id}`;
export const originalUrl = (slug: string): string => pageUrl(`/plans/${slug}/original/`);
export const originalLineUrl = (slug: string, line: number): string => `${originalUrl(slug)}#L${line}`;
export const originalTxtUrl = (slug: string): string => pageUrl(`/plans/${slug}/original.txt`);
/** The file the plan was imported from (PDF, Word, web page): `/plans/<slug>/original.<ext>`. */
export const originalFileUrl = (slug: string, extension: string): string => pageUrl(`/plans/${slug}/original.${extension}`);
/** The lookup page of a 文号: `/ref/沪府办发〔2023〕18号/` links to the plan it numbers. */
export const refUrl = (docNumber: string): string => pageUrl(`/ref/${docNumber}/`);
export const placeUrl = (id: string): string => `${pageUrl('/map/')}#place-${id}`;
export const dataUrl = (file: string): string => pageUrl(`/data/${file}`);
/** The QR code (SVG, made at build time) of a plan's permalink: `/plans/<slug>/qr.svg`. */
export const planQrUrl = (slug: string): string => pageUrl(`/plans/${slug}/qr.svg`);
/** The QR code of a clause's permalink: `/plans/<slug>/qr/<id>.svg`, one small file per clause, never inlined. */
export const clauseQrUrl = (slug: string, id: string): string => pageUrl(`/plans/${slug}/qr/${id}.svg`);

/** The data of a plan's layout map (`/plans/<slug>/layout-map.json`), fetched only when the map is drawn. */
export const planLayoutMapUrl = (slug: string): string => pageUrl(`/plans/${slug}/layout-map.json`);

/** An absolute URL when the site's origin is known (`SITE_URL`), else the path itself. */
export function absoluteUrl(path: string, site: string | URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
/**
 * A comparison of plans: `/compare/<slug>/<slug>/…/`, slugs sorted, so the same plans give the same
 * URL whatever order they were picked in.
 */
export const compareUrl = (slugs: readonly string[]): string => pageUrl(`/compare/${[...slugs].sort().join('/')}/`);
