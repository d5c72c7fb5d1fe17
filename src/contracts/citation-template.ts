/**
 * A plan page writes each citation form once, as a template on its document (`data-cite-template`,
 * `data-short-template`), and each clause's buttons carry only the clause part (path and title):
 * forty near-identical entries per page were the largest part of a plan page's first visit.
 * The build fills the slots for the plan-level entry; the copy script fills them per clause.
 */

/** Where the clause (`四、（一）3.“深化‘先投后股’支持模式”`) goes in a GB/T 7714 entry. */
export const CLAUSE_SLOT = '{clause}';
/** Where the clause's link goes. */
export const URL_SLOT = '{url}';

/** The template with its slots filled (a function replacement: a `$` in the text is kept as it is). */
export function fillCitation(template: string, clause: string, url: string): string {
  return template.replace(CLAUSE_SLOT, () => clause).replace(URL_SLOT, () => url);
}
