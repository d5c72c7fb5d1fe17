/**
 * Vitest configuration (kept under test/ so the project's top level stays as documented).
 * It is Astro's own Vite configuration, so tests can compile MDX and render components
 * through the real Astro pipeline. Three projects, each run alone by its script:
 * - `unit` (`npm run test:unit`): needs no build and no browser; its files share a worker's module
 *   cache (`isolate: false`: the model and the converter load once per worker, not once per
 *   file — half the time), so a unit test must leave no global or environment change behind;
 *   the same for `site`;
 * - `site` (`npm run test:site`): reads the built site in `dist/`;
 * - `browser` (`npm run test:browser`): headless Chromium — on the built site (and the
 *   `/portal/` build in `dist-base/`), or printing PDFs for the importers and the corpus.
 * `npm test` runs all three after the format, lint and type checks and both builds.
 */
import { getViteConfig } from 'astro/config';

/** Tests that read `dist/` without a browser. */
const SITE = [
  'test/site/**/*.test.ts',
  'test/data/open-data.test.ts',
  'test/places/places-json.test.ts',
  'test/support/open-data.test.ts',
  'test/targets/page.test.ts',
  'test/targets/weight.test.ts',
  'test/model/reference-files.test.ts',
];
/** Tests that drive Chromium. */
const BROWSER = ['test/browser/**/*.test.ts', 'test/cli/add-plan*.test.ts', 'test/evaluation/**/*.test.ts', 'test/importers/pdf.test.ts'];

export default getViteConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: keep to two workers; browser suites are heavy.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...SITE, ...BROWSER], isolate: false } },
      { extends: true, test: { name: 'site', include: SITE, isolate: false } },
      { extends: true, test: { name: 'browser', include: BROWSER } },
    ],
  },
} as Parameters<typeof getViteConfig>[0]);
