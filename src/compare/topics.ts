/**
 * The topics of the comparison: the support types first (what an enterprise asks: 资金与金融,
 * 空间与厂房, …, from the support finder's measures), then the parts of a plan. The 布局 row takes
 * the layouts from the data the map draws (`placesOf`): a clause that sets a layout is listed
 * there too, with the layout, whatever part it sits in (the city's 一核两翼 is a task, 三、（六）).
 * Built once per build.
 */
import type { Site } from '../model/index.ts';
import { once } from '../model/once.ts';
import { pageUrl } from '../model/urls.ts';
import { placesOf } from '../places/index.ts';
import { supportOf } from '../support/index.ts';
import { SUPPORT_TYPES, supportTypeLabels } from '../support/types.ts';
import { PART_TOPICS, type CompareLayout, type CompareTopic, type LayoutsByClause } from './index.ts';

/** The map's layouts by `<plan>#<clause>`. */
export function compareLayouts(site: Site): LayoutsByClause {
  return once(site, 'compare-layouts', (s) => {
    const byClause = new Map<string, CompareLayout[]>();
    for (const view of placesOf(s).layouts) {
      const key = `${view.layout.plan}#${view.layout.clause}`;
      const groups = view.groups.map((g) => `${g.label}：${g.members.map((m) => m.place.name).join('、')}`).join('；');
      byClause.set(key, [...(byClause.get(key) ?? []), { formula: view.layout.formula, groups, url: `${pageUrl('/map/')}#layout-${view.layout.id}` }]);
    }
    return byClause;
  });
}

export function compareTopics(site: Site): CompareTopic[] {
  return once(site, 'compare-topics', (s) => {
    const measures = supportOf(s).measures;
    const supportTopics = SUPPORT_TYPES.map((type): CompareTopic => {
      const keys = new Set(measures.filter((m) => m.types.includes(type)).map((m) => `${m.plan}#${m.clause}`));
      return { key: `support-${type}`, label: `企业支持：${supportTypeLabels[type]}`, includes: (c) => keys.has(`${c.plan}#${c.id}`) };
    });
    const layouts = compareLayouts(s);
    const parts = PART_TOPICS.map((topic) =>
      topic.key === 'part-布局'
        ? { ...topic, includes: (c: Parameters<CompareTopic['includes']>[0]) => c.part === '布局' || layouts.has(`${c.plan}#${c.id}`) }
        : topic,
    );
    return [...supportTopics, ...parts];
  });
}
