/** Counts the Content-Security-Policy violations of a page from its first script on. */
import type { Page } from 'playwright-core';

/** Call before `goto`; the returned function reads the violations seen so far. */
export async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  return () => readViolations(page);
}

/** The violations seen so far on a page watched by `watchViolations` (e.g. once, when a pooled page was made). */
export function readViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}
