/**
 * Lookup on the search page: a query read as a 文号 or a plan's clause (src/search/lookup.ts)
 * opens its page at once — before Pagefind loads — when submitted or arriving in `?q=` (the header
 * box submits here); while the reader types, a line offers the same link. An unknown 文号, a name
 * fitting several plans or a clause the plan has not are said in that line, and the ordinary
 * search runs below it.
 */
import { pageUrl } from '../../contracts/urls.ts';
import { lookup, type LookupResult, type LookupTable, type LookupTarget } from '../../search/lookup.ts';
import type { T2S } from '../../search/normalize.ts';
import { el } from '../dom.ts';

const link = (target: LookupTarget, text = target.label) => el('a', { href: target.url }, text);

function lookupLine(result: LookupResult): Array<Node | string> {
  switch (result.kind) {
    case 'search':
      return [];
    case 'go':
      return ['直达：', link(result.target), '（按回车打开）'];
    case 'unknown-doc':
      return [
        `本站未收录文号为 ${result.docNumber} 的文件。`,
        el('a', { href: pageUrl('/ref/') }, '本站收录的文号'),
        '；下面是全文检索的结果（其他规划可能提到这个文号）。',
      ];
    case 'choice':
      return [
        `条款 ${result.path} 见于以下规划：`,
        el('ul', {}, ...result.targets.map((t) => el('li', {}, link(t, `${t.label} ${result.path}`)))),
        '下面是全文检索的结果。',
      ];
    case 'no-clause':
      return [
        `${result.plans.map((p) => p.label).join('、')}中没有条款 ${result.path}。`,
        '请在',
        ...joined(result.plans.map((p) => link(p))),
        '的目录中查找；下面是全文检索的结果。',
      ];
  }
}

function joined(nodes: Node[]): Array<Node | string> {
  return nodes.flatMap((node, i) => (i > 0 ? ['、', node] : [node]));
}

export interface LookupView {
  /** Shows what the query is; true when it leaves the page (the caller does not search then). */
  submitted(query: string): boolean;
  /** While typing: the same line, never leaving the page. */
  typed(query: string): void;
}

export function lookupView(line: HTMLElement, table: LookupTable, t2s: T2S): LookupView {
  const show = (result: LookupResult) => {
    line.replaceChildren(...lookupLine(result));
    line.hidden = result.kind === 'search';
  };
  return {
    submitted(query) {
      const result = lookup(query, table, t2s);
      if (result.kind === 'go') {
        // replace: Back returns to the page the reader searched from, not to a redirecting one.
        location.replace(result.target.url);
        return true;
      }
      show(result);
      return false;
    },
    typed(query) {
      show(lookup(query, table, t2s));
    },
  };
}
