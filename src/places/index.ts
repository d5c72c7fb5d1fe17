/**
 * Places: the gazetteer (`data.ts`), its cross-checks (`checks.ts`), which clauses name which
 * places (`mentions.ts`), district geometry (`geometry.ts`) and what pages show (`view.ts`).
 */
import { pageUrl } from '../model/urls.ts';
import { DISTRICTS_URL_PATH } from './data.ts';

export * from './checks.ts';
export * from './data.ts';
export * from './geometry.ts';
export * from './mentions.ts';
export * from './plan-map.ts';
export * from './view.ts';

/** The offline district outlines, under the site's base path. */
export const districtsUrl = (): string => pageUrl(DISTRICTS_URL_PATH);
