/**
 * Two plans side by side by topic. Topics are the parts of a plan (总体, 目标, 重点领域, 布局,
 * 任务, 保障措施); more topics (e.g. support types) plug in through `topics`: each is a label and
 * a test on a clause. Each cell lists the clauses of one plan on that topic, with deep links.
 */
import type { Site, SiteClause, SitePlan } from '../model/index.ts';
import { statusWording } from '../model/status.ts';
import { pageUrl } from '../model/urls.ts';
import { planParts } from '../schemas/plan.ts';

export interface CompareTopic {
  key: string;
  label: string;
  /** Whether a clause belongs to the topic. */
  includes(clause: SiteClause): boolean;
}

/** The parts of a plan, in document order. */
export const PART_TOPICS: CompareTopic[] = planParts.map((part) => ({ key: `part-${part}`, label: part, includes: (c) => c.part === part }));

/** One clause in a cell: enough to name it and link to it. */
export interface CompareEntry {
  path: string;
  /** Heading, or the opening words of an untitled item. */
  label: string;
  url: string;
  level: number;
  /** The clause's （责任单位：…） list as written; empty when it has none. */
  agencies: string[];
}

export interface CompareRow {
  key: string;
  label: string;
  a: CompareEntry[];
  b: CompareEntry[];
}

/** `（1）` items have no heading: name them by their first words. */
export function entryOf(clause: SiteClause): CompareEntry {
  const firstWords = [...clause.text.split('\n').slice(1).join('')].slice(0, 24).join('');
  return { path: clause.path, label: clause.heading || `${firstWords}…`, url: clause.url, level: clause.clause.level, agencies: clause.agencies };
}

export function compareRows(a: SitePlan, b: SitePlan, topics: CompareTopic[] = PART_TOPICS): CompareRow[] {
  return topics
    .map((topic) => ({
      key: topic.key,
      label: topic.label,
      a: a.clauses.filter(topic.includes).map(entryOf),
      b: b.clauses.filter(topic.includes).map(entryOf),
    }))
    .filter((row) => row.a.length > 0 || row.b.length > 0);
}

/**
 * Pair pages are pre-rendered for every pair up to this many plans (66 pages at 12); beyond,
 * none (their number grows with the square of the plans): the JavaScript selection compares
 * any two from the per-plan outlines, and /compare/ itself shows the default pair.
 */
export const PAIR_CAP = 12;

/** The pre-rendered pairs, each once, in site order (a before b). */
export function comparePairs(site: Site): Array<[SitePlan, SitePlan]> {
  const plans = site.plans;
  if (plans.length > PAIR_CAP) return [];
  return plans.flatMap((a, i) => plans.slice(i + 1).map((b): [SitePlan, SitePlan] => [a, b]));
}

/** A column's heading note: level, district and status as of the build date (draft status worded as the texts allow). */
export function planNote(plan: SitePlan, today: Date): string {
  return `${plan.level}${plan.district ? ` · ${plan.district}` : ''} · ${statusWording(plan.status)}（截至 ${today.toISOString().slice(0, 10)}）`;
}

export const compareUrl = (a: string, b: string): string => pageUrl(`/compare/${a}/${b}/`);
export const compareOutlineUrl = (slug: string): string => pageUrl(`/compare/${slug}.json`);

/** A plan's outline for the client-side comparison: every clause's topic keys and entry. */
export function compareOutline(plan: SitePlan, topics: CompareTopic[] = PART_TOPICS) {
  return {
    slug: plan.slug,
    title: plan.shortTitle,
    url: pageUrl(`/plans/${plan.slug}/`),
    topics: topics.map((t) => ({ key: t.key, label: t.label })),
    clauses: plan.clauses.map((c) => ({ ...entryOf(c), topics: topics.filter((t) => t.includes(c)).map((t) => t.key) })),
  };
}
export type CompareOutline = ReturnType<typeof compareOutline>;
