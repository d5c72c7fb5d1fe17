/**
 * /support/fit/<question>/<answer>/checklist.csv: the answer page's list as 我的政策清单 (the same
 * measures in the same order), so it can be saved without JavaScript.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../../../model/index.ts';
import { absoluteUrl } from '../../../../../model/urls.ts';
import { planLabel } from '../../../../../support/fit-data.ts';
import { checklistCsv, checklistStatus } from '../../../../../support/checklist-csv.ts';
import { FIT_LIMIT, FIT_QUESTIONS, answerSet, rankFor, supportView } from '../../../../../support/view.ts';

export function getStaticPaths() {
  return FIT_QUESTIONS.flatMap((q) => q.answers.map((answer) => ({ params: { question: q.id, answer } })));
}

export const GET: APIRoute = ({ params, site }) => {
  const view = supportView(loadSite());
  const shown = rankFor(view, answerSet(params.question!, params.answer!)).slice(0, FIT_LIMIT);
  const rows = shown.map((r) => {
    const m = view.byKey.get(r.key)!;
    return {
      clause: `${m.path}${m.title}`,
      plan: planLabel(m.planTitle, m.level, m.district),
      status: checklistStatus(m.statusNote),
      agencies: m.agencies.map((a) => a.label),
      // Absolute only with SITE_URL (as the canonical links): a localhost address would be wrong.
      url: absoluteUrl(m.url, site),
    };
  });
  return new Response(checklistCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
