/**
 * The 发文字号 of GB/T 9704-2012 — agency code〔year〕number号 — as the stages read it. It lives
 * below every stage because the earliest (clean, unwrap) and the later ones (the notice, the
 * masthead) all need it: a later stage's module is no place for an earlier one to import from.
 */

/** A paragraph that is a 文号 and nothing else, once the text is clean: code, year, number. */
export const DOC_NUMBER = /^(\S{1,12}?)〔(\d{4})〕(\d{1,4})号$/u;

/**
 * A 文号 on a raw line of its own, before cleaning (`沪自贸临管委〔2025〕112号`): a PDF extraction may
 * leave spaces inside it, and a longer code is allowed, since the line is not yet split from what it
 * was printed with; a bracket may close it (`（长府规〔2026〕2号）` under a title).
 */
export const DOC_NUMBER_LINE = /^\S{1,14}?〔\s*\d{4}\s*〕\s*\d{1,4}\s*号[）)]?$/u;
