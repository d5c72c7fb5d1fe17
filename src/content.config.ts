/**
 * Content collections: generated plan pages (`content/plans/*.mdx`, written by
 * `npm run convert`) and editorial summaries (`content/summaries/*.yaml`, written by people).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { planFrontmatterSchema, summarySchema } from './schemas/plan.ts';

export const collections = {
  plans: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/plans' }),
    schema: planFrontmatterSchema,
  }),
  summaries: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/summaries' }),
    schema: summarySchema,
  }),
};
