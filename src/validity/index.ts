/**
 * The validity block of a plan (issue 20, item 3): its status as of the build date, the period or
 * 有效期 with the line of the original that states it, what the status means in plain words, the
 * days left when the period ends within `DAYS_LEFT_THRESHOLD` days, and the successor the editorial
 * data names (never guessed). Computed once per build for every plan (`validityOf`), not per page.
 */
import type { PlanFrontmatter } from '../schemas/plan.ts';
import { chineseDate } from '../model/labels.ts';
import { once } from '../model/once.ts';
import { statusWording, type PlanStatus } from '../model/status.ts';
import { originalLineUrl } from '../model/urls.ts';
import { loadSuccessors, type Successor } from './successors.ts';

/** Days left are shown below this many (a quarter): sooner than that, a reader should know. */
export const DAYS_LEFT_THRESHOLD = 90;

/** The draft's status as the rest of the site words it (compare, 适合我吗). */

export interface PlanValidity {
  /** `截至2026年12月2日：实施中`. */
  asOf: string;
  status: PlanStatus;
  /** `规划期 2025—2026年` / `有效期至…` / the text states neither. */
  period: string;
  /** The line of the original that states the period or 有效期, when one does. */
  source: { line: number; text: string; url: string } | undefined;
  /** What the status means, in plain words. */
  meaning: string;
  /** Days until the period ends, when under the threshold. */
  daysLeft: { days: number; end: string; how: string } | undefined;
  /** The editorial successor line. */
  successor: string;
  successorSource: string | undefined;
}

export interface ValidityInput {
  slug: string;
  status: PlanStatus;
  frontmatter: Pick<PlanFrontmatter, 'period' | 'validity' | 'targetYears'>;
  /** The seed's lines, as the original page numbers them (`#L<n>`). */
  lines: readonly string[];
}

/** Width, spaces and dashes folded, so `(2023—2025 年)` matches `（2023-2025年）`. */
const fold = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[—–－‐-]+/gu, '-');

/** The line printing the plan's title with its period: the first ending in `（period）`, else the first naming it. */
export function periodLine(lines: readonly string[], periodText: string): number | undefined {
  const wanted = fold(periodText);
  const ending = lines.findIndex((line) => fold(line).endsWith(`(${wanted})`));
  const index = ending >= 0 ? ending : lines.findIndex((line) => fold(line).includes(wanted));
  return index >= 0 ? index + 1 : undefined;
}

function meaningOf(input: ValidityInput): string {
  const { period, validity, targetYears } = input.frontmatter;
  switch (input.status) {
    case '已期满': {
      const later = targetYears.filter((year) => period && year > period.end);
      const goals = later.length > 0 ? `其中的${later.join('、')}年远期目标仍是文本所载的目标，` : '';
      return `规划期已满：文本仍可查阅，${goals}不代表已有后续文件。`;
    }
    case '送审稿':
      return '收录的文本为送审稿：文本本身未载明是否已正式印发，本站因此不把它列为实施中。';
    case '征求意见稿':
      return '收录的文本为征求意见稿，不是正式印发的文件。';
    case '未开始':
      return `规划期尚未开始：文本所载规划期自${period?.start ?? '—'}年起。`;
    case '尚未施行':
      return `文件载明的施行日期（${chineseDate(validity?.from)}）尚未到来。`;
    case '已失效':
      return '文件载明的有效期已过（或发布机构标明已失效、已废止）：文本仍可查阅，仅供查考。';
    case '实施中':
      return period || validity
        ? '构建日期在文本所载的规划期或有效期内。本站不跟踪各项措施的执行情况。'
        : '没有可据以判断期满的规划期，本站将其列为实施中；这不表示已核实文件仍然有效。';
  }
}

/** When the period or 有效期 ends (ISO), and how that day was worked out. */
function periodEnd(frontmatter: ValidityInput['frontmatter']): { end: string; how: string } | undefined {
  if (frontmatter.validity?.to) return { end: frontmatter.validity.to, how: '文件载明的有效期最后一天' };
  if (frontmatter.period) return { end: `${frontmatter.period.end}-12-31`, how: `规划期至${frontmatter.period.end}年，按该年12月31日计` };
  return undefined;
}

const DAY_MS = 86_400_000;

export function planValidity(input: ValidityInput, today: Date, successor: Successor | null | undefined): PlanValidity {
  const day = today.toISOString().slice(0, 10);
  const { period, validity } = input.frontmatter;
  const sourceLine = validity?.line ?? (period ? periodLine(input.lines, period.text) : undefined);
  const end = periodEnd(input.frontmatter);
  const days = end ? Math.round((Date.parse(`${end.end}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / DAY_MS) : undefined;
  const soon = input.status === '实施中' && end && days !== undefined && days >= 0 && days < DAYS_LEFT_THRESHOLD;
  return {
    asOf: `截至${chineseDate(day)}：${statusWording(input.status)}`,
    status: input.status,
    period: validity ? `有效期：${validity.text}` : period ? `规划期：${period.text}` : '文本未载明规划期或有效期',
    source: sourceLine ? { line: sourceLine, text: input.lines[sourceLine - 1]?.trim() ?? '', url: originalLineUrl(input.slug, sourceLine) } : undefined,
    meaning: meaningOf(input),
    daysLeft: soon ? { days: days!, end: end.end, how: end.how } : undefined,
    successor: successor ? `后续文件：《${successor.title}》${successor.docNumber ? `（${successor.docNumber}）` : ''}` : '本站未收录后续文件',
    successorSource: successor?.source,
  };
}

/** The seed's lines as the original page numbers them. */
export function seedLines(bytes: Uint8Array): string[] {
  const lines = new TextDecoder('utf-8', { fatal: true }).decode(bytes).split(/\r\n|\n|\r/u);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

interface ValiditySite {
  today: Date;
  plans: ReadonlyArray<Pick<ValidityInput, 'slug' | 'status' | 'frontmatter'> & { bytes: Uint8Array }>;
}

/** Every plan's validity block, once per build. */
export function validityOf(site: ValiditySite, root = process.cwd()): Map<string, PlanValidity> {
  return once(site, 'validity', (s) => {
    const successors = loadSuccessors(root, new Set(s.plans.map((p) => p.slug)));
    return new Map(s.plans.map((plan) => [plan.slug, planValidity({ ...plan, lines: seedLines(plan.bytes) }, s.today, successors.get(plan.slug))]));
  });
}
