/**
 * Visual width of text as the source PDF laid it out: CJK characters and full-width
 * punctuation take two columns, everything else one. Used to tell a hard-wrapped full
 * line from the short last line of a paragraph.
 */
const WIDE =
  /[\u1100-\u115f\u2014\u2018\u2019\u201c\u201d\u2026\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function visualWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** Han ideographs (the CJK Unified Ideographs blocks used by these texts). */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
/** Full-width punctuation that may border Han text. */
export const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\u2014\\u2018\\u2019\\u201c\\u201d';
