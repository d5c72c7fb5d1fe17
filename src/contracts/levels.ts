/** A plan's level: issued by the city or by a district (its agency and 文号 say which). */
export const PLAN_LEVELS = ['市级', '区级'] as const;
export type PlanLevel = (typeof PLAN_LEVELS)[number];
