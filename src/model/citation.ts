/**
 * Citations journalists can paste: plan title, 文号, the clause's full number path and its URL.
 */
export interface CitableClause {
  id: string;
  number: string;
  title: string;
}

export interface CitablePlan {
  slug: string;
  title: string;
  docNumber?: string | undefined;
  titleMarks: string[];
  outline: CitableClause[];
}

/** `s4-1-2` → the numbers of s4, s4-1, s4-1-2 joined: `四、（一）2.`. */
export function clausePath(outline: CitableClause[], id: string): string {
  const byId = new Map(outline.map((c) => [c.id, c]));
  const parts = id.slice(1).split('-');
  return parts.map((_, i) => byId.get(`s${parts.slice(0, i + 1).join('-')}`)?.number ?? '').join('');
}

/** `《…》（沪府办发〔2023〕18号）三、（六）“打造‘一核两翼’空间”` — without the URL, which the page adds. */
export function citationText(plan: CitablePlan, id: string): string {
  const clause = plan.outline.find((c) => c.id === id);
  const marks = plan.titleMarks.join('');
  const source = `《${plan.title}》${marks}${plan.docNumber ? `（${plan.docNumber}）` : ''}`;
  if (!clause) return source;
  // Quotes inside the clause title become ‘’ so they nest inside the outer “” (GB/T 7714 / zh-CN usage).
  const title = clause.title ? `“${clause.title.replace(/“/gu, '‘').replace(/”/gu, '’')}”` : '';
  return `${source}${clausePath(plan.outline, id)}${title}`;
}
