// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import headers from './src/integrations/headers.ts';
import { normaliseBase } from './src/model/urls.ts';

// The public origin (canonical URLs, og:url, sitemap, feed, citations): set SITE_URL for a
// deployment. Without it nothing that needs an absolute URL is written (no canonical, og:url,
// sitemap, feed or robots Sitemap line), so a default build never publishes localhost (README).
const site = process.env.SITE_URL || undefined;
// A deployment under a sub-path: BASE_PATH=/portal/ (every link goes through src/model/urls.ts).
const base = normaliseBase(process.env.BASE_PATH ?? '/');

export default defineConfig({
  site,
  base,
  // A second build (the base-path test) goes elsewhere: OUT_DIR=dist-base.
  outDir: process.env.OUT_DIR ?? './dist',
  // MDX inherits the Markdown processor's features.
  integrations: [mdx(), sitemap(), headers()],
  // The search index is built after this, in its own process: src/cli/index-search.ts (npm run build).
  markdown: {
    // The text must come out exactly as in the seed: no smart quotes or dashes.
    processor: satteri({ features: { smartPunctuation: false } }),
  },
  trailingSlash: 'always',
  // No inline <script>/<style>: every page runs under a strict CSP (src/security/csp.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
