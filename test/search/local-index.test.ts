import { describe, expect, it } from 'vitest';
import type { PagefindData } from '../../src/search/engine.ts';
import { search } from '../../src/search/engine.ts';
import { localIndex } from '../../src/search/local-index.ts';

const record = (id: string, content: string, filters: Record<string, string[]>): PagefindData => ({ url: `/p/#${id}`, content, meta: {}, filters });
const records = [
  record('a', '建设生物产业园，发展生物医药。', { plan: ['甲'], part: ['任务'] }),
  record('b', '生物医药产业集群；生物医药创新。', { plan: ['甲'], part: ['目标'], agency: ['区科委'] }),
  record('c', '医药企业与生物技术', { plan: ['乙'], kind: ['文件'] }),
  record('d', '人才公寓', { plan: ['乙'], kind: ['摘要'] }),
];
const ids = async (term: string, filters: Record<string, unknown> = {}) => (await localIndex(records).search(term, { filters }))!.results.map((r) => r.id);

describe('localIndex', () => {
  it('matches a quoted term as a phrase and an unquoted one word by word, most occurrences first', async () => {
    expect(await ids('"生物医药"')).toEqual(['/p/#b', '/p/#a']);
    expect(await ids('生物医药')).toEqual(['/p/#b', '/p/#a', '/p/#c']);
    // Inside a word, unlike Pagefind's word index: 物产业园 is in 生物产业园.
    expect(await ids('"物产业园"')).toEqual(['/p/#a']);
    expect(await ids('人才 龘龘')).toEqual([]);
    expect(await ids('""')).toEqual([]);
  });

  it('applies any / none filters and counts every key and value among the results', async () => {
    expect(await ids('生物医药', { part: { any: ['目标'] } })).toEqual(['/p/#b']);
    expect(await ids('生物医药', { kind: { none: ['文件'] } })).toEqual(['/p/#b', '/p/#a']);
    const found = await localIndex(records).search('"生物医药"', {});
    expect(found!.filters).toEqual({
      plan: { 甲: 2, 乙: 0 },
      part: { 任务: 1, 目标: 1 },
      agency: { 区科委: 1 },
      kind: { 文件: 0, 摘要: 0 },
    });
    await expect(localIndex(records).search('生物', { filters: { plan: ['甲'] } })).rejects.toThrow(/Filter plan: expected \{ any \} or \{ none \}/u);
  });

  it('gives the engine exact groups and facets', async () => {
    const outcome = await search(localIndex(records), '生物医药');
    expect(outcome.groups.map((g) => [g.plan, g.count])).toEqual([['甲', 2]]);
    expect(outcome.facets.part).toEqual({ 任务: 1, 目标: 1 });
    expect(outcome.facets.kind).toEqual({ 条款: 2 });
    expect(outcome.partial.map((h) => h.id)).toEqual(['/p/#c']);
  });
});
