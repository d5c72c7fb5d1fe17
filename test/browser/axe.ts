/** axe-core in a page (WCAG 2.0/2.1/2.2 A + AA rules, incl. 2.2 target size), with a report a person can act on. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect as globalExpect, type ExpectStatic } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function runAxe(page: Page): Promise<AxeResults> {
  // Evaluated by the test driver, not added as an inline <script>: the pages' CSP forbids those.
  await page.evaluate(axeSource);
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    WCAG_TAGS,
  );
}

/** Human-readable report: rule id, impact, help, and the first few nodes (selector + HTML). */
export function formatViolations(path: string, violations: Result[]): string {
  const lines = [`${violations.length} axe violation(s) on ${path}:`];
  for (const v of violations) {
    lines.push(`- [${v.id}] impact=${v.impact ?? 'n/a'} (${v.nodes.length} node(s)): ${v.help}`, `  ${v.helpUrl}`);
    for (const node of v.nodes.slice(0, 5)) {
      const html = node.html.length > 240 ? `${node.html.slice(0, 240)}…` : node.html;
      lines.push(`    target: ${node.target.map(String).join(' ')}`, `    html:   ${html}`);
      const summary = node.failureSummary?.split('\n').slice(0, 3).join(' | ');
      if (summary) lines.push(`    why:    ${summary}`);
    }
    if (v.nodes.length > 5) lines.push(`    … and ${v.nodes.length - 5} more node(s)`);
  }
  return lines.join('\n');
}

/**
 * Fails with the report unless axe really ran and found nothing. A concurrent test passes its own
 * `expect` (from the test context), so a failure is reported on that test.
 */
export function expectNoViolations(results: AxeResults, path: string, soft = false, expect: ExpectStatic = globalExpect): void {
  // Make sure axe really ran the WCAG rules (an empty run would pass trivially).
  expect(results.testEngine.name).toBe('axe-core');
  const report = formatViolations(path, results.violations);
  if (results.violations.length) console.error(report);
  (soft ? expect.soft : expect)(
    results.violations.map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}`),
    report,
  ).toEqual([]);
}
