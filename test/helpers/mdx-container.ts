/**
 * Astro's container with its MDX renderer, for tests that render MDX the way the site's pipeline
 * does: `mdxContainer(name)` in a test file registers the setup and clean-up and gives a function
 * that writes MDX to a scratch file, imports it and renders it with the document components.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { documentComponents } from '../../src/components/document/index.ts';

export interface MdxContainer {
  /** The container itself, once set up (for rendering components). */
  container(): AstroContainer;
  /** The HTML of an MDX text, rendered with the plan page's document components. */
  renderMdx(mdx: string): Promise<string>;
}

export function mdxContainer(name: string): MdxContainer {
  const scratch = new URL(`../.tmp/${name}/`, import.meta.url).pathname;
  let container: AstroContainer | undefined;
  let counter = 0;
  beforeAll(async () => {
    mkdirSync(scratch, { recursive: true });
    container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const ready = () => {
    if (!container) throw new Error('The MDX container is set up in beforeAll: render inside a test');
    return container;
  };
  return {
    container: ready,
    async renderMdx(mdx) {
      const file = `${scratch}case-${process.pid}-${counter++}.mdx`;
      writeFileSync(file, mdx);
      const mod = await import(/* @vite-ignore */ file);
      return ready().renderToString(mod.default, { props: { components: documentComponents } });
    },
  };
}
