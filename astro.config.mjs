// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import pagefindIndex from './src/integrations/pagefind.ts';

export default defineConfig({
  // Absolute URLs (citations, canonical links) use SITE_URL when the deployment sets it.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  // MDX inherits the Markdown processor's features.
  integrations: [mdx(), pagefindIndex()],
  markdown: {
    // The text must come out exactly as in the seed: no smart quotes or dashes.
    processor: satteri({ features: { smartPunctuation: false } }),
  },
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
