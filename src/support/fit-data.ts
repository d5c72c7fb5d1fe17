/**
 * `/support/fit.json`: what the checklist needs in the browser, per measure: its fit record
 * (types, field and stage terms, place) and what a result shows. Compact on purpose: no clause
 * text (that is in /data/support.json).
 */
import type { SupportMeasure } from './measures.ts';
import type { FitRecord } from './rank.ts';

export interface FitEntry extends FitRecord {
  url: string;
  /** The editorial description, or the clause's path and heading. */
  label: string;
  /** Plan short title · level/district · clause path and heading. */
  source: string;
}

export function fitEntry(m: SupportMeasure, record: FitRecord): FitEntry {
  return {
    ...record,
    url: m.url,
    label: m.summary ?? `${m.path}${m.title}`,
    source: `${m.planTitle} · ${m.level === '市级' ? '市级' : `区级 · ${m.district ?? ''}`} · ${m.path}${m.title}`,
  };
}
