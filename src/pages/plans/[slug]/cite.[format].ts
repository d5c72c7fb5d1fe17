/** The plan as a reference file — `cite.ris`, `cite.bib`, `cite.json` (src/model/reference.ts) — 引用日期 the build date. */
import type { APIRoute } from 'astro';
import type { SitePlan } from '../../../model/index.ts';
import { loadSite } from '../../../model/index.ts';
import { planStaticPaths } from '../../../model/pages.ts';
import { planReference, REFERENCE_FILES, type ReferenceFormat } from '../../../model/reference.ts';
import { absoluteUrl, planUrl } from '../../../model/urls.ts';

export function getStaticPaths() {
  const formats = Object.keys(REFERENCE_FILES) as ReferenceFormat[];
  return planStaticPaths().flatMap(({ params, props }) => formats.map((format) => ({ params: { ...params, format }, props })));
}

export const GET: APIRoute<{ plan: SitePlan }, { slug: string; format: ReferenceFormat }> = ({ props, params, site }) => {
  const file = REFERENCE_FILES[params.format];
  const ref = planReference(props.plan, absoluteUrl(planUrl(props.plan.slug), site));
  return new Response(file.write(ref, loadSite().today.toISOString().slice(0, 10)), { headers: { 'Content-Type': file.type } });
};
