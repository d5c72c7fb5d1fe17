/** Re-export: the Chromium launcher lives in src/tooling (the search benchmark uses it too). */
export * from '../../src/tooling/browser.ts';
