/**
 * The follow-up policies and channels a clause names: where the detailed terms of a measure
 * will live (另行制定专项政策, “科创30条”, 按照规定予以支持, a talent programme, a 白名单). Found
 * by the phrases below, each reported exactly as written in the clause.
 */

/** A verb of making policy, then up to 24 characters ending in 政策/办法/细则 within one phrase. */
const POLICY_TO_COME = /(?:另行制定|研究制订|研究制定|优化并出台|出台|制定|制订|修订)[^，。；：、（）]{0,24}?(?:政策|办法|细则)/gu;
/** A named policy, programme or list in quotation marks: “科创30条”, “三江英才”, “白名单”. */
const NAMED = /“([^“”]{1,14}(?:条|2\.0|政策|计划|英才|菁英|名单|白名单))”/gu;
/** Support granted under rules the plan does not give. */
const UNDER_RULES = /按照规定予以支持|全面落实各类惠企政策/gu;

export function followUps(text: string): string[] {
  const found: string[] = [];
  const add = (phrase: string) => {
    if (!found.some((item) => item.includes(phrase))) found.push(phrase);
  };
  for (const match of text.matchAll(POLICY_TO_COME)) add(match[0]);
  for (const match of text.matchAll(NAMED)) add(`“${match[1]}”`);
  for (const match of text.matchAll(UNDER_RULES)) add(match[0]);
  return found;
}
