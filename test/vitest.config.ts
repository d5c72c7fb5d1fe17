/**
 * Vitest configuration (kept under test/ so the project's top level stays as documented).
 * It is Astro's own Vite configuration, so tests can compile MDX and render components
 * through the real Astro pipeline. `test/site/` and `test/browser/` read the built site in
 * `dist/`, which `npm test` builds first.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: keep to two workers; browser suites are heavy.
    maxWorkers: 2,
  },
} as Parameters<typeof getViteConfig>[0]);
