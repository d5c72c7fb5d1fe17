/**
 * Leaflet's stylesheet as a bundled file (`_astro/…css`), linked when a map is drawn: a plain
 * CSS import would be hoisted into every page that can reach the map code, and a <style>
 * element built at run time is blocked by the site's CSP (`style-src 'self'`).
 */
import leafletCssUrl from 'leaflet/dist/leaflet.css?url';
import mapLeafletCssUrl from '../../styles/map-leaflet.css?url';

let loading: Promise<void> | undefined;

function linkStylesheet(href: string, before: Element | null, data: Record<string, string>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    Object.assign(link.dataset, data);
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error('地图样式表无法加载')));
    document.head.insertBefore(link, before);
  });
}

/**
 * Links Leaflet's stylesheet once, before the page's own so those can adjust it, and the site's
 * rules for what the map draws (map-leaflet.css) after them all; resolves when both are loaded.
 */
export function loadLeafletCss(): Promise<void> {
  loading ??= Promise.all([
    linkStylesheet(leafletCssUrl, document.head.querySelector('link[rel="stylesheet"], style'), { leafletCss: '1.9.4' }),
    linkStylesheet(mapLeafletCssUrl, null, { mapCss: 'leaflet' }),
  ]).then(() => undefined);
  return loading;
}
