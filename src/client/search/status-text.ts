/**
 * The search page's status line: in how many plans the phrase occurs, partial matches, editorial
 * summaries, and what to try when nothing is found. Pure: text from the outcome and the filters.
 */
import type { SearchOutcome } from '../../search/engine.ts';
import type { PlanSearchOutcome } from '../../search/plan-search.ts';
import { MAX_QUERY_CHARS, shortened } from '../../search/normalize.ts';

/** At plan level with plans left unchecked: how far the counts reach. */
function checkedText(current: SearchOutcome | PlanSearchOutcome): string {
  if (!('plansFound' in current) || current.plansChecked >= current.plansFound) return '';
  // The plan-level index knows words, not phrases: the plans it finds may hold the query.
  return `按词索引，${current.plansFound} 份规划可能含有检索词；已逐条核对其中 ${current.plansChecked} 份，以上计数只含这些规划。`;
}

function matchesText(current: SearchOutcome, filtered: boolean): string {
  const { query } = current;
  const phrase = `“${shortened(query.phrase)}”`;
  const cut = query.cut ? `检索词有 ${query.length} 个字，超过 ${MAX_QUERY_CHARS} 字，只按前 ${MAX_QUERY_CHARS} 字检索。` : '';
  const inSummaries = current.summaries.length > 0 ? `另有 ${current.summaries.length} 份编辑摘要提到（不计入）。` : '';
  const [own, ...extra] = current.phrases;
  if (current.exactCount > 0 && extra.length > 0) {
    const where = `在 ${current.groups.length} 份规划中找到 ${current.exactCount} 处`;
    const lead = own?.count
      ? `${where}${phrase}或对应的规划用语（按条款计），其中 ${own.count} 处为完整短语${phrase}。`
      : `未找到完整短语${phrase}。按对应的规划用语，${where}（按条款计）。`;
    const partial = current.partial.length > 0 ? `另列 ${current.partial.length} 条部分匹配。` : '';
    return `${cut}${lead}${inSummaries}${partial}`;
  }
  if (current.exactCount > 0) {
    const partial = current.partial.length > 0 ? `完整短语之后另列 ${current.partial.length} 条部分匹配。` : '';
    return `${cut}在 ${current.groups.length} 份规划中找到 ${current.exactCount} 处${phrase}（按条款计）。${inSummaries}${partial}`;
  }
  const missing = `${cut}未找到完整短语${phrase}。`;
  if (current.partial.length > 0) return `${missing}${inSummaries}以下 ${current.partial.length} 条为部分匹配：含检索词中的词，但不连在一起。`;
  const tips: string[] = [];
  if (query.quoted) tips.push('去掉引号');
  else if (current.exactOnly) tips.push('取消“精确匹配”');
  if (filtered) tips.push('清除筛选条件');
  if (!current.partialWithheld) tips.push('换一个更短的词');
  if (tips.length === 0) tips.push('换一个词');
  const withheld = current.partialWithheld ? '两个字以内的检索词不列部分匹配。' : '';
  return `${missing}${inSummaries}${withheld}可以试试${tips.join('、')}。`;
}

/** The status line of a search shown; `selected` are the filters chosen. */
export function statusText(current: SearchOutcome | PlanSearchOutcome, selected: Record<string, string[]>): string {
  return `${matchesText(
    current,
    Object.values(selected).some((v) => v.length > 0),
  )}${checkedText(current)}`;
}
