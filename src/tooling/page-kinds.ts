/**
 * One page of each kind of the built site, by kind: what `bench:lighthouse` and the browser tests
 * that walk "every kind of page" visit. The plan is the one with a layout map, the heaviest plan
 * page.
 */
export const PLAN_PAGE = '/plans/2023-baoshan-synbio/';

export const PAGE_KINDS = {
  home: '/',
  'plans list': '/plans/',
  plan: PLAN_PAGE,
  original: `${PLAN_PAGE}original/`,
  support: '/support/',
  'fit question': '/support/fit/',
  'fit answer': '/support/fit/where/baoshan/',
  targets: '/targets/',
  map: '/map/',
  search: '/search/',
  agencies: '/agencies/',
  compare: '/compare/',
  lineage: '/lineage/',
  uptake: '/uptake/',
  'follow-up': '/follow-up/',
  glossary: '/glossary/',
  data: '/data/',
  accessibility: '/accessibility/',
} as const satisfies Record<string, string>;

export type PageKind = keyof typeof PAGE_KINDS;
