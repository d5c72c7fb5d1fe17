/**
 * Vitest configuration (kept under test/ so the project's top level stays as documented).
 * Unit tests run on sources; `test/site/` and `test/browser/` read the built site in `dist/`,
 * which `npm test` builds first.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: browser suites are heavy, so keep files to two workers.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
