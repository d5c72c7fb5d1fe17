/**
 * What the components of a plan's body need to know about the plan they render: handed down as a
 * prop from the plan page through `Tree.astro` (never read from a global), so that a component is
 * a function of its props and the page decides, once, what the body is rendered with.
 */
import type { CitablePlan } from '../../model/citation.ts';
import type { PlanReference } from '../../model/reference.ts';
import type { SitePlan } from '../../model/index.ts';
import type { Site } from '../../model/index.ts';
import { planReference } from '../../model/reference.ts';
import { absoluteUrl, planUrl } from '../../model/urls.ts';
import { relatedTo, type RelatedItem } from '../../related/index.ts';
import { glossaryOf, type GlossaryTerm } from '../../glossary/index.ts';

export interface PlanContext extends CitablePlan {
  /** The plan as a reference (GB/T 7714). */
  reference: PlanReference;
  /** The 引用日期 a page without script shows: the build date. */
  accessed: string;
  /** Similar clauses of other plans, by clause id (computed once per build); a clause without any is absent. */
  related: ReadonlyMap<string, RelatedItem[]>;
  /** The glossary's terms: clause text links each one's first occurrence to /glossary/#<id>. */
  glossary: readonly GlossaryTerm[];
}

/** The context of one plan's page; `site` is the page's origin (Astro.site), when the build knows it. */
export function planContext(site: Site, plan: SitePlan, origin: URL | undefined): PlanContext {
  const data = plan.frontmatter;
  const related = new Map(plan.clauses.map((c) => [c.id, relatedTo(site, plan.slug, c.id)] as const).filter(([, items]) => items.length > 0));
  return {
    slug: data.slug,
    title: data.title,
    docNumber: data.docNumber,
    titleMarks: data.titleMarks,
    outline: data.outline,
    reference: planReference(plan, absoluteUrl(planUrl(plan.slug), origin)),
    accessed: site.today.toISOString().slice(0, 10),
    related,
    glossary: glossaryOf(site),
  };
}
