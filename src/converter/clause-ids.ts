/**
 * Anchor ids and depths of clauses. Ids are the stable links readers cite, so they come from
 * the numbering alone: `s4-1-2` for 四、（一）2. (a skipped rank is 0: 一、 then 1. is `s1-0-1`);
 * `c3` for 第三章 and `c3-2` for its 第二节; `a12` for 第十二条 (articles are numbered through
 * the whole document) and `a12-1` for its （一）.
 */
import { gbRank, type HeadingMarker } from './numbering.ts';
import type { Clause, Level } from './types.ts';

/** The id a heading gets from its number and its open ancestors (`stack`, outermost first). */
export function clauseId(marker: HeadingMarker, stack: Clause[]): string {
  const scope = [...stack].reverse().find((c) => gbRank(c.kind) === undefined);
  if (marker.kind === 'chapter') return `c${marker.ordinal}`;
  if (marker.kind === 'article') return `a${marker.ordinal}`;
  if (marker.kind === 'section') return scope ? `${scope.id}-${marker.ordinal}` : `c0-${marker.ordinal}`;
  const rank = gbRank(marker.kind)!;
  const inScope = stack.slice(scope ? stack.indexOf(scope) + 1 : 0);
  if (scope) return `${scope.id}-${[...inScope.map((c) => c.ordinal), marker.ordinal].join('-')}`;
  const byRank = new Map<number, number>(inScope.map((c) => [gbRank(c.kind)!, c.ordinal]));
  const path: number[] = [];
  for (let r = 1; r < rank; r++) path.push(byRank.get(r) ?? 0);
  return `s${[...path, marker.ordinal].join('-')}`;
}

/**
 * The heading's depth for the page (h2 … h6 + 1). A number of GB/T 9704 keeps its rank's depth
 * (一、 then 1. is depth 3 under depth 1, as printed); inside 章/节/条 the depth counts down from them.
 */
export function clauseLevel(marker: HeadingMarker, parent: Clause | undefined): Level {
  const rank = gbRank(marker.kind);
  if (!parent) return rank ?? 1;
  const parentRank = gbRank(parent.kind);
  const level = rank !== undefined && parentRank !== undefined ? parent.level + (rank - parentRank) : parent.level + 1;
  return Math.min(6, level) as Level;
}
