/**
 * axe-core (WCAG 2.0/2.1/2.2 A + AA rules, incl. 2.2 target size) on every built page, plus one plan page at a
 * 375 px-wide mobile viewport. Failures list rule, impact, help URL and the offending nodes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { builtPages, useSite } from './site.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MOBILE_PAGE = '/plans/2023-baoshan-synbio/';
const pages = builtPages();

async function runAxe(page: Page): Promise<AxeResults> {
  // Evaluated by the test driver, not added as an inline <script>: the pages' CSP forbids those.
  await page.evaluate(axeSource);
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    TAGS,
  );
}

/** Human-readable report: rule id, impact, help, and the first few nodes (selector + HTML). */
function formatViolations(path: string, violations: Result[]): string {
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

async function expectNoViolations(page: Page, path: string): Promise<void> {
  const results = await runAxe(page);
  // Make sure axe really ran the WCAG rules (an empty run would pass trivially).
  expect(results.testEngine.name).toBe('axe-core');
  const violations = results.violations;
  const report = formatViolations(path, violations);
  if (violations.length) console.error(report);
  expect(
    violations.map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}`),
    report,
  ).toEqual([]);
}

describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
  const site = useSite();

  it.each(pages.map((p) => [p.path]))('%s has no violations', async (path) => {
    await site.withPage(async (page) => {
      const res = await page.goto(site.url + path, { waitUntil: 'networkidle' });
      expect(res?.status()).toBe(200);
      await expectNoViolations(page, path);
    });
  });

  it(`${MOBILE_PAGE} at 375 px wide (mobile) has no violations`, async () => {
    await site.withPage(
      async (page) => {
        await page.goto(site.url + MOBILE_PAGE, { waitUntil: 'networkidle' });
        expect(await page.evaluate(() => window.innerWidth)).toBe(375);
        await expectNoViolations(page, `${MOBILE_PAGE} @375px`);
      },
      { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    );
  });

  it(`${MOBILE_PAGE} at 375 px wide reflows without horizontal scrolling (WCAG 1.4.10)`, async () => {
    await site.withPage(
      async (page) => {
        await page.goto(site.url + MOBILE_PAGE, { waitUntil: 'networkidle' });
        const { scrollWidth, innerWidth, wide } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          // Elements sticking out of the viewport, to say what to fix.
          wide: [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`),
        }));
        expect(scrollWidth, `page is ${scrollWidth}px wide at ${innerWidth}px; overflowing: ${wide.join(', ')}`).toBeLessThanOrEqual(innerWidth);
      },
      { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true },
    );
  });
});
