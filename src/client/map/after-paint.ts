/**
 * Resolves once the page has painted and the browser is idle (or after `timeout` ms at most), so
 * the map's code (Leaflet) never competes with the text a reader came for.
 */
export function afterFirstPaint(timeout = 1500): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() =>
      setTimeout(() => {
        if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout });
        else resolve();
      }, 0),
    );
  });
}
