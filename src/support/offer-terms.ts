/**
 * The terms a support measure's own text states: the sums and ratios it grants (最高500万元,
 * 一次性奖励50万元, 按实际投资额的30%) and the ceiling of an area granted (补贴面积不超过2000平方米),
 * with what bounds them (最高, 不超过) and what they are
 * counted by (每年, 每家企业, 单个项目); how long (连续3年); and who qualifies (对…的企业).
 * Each is reported as printed. A number that describes who qualifies (年营业收入超过1亿元的企业,
 * 投资额5亿元以上的项目) is a condition, never a grant. A measure whose text states no term has
 * none: nothing is inferred.
 */

export type AmountKind = 'cap' | 'fixed' | 'ratio' | 'ratio-cap';
export type AmountUnit = '万元' | '亿元' | '元' | '%' | '平方米' | '万平方米';

export interface GrantedAmount {
  /** As printed, with the words bound to it (`每家企业每年最高200万元`, `30%`). */
  text: string;
  value: number;
  unit: AmountUnit;
  /** A ceiling (最高, 不超过) or a set sum; a ratio, or a ceiling on one. */
  kind: AmountKind;
  /** What it is counted by, as printed (`每年`, `每家企业每年`, `单个项目`), or null. */
  per: string | null;
}

export interface OfferTerms {
  amounts: GrantedAmount[];
  /** `连续3年`, `补贴期限最长36个月`: how long the support runs, as printed. */
  durations: string[];
  /** Who qualifies, as printed: the phrase after 对 up to the comma (`新引进的生物制造企业`). */
  conditions: string[];
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
/** A sum of money or a percentage, with the bounding and counting words printed right before it. */
const AMOUNT = new RegExp(
  String.raw`((?:(?:每|单)(?:家企业|家机构|个平台|个项目|个品种|家|个|人|年度|年|项|件|户|品种))*(?:累计)?(?:最高(?:不超过)?|不超过|不高于|最多|上限为?|封顶|一次性(?:给予|奖励|补贴|资助)?)?)(${NUMBER})\s*(亿元|万元|元|%|％|万平方米|平方米)`,
  'gu',
);
/** Words after which a number says who qualifies rather than what is granted. */
const THRESHOLD_BEFORE =
  /(?:超过|突破|达到|达|不低于|不少于|高于|大于|增长|增幅|增速|占比|营业收入|营收|投资额|投资|年薪|规模|产值|销售收入|收入|融资额|估值|贷款额度)$/u;
/** What follows a threshold: it qualifies a noun (`5000万元的企业`, `1亿元以上的项目`). */
const THRESHOLD_AFTER = /^(?:（含）)?(?:以上|以下|及以上)?(?:（含）)?的/u;
/** Verbs of granting: an amount they govern in the same comma-segment is granted. */
const GRANT = /给予|奖励|补贴|资助|补助|支持|配套|贴息|扶持|发放|奖补|补偿|减免|返还|承担|给/u;
const DURATION = /连续\s*(?:\d+|[一二两三四五六七八九十])\s*(?:个)?(?:年|月)|(?:补贴|支持|资助|奖励)?期限(?:最长|不超过|为)?\s*\d+\s*(?:个月|年)/gu;
/** `对…，`: the beneficiary of the sentence. */
const CONDITION = /(?:^|[。；，\n])(?:对|凡)([^，。；\n]{3,80}?)(?=，)/gu;
/** A designation a sentence opens with (`通过…特别审查程序获批的，奖励标准上浮20%`): who qualifies. */
const DESIGNATION = /(?:^|[。；\n])((?:通过|获得|获批|入选|经)[^，。；\n]{2,80}?的)(?=，)/gu;

function amountsIn(segment: string): GrantedAmount[] {
  const out: GrantedAmount[] = [];
  for (const m of segment.matchAll(AMOUNT)) {
    const [whole, bound, digits, rawUnit] = m as unknown as [string, string, string, string];
    const before = segment.slice(0, m.index);
    const after = segment.slice(m.index + whole.length);
    const unit = (rawUnit === '％' ? '%' : rawUnit) as AmountUnit;
    const capped = /最高|不超过|不高于|最多|上限|封顶/u.test(bound) || /(?:最高|不超过|不高于|上限)[^，。；]{0,12}$/u.test(before);
    if (!capped && (THRESHOLD_BEFORE.test(before) || THRESHOLD_AFTER.test(after))) continue;
    // An area is a term only as the ceiling of what is granted (补贴面积不超过2000平方米).
    if (!capped && /平方米/u.test(rawUnit)) continue;
    if (!capped && !GRANT.test(segment)) continue;
    // `累计奖励不超过300万元` counts as a cap; a ratio of a base (`投资额的30%`) is a ratio.
    const kind: AmountKind = unit === '%' ? (capped ? 'ratio-cap' : 'ratio') : capped ? 'cap' : 'fixed';
    const per = /^(?:每|单)[^最不累一]+/u.exec(bound)?.[0] ?? null;
    out.push({ text: whole.replace(/\s+/gu, ''), value: Number(digits), unit, kind, per });
  }
  return out;
}

/** Splits at commas and semicolons, keeping a list of sums (`50万元、100万元`) together. */
const segmentsOf = (text: string) => text.split(/[，。；,;]/u).filter((s) => s.trim() !== '');

export function offerTerms(text: string): OfferTerms {
  const amounts = segmentsOf(text).flatMap(amountsIn);
  const durations = [...new Set([...text.matchAll(DURATION)].map((m) => m[0].replace(/\s+/gu, '')))];
  const conditions = [
    ...new Set(
      [...[...text.matchAll(CONDITION)].map((m) => m[1]!.trim()), ...[...text.matchAll(DESIGNATION)].map((m) => m[1]!.trim())].filter((c) => /的/u.test(c)),
    ),
  ];
  return { amounts, durations, conditions };
}

/** Whether the text grants money (a sum or a ratio): the instrument is funding. */
export const grantsMoney = (terms: OfferTerms): boolean => terms.amounts.length > 0;
