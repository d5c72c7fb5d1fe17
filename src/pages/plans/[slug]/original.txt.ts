/** The seed's exact bytes, for download. */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planStaticPaths, type PlanView } from '../../../lib/plans.ts';

export const getStaticPaths = planStaticPaths;

export const GET: APIRoute<{ plan: PlanView }> = ({ props }) => {
  const bytes = readFileSync(join(process.cwd(), props.plan.entry.data.source.file));
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
