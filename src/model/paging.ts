/**
 * Long lists split into pages so that no page grows without bound (a city may publish hundreds of
 * plans a year): `/plans/` is page 1, `/plans/list/2/` page 2, and so on.
 */
import { pageUrl } from './urls.ts';

export const PLANS_PER_PAGE = 100;

export function pageCount(total: number, perPage = PLANS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}

export function planListUrl(page: number): string {
  return page <= 1 ? pageUrl('/plans/') : pageUrl(`/plans/list/${page}/`);
}
