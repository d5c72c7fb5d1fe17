/**
 * The fixed kinds of support a measure can offer. The ids are the `id`s of the sections on
 * `/support/` and the values of `types` in `/data/support.json`: never rename one.
 */
export const SUPPORT_TYPES = ['funding', 'space', 'talent', 'platforms', 'incubation', 'services', 'market'] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];

/** The label a reader sees for each type. */
export const supportTypeLabels: Record<SupportType, string> = {
  funding: '资金与金融',
  space: '空间与厂房',
  talent: '人才',
  platforms: '研发与中试平台',
  incubation: '孵化与企业培育',
  services: '审批与营商服务',
  market: '应用场景与市场',
};

export function isSupportType(value: string): value is SupportType {
  return (SUPPORT_TYPES as readonly string[]).includes(value);
}
