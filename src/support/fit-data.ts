/**
 * `/support/fit.json`: what the checklist needs in the browser, compact because it grows with
 * the number of plans (no clause text — that is in /data/support.json — and each plan's facts
 * once, in `plans`, not repeated on every measure). `fitRecords` turns it back into the records
 * `rankMeasures` reads, so the browser and the build rank the same data.
 */
import type { SupportMeasure, SupportPlan } from './measures.ts';
import type { FitRecord } from './rank.ts';
import type { SupportType } from './types.ts';
import type { Field, Stage } from './fit-terms.ts';
import { type PlanLevel } from '../contracts/levels.ts';

export interface FitPlan {
  slug: string;
  /** Plan page URL (base-path aware); a measure's link is this plus `#<clause>`. */
  url: string;
  /** Short title · 市级 / 区级 · district. */
  label: string;
  level: PlanLevel;
  district: string | null;
  inForce: boolean;
  statusNote: string | null;
}

export interface FitItem {
  /** Index into `plans`. */
  plan: number;
  clause: string;
  /** The editorial description, or null (then the heading is shown). */
  summary: string | null;
  /** Numbering path and heading, e.g. 四、（五）11.设立合成生物专项基金. */
  heading: string;
  types: SupportType[];
  fields: Partial<Record<Field, string>>;
  stages: Partial<Record<Stage, string>>;
  placeDistricts: string[];
  /** 责任单位 labels (宝山区 区经委), for 我的政策清单; left out when the clause names none. */
  agencies?: string[];
}

export interface FitData {
  plans: FitPlan[];
  items: FitItem[];
}

/** Short title · 市级 / 区级 · district: how a result and 我的政策清单 name the plan. */
export function planLabel(shortTitle: string, level: PlanLevel, district: string | null): string {
  return `${shortTitle} · ${level === '市级' ? '市级' : `区级 · ${district ?? ''}`}`;
}

export function fitData(plans: SupportPlan[], measures: SupportMeasure[], records: FitRecord[], planUrl: (slug: string) => string): FitData {
  // One pass over the measures (linear however many plans): each plan's first measure.
  const first = new Map<string, SupportMeasure>();
  for (const m of measures) if (!first.has(m.plan)) first.set(m.plan, m);
  const used = plans.filter((plan) => first.has(plan.slug));
  const index = new Map(used.map((plan, i) => [plan.slug, i]));
  return {
    plans: used.map((plan) => {
      const sample = first.get(plan.slug)!;
      return {
        slug: plan.slug,
        url: planUrl(plan.slug),
        label: planLabel(plan.shortTitle, plan.level, plan.district ?? null),
        level: plan.level,
        district: plan.district ?? null,
        inForce: plan.status === '实施中',
        statusNote: sample.statusNote,
      };
    }),
    items: measures.map((m, i) => ({
      plan: index.get(m.plan)!,
      clause: m.clause,
      summary: m.summary,
      heading: `${m.path}${m.title}`,
      types: m.types,
      fields: records[i]!.fields,
      stages: records[i]!.stages,
      placeDistricts: records[i]!.placeDistricts,
      ...(m.agencies.length ? { agencies: m.agencies.map((a) => a.label) } : {}),
    })),
  };
}

export interface FitEntry extends FitRecord {
  url: string;
  label: string;
  source: string;
  /** What 我的政策清单 writes: the heading, the plan, its 责任单位. */
  heading: string;
  plan: string;
  agencies: string[];
}

/** The records to rank, with what a result shows. */
export function fitEntries(data: FitData): FitEntry[] {
  return data.items.map((item) => {
    const plan = data.plans[item.plan]!;
    return {
      key: `${plan.slug}/${item.clause}`,
      types: item.types,
      fields: item.fields,
      stages: item.stages,
      level: plan.level,
      district: plan.district,
      placeDistricts: item.placeDistricts,
      inForce: plan.inForce,
      statusNote: plan.statusNote,
      url: `${plan.url}#${item.clause}`,
      label: item.summary ?? item.heading,
      source: `${plan.label} · ${item.heading}`,
      heading: item.heading,
      plan: plan.label,
      agencies: item.agencies ?? [],
    };
  });
}
