/**
 * When map code may run without competing with the text a reader came for: once an element
 * comes near the viewport (`nearViewport`), once the page has painted and the browser is idle
 * (`afterFirstPaint`), and between the steps of drawing (`nextTask`), so no step is a long task.
 */

/** Resolves when `element` is within `margin` of the viewport (at once without IntersectionObserver). */
export function nearViewport(element: Element, margin = '200px 0px'): Promise<void> {
  if (!('IntersectionObserver' in window)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { rootMargin: margin },
    );
    observer.observe(element);
  });
}

/** Resolves once the page has painted and the browser is idle (or after `timeout` ms at most). */
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

/** Lets the browser handle input and paint before the next step. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
