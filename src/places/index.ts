/**
 * Places: the gazetteer (`data.ts`), its cross-checks (`checks.ts`), which clauses name which
 * places (`mentions.ts`), district geometry (`geometry.ts`) and what pages show (`view.ts`).
 */
export * from './checks.ts';
export * from './data.ts';
export * from './geometry.ts';
export * from './mentions.ts';
export * from './map-payload.ts';
export * from './view.ts';
