import { registerEnumType } from 'type-graphql';

/** Kinds of sub-national authority ("cities" in the network's broad sense). */
export enum CityKind {
  CITY = 'CITY',
  TOWN = 'TOWN',
  MUNICIPALITY = 'MUNICIPALITY',
  DISTRICT = 'DISTRICT',
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

export enum AdoptionStatus {
  PLANNED = 'PLANNED',
  PILOT = 'PILOT',
  IMPLEMENTED = 'IMPLEMENTED',
}

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
registerEnumType(AdoptionStatus, { name: 'AdoptionStatus', description: 'How far a city has taken up a practice.' });
registerEnumType(SortDirection, { name: 'SortDirection' });
registerEnumType(NodeOrderField, {
  name: 'NodeOrderField',
  description: 'DATE orders by the partial date (events, sources) or launch date (hubs); coarser dates first within a year.',
});
