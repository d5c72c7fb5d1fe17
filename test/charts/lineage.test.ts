/**
 * The citation graph layout: deterministic (snapshot), columns by level, every edge from its
 * cited document to its citing plan, skip-column edges over the top lane.
 */
import { describe, expect, it } from 'vitest';
import { layoutLineage, wrapTitle, type GraphEdge, type GraphNode } from '../../src/charts/lineage.ts';

const nodes: GraphNode[] = [
  { key: 'n', title: '“十四五”生物经济发展规划', level: '国家级', docNumber: null, href: null },
  { key: 'c1', title: '上海打造未来产业创新高地发展壮大未来产业集群行动方案', level: '市级', docNumber: '沪府发〔2022〕11号', href: null },
  { key: 'plan:city', title: '市级方案', level: '市级', docNumber: '沪府办发〔2023〕18号', href: '/plans/city/' },
  { key: 'plan:d1', title: '宝山行动计划', level: '区级', docNumber: '宝府办〔2023〕45号', href: '/plans/d1/' },
  { key: 'plan:d2', title: '金山实施意见', level: '区级', docNumber: null, href: '/plans/d2/' },
];
const edges: GraphEdge[] = [
  { from: 'plan:city', to: 'plan:d1' },
  { from: 'c1', to: 'plan:d1' },
  { from: 'n', to: 'plan:d2' },
  { from: 'c1', to: 'plan:d2' },
  { from: 'c1', to: 'plan:city' },
];

describe('layoutLineage', () => {
  const g = layoutLineage(nodes, edges, ['国家级', '市级', '区级', '未判定']);

  it('matches the snapshot', () => {
    expect(g).toMatchSnapshot();
  });

  it('has one column per level used, national to district, left to right', () => {
    expect(g.columns.map((c) => c.level)).toEqual(['国家级', '市级', '区级']);
    expect(g.columns[0]!.x).toBeLessThan(g.columns[1]!.x);
    for (const n of g.nodes) expect(n.x + n.width / 2).toBe(g.columns.find((c) => c.level === n.level)!.x);
  });

  it('draws every edge, and the national → district one over the top lane', () => {
    expect(g.edges.map((e) => `${e.from}>${e.to}`)).toEqual(edges.map((e) => `${e.from}>${e.to}`));
    const skip = g.edges.find((e) => e.from === 'n')!;
    const lowest = Math.min(...g.nodes.map((n) => n.y));
    const ys = [...skip.path.matchAll(/[ ,](-?\d+(?:\.\d+)?)(?=[ LC]|$)/gu)].map((m) => Number(m[1]));
    expect(Math.min(...ys)).toBeLessThan(lowest);
  });

  it('does not let boxes in a column overlap', () => {
    for (const c of g.columns) {
      const column = g.nodes.filter((n) => n.level === c.level).sort((a, b) => a.y - b.y);
      for (let i = 1; i < column.length; i++) expect(column[i]!.y).toBeGreaterThanOrEqual(column[i - 1]!.y + column[i - 1]!.height);
    }
  });

  it('wraps titles by characters', () => {
    expect(wrapTitle('一二三四五六七八九十甲乙丙', 12)).toEqual(['一二三四五六七八九十甲乙', '丙']);
  });
});
