import { registerEnumType } from 'type-graphql';
import { enumObject } from '../domain/enum';
import {
  ADOPTION_STATUSES,
  CITY_KINDS,
  EVENT_KINDS,
  GROUP_KINDS,
  INFLUENCE_KINDS,
  ORGANISATION_KINDS,
  PRACTICE_CATEGORIES,
} from '../domain/kinds';
import { ADOPTION_STATUS_DESCRIPTIONS } from '../domain/adoption-status';
import { GROUP_KIND_DESCRIPTIONS } from '../domain/groups';
import { INFLUENCE_KIND_DESCRIPTIONS } from '../domain/influence-kinds';
import { NODE_LABELS, type NodeLabel } from '../domain/labels';
import { NODE_ORDER_FIELDS, SORT_DIRECTIONS } from '../domain/ordering';

/*
 * GraphQL enums of the catalogue, each derived from its word list in src/domain (the value
 * and the type share a name, as a TypeScript enum's would).
 */

export const CityKind = enumObject(CITY_KINDS);
export type CityKind = (typeof CityKind)[keyof typeof CityKind];
export const OrganisationKind = enumObject(ORGANISATION_KINDS);
export type OrganisationKind = (typeof OrganisationKind)[keyof typeof OrganisationKind];
export const PracticeCategory = enumObject(PRACTICE_CATEGORIES);
export type PracticeCategory = (typeof PracticeCategory)[keyof typeof PracticeCategory];
export const EventKind = enumObject(EVENT_KINDS);
export type EventKind = (typeof EventKind)[keyof typeof EventKind];
export const AdoptionStatus = enumObject(ADOPTION_STATUSES);
export type AdoptionStatus = (typeof AdoptionStatus)[keyof typeof AdoptionStatus];
export const InfluenceKind = enumObject(INFLUENCE_KINDS);
export type InfluenceKind = (typeof InfluenceKind)[keyof typeof InfluenceKind];
export const GroupKind = enumObject(GROUP_KINDS);
export type GroupKind = (typeof GroupKind)[keyof typeof GroupKind];
export const SortDirection = enumObject(SORT_DIRECTIONS);
export type SortDirection = (typeof SortDirection)[keyof typeof SortDirection];
export const NodeOrderField = enumObject(NODE_ORDER_FIELDS);
export type NodeOrderField = (typeof NodeOrderField)[keyof typeof NodeOrderField];

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

/** The node labels (domain/labels.ts) as GraphQL's NodeKind. */
export const NodeKind = enumObject(NODE_LABELS);
export type NodeKind = NodeLabel;
registerEnumType(NodeKind, { name: 'NodeKind', description: 'The types of node in the graph.' });
