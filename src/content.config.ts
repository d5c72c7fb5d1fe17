/**
 * Content collection: the generated plan pages (`content/plans/*.mdx`, written by
 * `npm run convert`), whose bodies Astro renders. Their data is never read from here: the
 * model (`src/model/`) converts the seeds itself and checks these files match it. Editorial
 * summaries are read by the model too (`src/model/summaries.ts`).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { publishedPlanSchema } from './schemas/plan.ts';

export const collections = {
  plans: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/plans' }),
    schema: publishedPlanSchema,
  }),
};
