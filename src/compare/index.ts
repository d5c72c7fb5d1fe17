/**
 * Two to four plans side by side by topic. Topics are the parts of a plan (总体, 目标, 重点领域, 布局,
 * 任务, 保障措施) and the support types (`topics.ts`): each is a label and a test on a clause. Each
 * column states the plan's level, district and status as of the build date; each cell lists the
 * plan's clauses on that topic with deep links, their 责任单位 and, in the 布局 row, the layouts the
 * map draws from the clause (`places/`).
 */
import type { Site, SiteClause, SitePlan } from '../model/index.ts';
import { statusWording } from '../model/status.ts';
import { compareUrl, pageUrl, planUrl } from '../model/urls.ts';
import { planParts } from '../schemas/plan.ts';

export { compareUrl };

export interface CompareTopic {
  key: string;
  label: string;
  /** Whether a clause belongs to the topic. */
  includes(clause: SiteClause): boolean;
}

/** The parts of a plan, in document order. */
export const PART_TOPICS: CompareTopic[] = planParts.map((part) => ({ key: `part-${part}`, label: part, includes: (c) => c.part === part }));

/** A layout the map draws from a clause: its formula, its parts with their places, and its anchor on /map/. */
export interface CompareLayout {
  formula: string;
  /** `一核：浦东新区；两翼：金山区、宝山区`. */
  groups: string;
  url: string;
}

/** One clause in a cell: enough to name it and link to it. */
export interface CompareEntry {
  path: string;
  /** Heading, or the opening words of an untitled item. */
  label: string;
  url: string;
  level: number;
  /** The clause's （责任单位：…） list as written; empty when it has none. */
  agencies: string[];
  /** Layouts the map draws from this clause (only in the 布局 row). */
  layouts: CompareLayout[];
}

/** A column's plan: its name, page and note (level · district · status 截至 the build date). */
export interface CompareColumn {
  slug: string;
  title: string;
  url: string;
  note: string;
}

export interface CompareRow {
  key: string;
  label: string;
  /** One cell per column, in column order. */
  cells: CompareEntry[][];
}

export interface CompareTable {
  columns: CompareColumn[];
  rows: CompareRow[];
}

/** Layouts by `<plan>#<clause>`, as the map has them. */
export type LayoutsByClause = ReadonlyMap<string, CompareLayout[]>;

/** `（1）` items have no heading: name them by their first words. */
export function entryOf(clause: SiteClause, layouts: CompareLayout[] = []): CompareEntry {
  const firstWords = [...clause.text.split('\n').slice(1).join('')].slice(0, 24).join('');
  return { path: clause.path, label: clause.heading || `${firstWords}…`, url: clause.url, level: clause.clause.level, agencies: clause.agencies, layouts };
}

const LAYOUT_KEY = 'part-布局';

function cellOf(plan: SitePlan, topic: CompareTopic, layouts: LayoutsByClause): CompareEntry[] {
  return plan.clauses.filter(topic.includes).map((c) => entryOf(c, topic.key === LAYOUT_KEY ? (layouts.get(`${plan.slug}#${c.id}`) ?? []) : []));
}

/** A column's heading note: level, district and status as of the build date (draft status worded as the texts allow). */
export function planNote(plan: SitePlan, today: Date): string {
  return `${plan.level}${plan.district ? ` · ${plan.district}` : ''} · ${statusWording(plan.status)}（截至 ${today.toISOString().slice(0, 10)}）`;
}

export const columnOf = (plan: SitePlan, today: Date): CompareColumn => ({
  slug: plan.slug,
  title: plan.shortTitle,
  url: planUrl(plan.slug),
  note: planNote(plan, today),
});

/** The table for 2–4 plans, in the order given; a row only where at least one plan has a clause. */
export function compareTable(plans: SitePlan[], today: Date, topics: CompareTopic[] = PART_TOPICS, layouts: LayoutsByClause = new Map()): CompareTable {
  const rows = topics
    .map((topic) => ({ key: topic.key, label: topic.label, cells: plans.map((plan) => cellOf(plan, topic, layouts)) }))
    .filter((row) => row.cells.some((cell) => cell.length > 0));
  return { columns: plans.map((plan) => columnOf(plan, today)), rows };
}

export const MIN_PLANS = 2;
export const MAX_PLANS = 4;

/**
 * Every set of 2–4 plans is pre-rendered while there are at most this many sets (25 at five
 * plans, 91 at seven); beyond, pairs only while they stay under the cap too (66 at 12 plans) and
 * beyond that none: their number grows with the fourth power of the plans. The JavaScript
 * selection on /compare/ compares any plans from the per-plan outlines.
 */
export const SET_CAP = 100;

/** k-subsets of `items`, each in the items' order. */
function subsets<T>(items: T[], k: number): T[][] {
  if (k === 0) return [[]];
  return items.flatMap((item, i) => subsets(items.slice(i + 1), k - 1).map((rest) => [item, ...rest]));
}
const choose = (n: number, k: number): number => (k === 0 ? 1 : (choose(n - 1, k - 1) * n) / k);

/** The pre-rendered sets, each in slug order (the canonical URL's order), smallest sets first. */
export function compareSets(site: Site): SitePlan[][] {
  const plans = [...site.plans].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const all = (max: number) => Array.from({ length: max - MIN_PLANS + 1 }, (_, i) => choose(plans.length, MIN_PLANS + i)).reduce((a, b) => a + b, 0);
  const max = all(MAX_PLANS) <= SET_CAP ? MAX_PLANS : all(MIN_PLANS) <= SET_CAP ? MIN_PLANS : 0;
  if (max === 0 || plans.length < MIN_PLANS) return [];
  return Array.from({ length: max - MIN_PLANS + 1 }, (_, i) => subsets(plans, MIN_PLANS + i)).flat();
}

/**
 * The pair pages the earlier two-plan compare published, /compare/<a>/<b>/ in site order (city
 * plan first, then by date), where that order is not the slug order of today's canonical URL:
 * each path with the canonical URL it moved to, so a link out in the wild still lands.
 */
export function movedPairs(site: Site): Array<{ path: string; to: string; plans: SitePlan[] }> {
  const canonical = new Set(compareSets(site).map((set) => compareUrl(set.map((p) => p.slug))));
  return site.plans.flatMap((a, i) =>
    site.plans
      .slice(i + 1)
      .filter((b) => a.slug > b.slug)
      .map((b) => ({ path: `${a.slug}/${b.slug}`, to: compareUrl([b.slug, a.slug]), plans: [b, a] }))
      .filter((moved) => canonical.has(moved.to)),
  );
}

export const compareOutlineUrl = (slug: string): string => pageUrl(`/compare/${slug}.json`);

/** A plan's outline for the client-side comparison: its column and every clause's topic keys and entry. */
export function compareOutline(plan: SitePlan, today: Date, topics: CompareTopic[] = PART_TOPICS, layouts: LayoutsByClause = new Map()) {
  return {
    ...columnOf(plan, today),
    topics: topics.map((t) => ({ key: t.key, label: t.label })),
    clauses: plan.clauses.map((c) => {
      const keys = topics.filter((t) => t.includes(c)).map((t) => t.key);
      return { ...entryOf(c, keys.includes(LAYOUT_KEY) ? (layouts.get(`${plan.slug}#${c.id}`) ?? []) : []), topics: keys };
    }),
  };
}
export type CompareOutline = ReturnType<typeof compareOutline>;
