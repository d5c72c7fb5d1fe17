/**
 * Numbers in a sentence that may be targets: an Arabic numeral with a unit of count, money,
 * share or area (`不少于20项`, `1—2家`, `超200万方`, `年均增长15%`, `50万平方米`), outside
 * quotation marks (`“科创30条”` is a policy's name). Left out, because a plan does not commit to
 * reaching them: what a measure grants (`给予最高500万元资助`, `按投资额的30%给予补贴`) and who
 * qualifies for it (`年营业收入超过1亿元的企业`, `对年服务企业10家以上的平台`). Numbers written
 * in Chinese (`百万级`, `两大`) are not read: the plans state counted targets in Arabic numerals.
 */

/** Longest first, so `亿元` wins over `亿` and `万平方米` over `平方米`. */
export const UNITS = [
  '个百分点',
  '万平方米',
  '平方公里',
  '平方米',
  '亿元',
  '万元',
  '万方',
  '万吨',
  '万人',
  '万亩',
  '场次',
  '家次',
  '人次',
  '亿',
  '个',
  '家',
  '项',
  '篇',
  '名',
  '条',
  '件',
  '所',
  '人',
  '场',
  '张',
  '套',
  '亩',
  '%',
];
const NUMBER = String.raw`\d+(?:\.\d+)?`;
const RANGE = String.raw`\s*(?:—|－|-|~|～|至)\s*`;
/** `个` followed by 月/工作日/小时 is a duration (`36个月`), not a count. */
const CANDIDATE = new RegExp(`(${NUMBER})(?:${RANGE}(${NUMBER}))?(${UNITS.join('|')})(?!月|工作日|小时|自然日)(以上|左右)?`, 'gu');
/** A number followed by these describes the object (`超过10亿元的优势企业`), when another number is the count. */
const MODIFIER_FOLLOWERS = ['的', '企业'];
/** Verbs and bounds of a grant: money or a ratio they govern in the same segment is a support term. */
const GRANT = /给予|奖励|补贴|资助|补助|配套|贴息|扶持|奖补|减免|拨付|最高|不超过|一次性|按照|按/u;
/** A number in a segment about what exists today (`现有规划工业用地约1.2平方公里`) is not a target. */
const PRESENT = /现有|目前|现状|已有|已建成|已集聚|截至|截止/u;
const MONEY_OR_SHARE = new Set(['亿元', '万元', '%', '亿']);
/** `对…超过`/`凡…达到` opening the segment, right before a number: the number says who qualifies. */
const BENEFICIARY_THRESHOLD = /^(?:对|凡)[^，。；]*?(?:超过|达到|不低于|不少于|以上|高于)\s*$/u;
/** A bound on what each beneficiary gets, right before the number. */
const PER_GRANT_CAP = /(?:每家|每个|单个|每人|每户|每年|补贴|资助|奖励)[^，。；]*(?:不超过|最高|最多|上限为?|封顶)\s*$/u;

export interface Candidate {
  start: number;
  end: number;
  value: number;
  max: number | null;
  unit: string;
  after: string;
}

/** Character ranges inside “…” quotation marks. */
function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(/“[^”]*”/gu)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/**
 * Whether the sentence offers something to those who qualify: `对…的企业，给予…` — then its
 * numbers are the offer's terms and conditions, not the plan's targets.
 */
export function isOfferSentence(sentence: string): boolean {
  const grants = /给予|奖励|补贴|资助|补助|贴息|奖补|支持|拨付/u.test(sentence);
  // `对…的企业，给予…`, `平台年服务企业超过10家的，…给予…`: a phrase of who qualifies, then the offer.
  return grants && (/(?:^|[，；：])(?:对|凡)[^，。；]*?的[^，。；]*，/u.test(sentence) || /(?:^|[，；：])[^，。；]*的，/u.test(sentence));
}

/** A sentence that opens on a year without 到 (`2024年，全区企业达到386家`) states what was, not what will be. */
export function isPastSentence(sentence: string): boolean {
  // `截至2025年底，园区已集聚…企业320家，其中规模以上工业企业42家…`: every number of it is what is.
  return /^(?:——)?\s*(?:\d{4}\s*年(?:底|末|全年)?[，,]|(?:截至|截止|目前|现阶段))/u.test(sentence) || /奠定了|已经形成|已建成/u.test(sentence);
}

/** Whether the sentence sets conditions or limits (申报条件, 应当, 原则上不超过): its numbers are not targets. */
export function isConditionSentence(sentence: string): boolean {
  // A definition (`本办法所称规模以上企业，是指年营业收入2000万元以上的企业`) sets terms too.
  return /应当|应具备|须具备|条件|不得|原则上|承诺|所称|是指/u.test(sentence);
}

/**
 * A time limit the government sets itself (`审批时限压缩至15个工作日以内`, `通关时间压缩至24小时`)
 * is a commitment; a time limit of a procedure (`公示5个工作日`, `受理后10个工作日内完成`) is not.
 */
const TIME_LIMIT = /(?:压缩|缩短|压减|控制)(?:至|到|在)\s*(\d+(?:\.\d+)?)(个工作日|工作日|小时|个月|天)/gu;

export function candidatesIn(segment: string, offer = false): Candidate[] {
  const quoted = quotedRanges(segment);
  const found: Candidate[] = [];
  for (const m of segment.matchAll(TIME_LIMIT)) {
    const start = m.index + m[0].length - m[1]!.length - m[2]!.length;
    found.push({ start, end: m.index + m[0].length, value: Number(m[1]), max: null, unit: m[2]!, after: '' });
  }
  for (const m of segment.matchAll(CANDIDATE)) {
    const start = m.index;
    if (quoted.some(([a, b]) => start >= a && start < b)) continue;
    // Part of a longer number or a year (`2025年` never matches a unit, `12025` must not match `2025`).
    if (start > 0 && /[\d.]/u.test(segment[start - 1]!)) continue;
    const unit = m[3]!;
    // A sum or share granted is a term of support; so is every number of a sentence offering
    // support to those who qualify (its thresholds say who).
    if (offer || (MONEY_OR_SHARE.has(unit) && GRANT.test(segment)) || PRESENT.test(segment.slice(0, start))) continue;
    // Who a measure is for (`对总投资超过10亿元的产业化项目，实行…`): a threshold, whatever the offer.
    if (BENEFICIARY_THRESHOLD.test(segment.slice(0, start)) && /^[^，。；]*?的/u.test(segment.slice(start))) continue;
    // The ceiling of what one firm is granted (`每家企业每年补贴面积不超过1500平方米`, `每家企业最多20套`) is a term, not a target.
    if (PER_GRANT_CAP.test(segment.slice(0, start))) continue;
    found.push({ start, end: start + m[0].length, value: Number(m[1]), max: m[2] === undefined ? null : Number(m[2]), unit, after: m[4] ?? '' });
  }
  if (found.length > 1) {
    const counts = found.filter((c) => !MODIFIER_FOLLOWERS.some((w) => segment.startsWith(w, c.end)));
    if (counts.length > 0) return counts;
  }
  return found;
}
