/**
 * The topics of the comparison: the support types first (what an enterprise asks: 资金与金融,
 * 空间与厂房, …, from the support finder's measures), then the parts of a plan. Built once per
 * build.
 */
import type { Site } from '../model/index.ts';
import { once } from '../model/once.ts';
import { supportOf } from '../support/index.ts';
import { SUPPORT_TYPES, supportTypeLabels } from '../support/types.ts';
import { PART_TOPICS, type CompareTopic } from './index.ts';

export function compareTopics(site: Site): CompareTopic[] {
  return once(site, 'compare-topics', (s) => {
    const measures = supportOf(s).measures;
    const supportTopics = SUPPORT_TYPES.map((type): CompareTopic => {
      const keys = new Set(measures.filter((m) => m.types.includes(type)).map((m) => `${m.plan}#${m.clause}`));
      return { key: `support-${type}`, label: `企业支持：${supportTypeLabels[type]}`, includes: (c) => keys.has(`${c.plan}#${c.id}`) };
    });
    return [...supportTopics, ...PART_TOPICS];
  });
}
