/**
 * Leaflet's stylesheet as a bundled file (`_astro/…css`), linked when a map is drawn: a plain
 * CSS import would be hoisted into every page that can reach the map code, and a <style>
 * element built at run time is blocked by the site's CSP (`style-src 'self'`).
 */
import leafletCssUrl from 'leaflet/dist/leaflet.css?url';

let loading: Promise<void> | undefined;

/** Links the stylesheet once, before the page's own so those can adjust it; resolves when loaded. */
export function loadLeafletCss(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = leafletCssUrl;
    link.dataset.leafletCss = '1.9.4';
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error('Leaflet 样式表无法加载')));
    document.head.insertBefore(link, document.head.querySelector('link[rel="stylesheet"], style'));
  });
  return loading;
}
