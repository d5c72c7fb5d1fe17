/** Re-export: the static server lives in src/tooling (the search benchmark uses it too). */
export * from '../../src/tooling/static-server.ts';
