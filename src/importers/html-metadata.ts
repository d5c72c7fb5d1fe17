/**
 * The 信息公开 block of a government web page: the table (or list) of 索引号, 主题分类,
 * 发布机构, 发文字号, 成文日期, 发布日期, 有效期 … that the 政府信息公开 rules make every
 * site print above a document. Found by its labels wherever the site puts it — label and value
 * in two cells (`<th>索引号：</th><td>…</td>`), or in one (`<li>发布机构：…</li>`) — never by
 * a site's class names.
 */

import { DISCLOSURE_LABELS } from '../contracts/disclosure-labels.ts';

/** Labels of the 政府信息公开 fields (as sites print them; one list with the converter's). */
export const METADATA_LABELS: readonly string[] = DISCLOSURE_LABELS;

/** Sites space a label's characters out to align the column (`索&nbsp;引&nbsp;号：`). */
const SPACED = METADATA_LABELS.map((label) => [...label].join('\\s*')).join('|');
const LABEL = new RegExp(`^(${SPACED})\\s*[：:]\\s*`, 'u');
const LABEL_ONLY = new RegExp(`^(${SPACED})\\s*[：:]?$`, 'u');
const ANY_LABEL = new RegExp(`(?:${SPACED})\\s*[：:]`, 'gu');
/** A label as the site spells it, spaces taken out (`索 引 号` → `索引号`). */
const labelOf = (printed: string) => printed.replace(/\s+/gu, '');

const textOf = (element: Element): string => (element.textContent ?? '').replace(/[ \t\n\f\r\u00a0]+/gu, ' ').trim();

export interface Metadata {
  /** Label as printed → value, in page order. */
  fields: Record<string, string>;
  /** The elements that held the fields (so they are not listed as dropped chrome). */
  elements: Set<Element>;
}

/**
 * Every labelled field on the page. An element holds a field when its text starts with a label
 * and holds no second one (the smallest element that is the field, not the row of fields); a
 * label alone in its cell takes the next cell's text as value. Only outside the article.
 */
export function readMetadata(body: Element, article: Element): Metadata {
  const fields: Record<string, string> = {};
  const elements = new Set<Element>();
  for (const element of body.querySelectorAll('*')) {
    // The article's own sentences may start with a label word (`有效期：自…起`): not metadata.
    if (article.contains(element) || element.contains(article)) continue;
    const text = textOf(element);
    const only = LABEL_ONLY.exec(text);
    // A label alone in its element may print no colon (`<label>索 引 号</label><em>…</em>`).
    const labels = (text.match(ANY_LABEL)?.length ?? 0) + (only && !/[：:]/u.test(text) ? 1 : 0);
    if (labels === 0) continue;
    if (only && labels <= 1) {
      const next = element.nextElementSibling;
      const value = next ? textOf(next) : '';
      if (next && !LABEL.test(value) && !(labelOf(only[1]!) in fields)) {
        fields[labelOf(only[1]!)] = value;
        elements.add(element).add(next);
      }
      continue;
    }
    const inline = LABEL.exec(text);
    if (
      inline &&
      labels === 1 &&
      !(labelOf(inline[1]!) in fields) &&
      ![...element.children].some((child) => LABEL.test(textOf(child)) && textOf(child) === text)
    ) {
      fields[labelOf(inline[1]!)] = text.slice(inline[0].length).trim();
      elements.add(element);
    }
  }
  return { fields, elements };
}
