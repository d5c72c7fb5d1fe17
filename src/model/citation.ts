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

/**
 * A clause as citations name it: its full number path and its title in quotes, `三、（六）“打造‘一核两翼’空间”`
 * (quotes inside the title become ‘’ so they nest inside the outer “”, GB/T 7714 / zh-CN usage);
 * '' for an id the plan does not have.
 */
export function clauseCitation(outline: CitableClause[], id: string): string {
  const clause = outline.find((c) => c.id === id);
  if (!clause) return '';
  const title = clause.title ? `“${clause.title.replace(/“/gu, '‘').replace(/”/gu, '’')}”` : '';
  return `${clausePath(outline, id)}${title}`;
}

/** `《…》（沪府办发〔2023〕18号）`: the short form's source, before the clause. */
export function citationSource(plan: CitablePlan): string {
  return `《${plan.title}》${plan.titleMarks.join('')}${plan.docNumber ? `（${plan.docNumber}）` : ''}`;
}

/** `《…》（沪府办发〔2023〕18号）三、（六）“打造‘一核两翼’空间”` — without the URL, which the page adds. */
export function citationText(plan: CitablePlan, id: string): string {
  return `${citationSource(plan)}${clauseCitation(plan.outline, id)}`;
}
