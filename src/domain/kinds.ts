/** The closed word lists that classify nodes and facts. */

/** Kinds of sub-national authority ("cities" in the network's broad sense). */
export const CITY_KINDS = [
  'CITY',
  'TOWN',
  'MUNICIPALITY',
  'DISTRICT',
  'COUNTY',
  'COUNCIL',
  'GOVERNORATE',
  'REGIONAL_GOVERNMENT',
  'DIVISION',
] as const;
export type CityKind = (typeof CITY_KINDS)[number];

export const ORGANISATION_KINDS = [
  'NETWORK',
  'DONOR_GOVERNMENT',
  'MULTILATERAL',
  'NATIONAL_BODY',
  'ASSOCIATION',
  'NGO',
  'ACADEMIC',
  'PRIVATE',
  'OTHER',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PRACTICE_CATEGORIES = [
  'MULTI_ACTOR_MECHANISM',
  'EARLY_WARNING',
  'YOUTH_ENGAGEMENT',
  'NATIONAL_LOCAL_COOPERATION',
  'REMEMBRANCE_RECOVERY',
  'STRATEGY_PLAN',
  'CAPACITY_BUILDING',
  'RESEARCH_ASSESSMENT',
  'COMMUNITY_ENGAGEMENT',
  'OTHER',
] as const;
export type PracticeCategory = (typeof PRACTICE_CATEGORIES)[number];

export const EVENT_KINDS = [
  'WORKSHOP',
  'LEARNING_VISIT',
  'ROUNDTABLE',
  'NATIONAL_LOCAL_DIALOGUE',
  'SUMMIT',
  'WEBINAR_SERIES',
  'TRAINING',
  'FORUM',
  'EXCHANGE',
  'CONFERENCE',
  'MEETING',
  'OTHER',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** How far an actor has taken up a practice (with descriptions, labels and stages in adoption-status.ts). */
export { ADOPTION_STATUSES, type AdoptionStatus } from './adoption-status';

/** What a stated influence did (influence-kinds.ts). */
export { INFLUENCE_KINDS, type InfluenceKind } from './influence-kinds';

/** Kinds of collective (groups.ts). */
export { GROUP_KINDS, type GroupKind } from './groups';
