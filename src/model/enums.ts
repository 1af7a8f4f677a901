import { registerEnumType } from 'type-graphql';
import { ADOPTION_STATUS_DESCRIPTIONS, ADOPTION_STATUSES } from '../domain/adoption-status';
import { GROUP_KIND_DESCRIPTIONS, GROUP_KINDS } from '../domain/groups';
import { INFLUENCE_KIND_DESCRIPTIONS, INFLUENCE_KINDS } from '../domain/influence-kinds';

/** `{ A: 'A', … }` from a domain word list, for registerEnumType and IsEnum. */
const enumOf = <const T extends string>(values: readonly T[]): { readonly [K in T]: K } =>
  Object.freeze(Object.fromEntries(values.map((v) => [v, v]))) as { readonly [K in T]: K };

/** Kinds of sub-national authority ("cities" in the network's broad sense). */
export enum CityKind {
  CITY = 'CITY',
  TOWN = 'TOWN',
  MUNICIPALITY = 'MUNICIPALITY',
  DISTRICT = 'DISTRICT',
  DIVISION = 'DIVISION',
  COUNTY = 'COUNTY',
  COUNCIL = 'COUNCIL',
  GOVERNORATE = 'GOVERNORATE',
  REGIONAL_GOVERNMENT = 'REGIONAL_GOVERNMENT',
}

export enum OrganisationKind {
  NETWORK = 'NETWORK',
  DONOR_GOVERNMENT = 'DONOR_GOVERNMENT',
  MULTILATERAL = 'MULTILATERAL',
  NATIONAL_BODY = 'NATIONAL_BODY',
  ASSOCIATION = 'ASSOCIATION',
  NGO = 'NGO',
  ACADEMIC = 'ACADEMIC',
  PRIVATE = 'PRIVATE',
  OTHER = 'OTHER',
}

export enum PracticeCategory {
  MULTI_ACTOR_MECHANISM = 'MULTI_ACTOR_MECHANISM',
  EARLY_WARNING = 'EARLY_WARNING',
  YOUTH_ENGAGEMENT = 'YOUTH_ENGAGEMENT',
  NATIONAL_LOCAL_COOPERATION = 'NATIONAL_LOCAL_COOPERATION',
  REMEMBRANCE_RECOVERY = 'REMEMBRANCE_RECOVERY',
  STRATEGY_PLAN = 'STRATEGY_PLAN',
  CAPACITY_BUILDING = 'CAPACITY_BUILDING',
  RESEARCH_ASSESSMENT = 'RESEARCH_ASSESSMENT',
  COMMUNITY_ENGAGEMENT = 'COMMUNITY_ENGAGEMENT',
  OTHER = 'OTHER',
}

export enum EventKind {
  WORKSHOP = 'WORKSHOP',
  LEARNING_VISIT = 'LEARNING_VISIT',
  ROUNDTABLE = 'ROUNDTABLE',
  NATIONAL_LOCAL_DIALOGUE = 'NATIONAL_LOCAL_DIALOGUE',
  SUMMIT = 'SUMMIT',
  WEBINAR_SERIES = 'WEBINAR_SERIES',
  TRAINING = 'TRAINING',
  FORUM = 'FORUM',
  EXCHANGE = 'EXCHANGE',
  CONFERENCE = 'CONFERENCE',
  MEETING = 'MEETING',
  OTHER = 'OTHER',
}

/** How far an actor has taken up a practice (src/domain/adoption-status.ts). */
export const AdoptionStatus = enumOf(ADOPTION_STATUSES);
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number];

/** What a stated influence did (src/domain/influence-kinds.ts). */
export const InfluenceKind = enumOf(INFLUENCE_KINDS);
export type InfluenceKind = (typeof INFLUENCE_KINDS)[number];

/** Kinds of collective (src/domain/groups.ts). */
export const GroupKind = enumOf(GROUP_KINDS);
export type GroupKind = (typeof GROUP_KINDS)[number];

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

export enum NodeOrderField {
  NAME = 'NAME',
  ID = 'ID',
  DATE = 'DATE',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(CityKind, { name: 'CityKind', description: 'Kind of sub-national authority.' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(PracticeCategory, { name: 'PracticeCategory' });
registerEnumType(EventKind, { name: 'EventKind' });
registerEnumType(AdoptionStatus, {
  name: 'AdoptionStatus',
  description: 'How far an actor has taken up a practice, from the first step to the last, in the words the documents use.',
  valuesConfig: Object.fromEntries(ADOPTION_STATUSES.map((s) => [s, { description: ADOPTION_STATUS_DESCRIPTIONS[s] }])),
});
registerEnumType(InfluenceKind, {
  name: 'InfluenceKind',
  description: 'What a stated influence did.',
  valuesConfig: Object.fromEntries(INFLUENCE_KINDS.map((k) => [k, { description: INFLUENCE_KIND_DESCRIPTIONS[k] }])),
});
registerEnumType(GroupKind, {
  name: 'GroupKind',
  valuesConfig: Object.fromEntries(GROUP_KINDS.map((k) => [k, { description: GROUP_KIND_DESCRIPTIONS[k] }])),
});
registerEnumType(SortDirection, { name: 'SortDirection' });
registerEnumType(NodeOrderField, {
  name: 'NodeOrderField',
  description: 'DATE orders by the partial date (events, sources) or launch date (hubs); coarser dates first within a year.',
});
