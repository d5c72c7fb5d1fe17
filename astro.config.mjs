// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import pagefindIndex from './src/integrations/pagefind.ts';

export default defineConfig({
  // Absolute URLs (citations, canonical links) use SITE_URL when the deployment sets it.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  integrations: [mdx({ smartypants: false }), pagefindIndex()],
  // The text must come out exactly as in the seed: no smart quotes or dashes.
  markdown: { smartypants: false },
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Never inline a small script or stylesheet into the page: the site runs under a strict CSP
  // (script-src 'self'; style-src 'self'), which blocks inline <script> and <style>.
  vite: { build: { assetsInlineLimit: 0 } },
});
