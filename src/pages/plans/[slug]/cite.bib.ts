/** The plan as a reference in BibTeX (src/model/reference.ts), 引用日期 the build date. */
import type { APIRoute } from 'astro';
import type { SitePlan } from '../../../model/index.ts';
import { loadSite } from '../../../model/index.ts';
import { planStaticPaths } from '../../../model/pages.ts';
import { planReference, REFERENCE_FILES } from '../../../model/reference.ts';
import { absoluteUrl, planUrl } from '../../../model/urls.ts';

export const getStaticPaths = planStaticPaths;

export const GET: APIRoute<{ plan: SitePlan }> = ({ props, site }) => {
  const file = REFERENCE_FILES.bib;
  const ref = planReference(props.plan, absoluteUrl(planUrl(props.plan.slug), site));
  return new Response(file.write(ref, loadSite().today.toISOString().slice(0, 10)), { headers: { 'Content-Type': file.type } });
};
