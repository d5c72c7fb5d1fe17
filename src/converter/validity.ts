/**
 * Stage 3b — when a document takes effect and until when: `本措施自2025年1月1日起施行，有效期至
 * 2027年12月31日。`, `自印发之日起施行，有效期3年`, or the 信息公开 block's `有效期：2024-04-01至
 * 2026-03-31` / `有效性：有效`. Dates the text prints are read as printed; a date the text only
 * implies (`有效期3年` from the day of issue) is worked out and says how.
 */
import { field } from './metadata.ts';
import type { MetadataField, Validity } from './types.ts';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const DATE = String.raw`(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?`;

/** An ISO date from `2025年1月1日`, `2025-01-01`, `2025.1.1` or `2025/01/01`. */
export function readDate(text: string): string | undefined {
  const m = new RegExp(`^${DATE}$`, 'u').exec(text.trim());
  return m ? iso(m[1]!, m[2]!, m[3]!) : undefined;
}

function iso(year: string, month: string, day: string): string | undefined {
  const [y, mo, d] = [Number(year), Number(month), Number(day)];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** `有效期3年` / `有效期为五年` → 3 / 5. */
function years(text: string): number | undefined {
  const m = /有效期(?:为|限为|暂定为?)?\s*(\d{1,2}|[一二两三四五六七八九十])\s*年/u.exec(text);
  if (!m) return undefined;
  return /\d/u.test(m[1]!) ? Number(m[1]) : CN_DIGITS[m[1]!];
}

/** The day before `iso` plus `n` years: a term of n years that starts on `iso` ends then. */
function addYears(isoDate: string, n: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + n, m - 1, d - 1));
  return end.toISOString().slice(0, 10);
}

const longDate = (isoDate: string) => {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

export interface IssueDates {
  /** 印发 date, else 成文日期, else 发布日期: the day “自印发之日” means. */
  issued?: { iso: string; label: string };
}

/** Validity stated by a sentence of the text, if the sentence states one. */
export function validityInSentence(sentence: string, line: number, dates: IssueDates): Validity | undefined {
  if (!/施行|实施|有效期|生效/u.test(sentence)) return undefined;
  const from = new RegExp(`自\\s*${DATE}\\s*起(?:施行|实施|执行|生效)`, 'u').exec(sentence);
  const to = new RegExp(`有效期(?:至|到|截至)\\s*${DATE}`, 'u').exec(sentence);
  const onIssue = /自(?:印发|发布|公布)之日起(?:施行|实施|执行|生效)/u.test(sentence);
  const term = years(sentence);
  if (!from && !to && !onIssue && term === undefined) return undefined;
  const validity: Validity = { text: sentence, line };
  const notes: string[] = [];
  if (from) validity.from = iso(from[1]!, from[2]!, from[3]!);
  else if (onIssue && dates.issued) {
    validity.from = dates.issued.iso;
    notes.push(`施行日期按${dates.issued.label}${longDate(dates.issued.iso)}计`);
  }
  if (to) validity.to = iso(to[1]!, to[2]!, to[3]!);
  else if (term !== undefined && validity.from) {
    validity.to = addYears(validity.from, term);
    notes.push(`有效期${term}年，自${longDate(validity.from)}起算，至${longDate(validity.to)}`);
  }
  if (notes.length > 0) validity.derived = notes.join('；');
  return validity;
}

/** Validity from the 信息公开 block: `有效期：2024-04-01至2026-03-31`, `失效日期`, `有效性：失效`. */
export function validityInMetadata(fields: MetadataField[]): Validity | undefined {
  const period = field(fields, '有效期', '有效期限');
  const stated = field(fields, '有效性', '效力状态', '是否有效');
  const ends = field(fields, '失效日期', '废止日期');
  const starts = field(fields, '生效日期', '施行日期', '实施日期');
  const source = period ?? ends ?? starts ?? stated;
  if (!source) return undefined;
  const validity: Validity = { text: `${source.label}：${source.value}`, line: source.line };
  if (period) {
    const [a, b] = period.value.split(/\s*(?:至|到|—|–|~|～|-(?=\d{4}))\s*/u);
    const from = a ? readDate(a) : undefined;
    const to = b ? readDate(b) : undefined;
    if (from) validity.from = from;
    if (to) validity.to = to;
  }
  if (ends && !validity.to) validity.to = readDate(ends.value);
  if (starts && !validity.from) validity.from = readDate(starts.value);
  if (stated) {
    const value = /废止/u.test(stated.value) ? '废止' : /失效|无效/u.test(stated.value) ? '失效' : /有效/u.test(stated.value) ? '有效' : undefined;
    if (value) validity.stated = value;
  }
  if (!validity.from && !validity.to && !validity.stated) return undefined;
  for (const key of ['from', 'to'] as const) if (validity[key] === undefined) delete validity[key];
  return validity;
}
