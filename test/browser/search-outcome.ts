/**
 * What the search page shows for a query, read as a reader would after asking for everything:
 * every plan checked (at plan level), the lazy facets opened, every group's fold opened. The
 * search-index tests compare it between two indexes of the same plans.
 */
import type { Page } from 'playwright-core';

export interface SearchView {
  status: string;
  groups: Array<{ plan: string; count: string; hrefs: string[] }>;
  facets: string[];
  partial: string[];
}

const searches = (page: Page) => page.evaluate(() => Number(document.getElementById('search-results')?.dataset.searches ?? 0));

/** Clicks a control that re-runs the search and waits for the run to finish. */
async function rerun(page: Page, selector: string): Promise<void> {
  const before = await searches(page);
  await page.locator(selector).click();
  await page.waitForFunction((n) => Number(document.getElementById('search-results')?.dataset.searches ?? 0) > n, before, { timeout: 20_000 });
}

/** `extra`: more of the URL's query string, e.g. `&district=金山区` (a filter chosen). */
export async function searchView(page: Page, url: string, query: string, extra = ''): Promise<SearchView> {
  await page.goto(`${url}/search/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForFunction(() => Number(document.getElementById('search-results')?.dataset.searches ?? 0) > 0, null, { timeout: 20_000 });
  while (await page.locator('#search-check-more').isVisible()) await rerun(page, '#search-check-more');
  if (await page.locator('.facet-lazy summary').isVisible()) await rerun(page, '.facet-lazy summary');
  for (const summary of await page.locator('.plan-group-rest summary').all()) await summary.click();
  await page.waitForFunction(() => [...document.querySelectorAll('.plan-group-rest')].every((r) => (r as HTMLElement).dataset.loaded === 'done'));
  return page.evaluate(() => ({
    status: document.getElementById('search-status')?.textContent ?? '',
    groups: [...document.querySelectorAll<HTMLElement>('.plan-group')].map((g) => ({
      plan: g.dataset.plan ?? '',
      count: g.querySelector('.plan-group-count')?.textContent ?? '',
      hrefs: [...g.querySelectorAll<HTMLAnchorElement>('.hit-link')].map((a) => a.getAttribute('href') ?? '').sort(),
    })),
    facets: [...document.querySelectorAll('#search-facets input')].map(
      (box) => `${(box as HTMLInputElement).name}: ${box.closest('label')?.textContent ?? ''}`,
    ),
    partial: [...document.querySelectorAll<HTMLAnchorElement>('#search-partial-list .hit-link')].map((a) => a.getAttribute('href') ?? '').sort(),
  }));
}
