import { Field, ObjectType } from 'type-graphql';
import type { RelType } from '../domain/relationships';
import { AdoptionStatus, InfluenceKind } from './enums';
import { PartialDateScalar } from './partial-date';
import { Citation, NodeType, Statement } from './node.type';
import { City } from './city.type';
import { Country } from './country.type';
import { Event } from './event.type';
import { Group } from './group.type';
import { Hub } from './hub.type';
import { Leader } from './leader.type';
import { Organisation } from './organisation.type';
import { Practice } from './practice.type';
import { Challenge } from './challenge.type';
import { Region } from './region.type';

/** Where an item stands in the relationship list it came from. */
const CURSOR = {
  nullable: true,
  description: 'Where this item stands in the list it came from: pass it as `after` for the items that follow (null outside lists).',
} as const;

/*
 * Relationships as GraphQL objects. Each carries both of its ends (so it reads the same from
 * either side), its properties, and the citations that state it. The graph layer fills the
 * end fields by name (the `ends` of each type in domain/relationships.ts).
 */

/** A relationship with both ends, as the GraphQL link types expect it. */
export interface LinkObject {
  type: RelType;
  fromId: string;
  toId: string;
  citations: Citation[];
  [field: string]: unknown;
}

@ObjectType('Adoption', { description: 'A city, group, organisation or country took up a practice, as far as the status says.' })
export class Adoption {
  @Field(() => NodeType, { description: 'Who took it up: a city, group, organisation or country.' }) adopter!: NodeType;
  /** The adopter when it is a city (AdoptionResolver). */
  @Field(() => Practice) practice!: Practice;
  @Field(() => AdoptionStatus) status!: AdoptionStatus;
  @Field(() => PartialDateScalar, { nullable: true }) date?: string | null;
  @Field(() => [Citation]) citations!: Citation[];
  @Field(() => [Statement], { description: 'Each stated property with its own evidence.' }) statements!: Statement[];
  @Field(() => String, CURSOR) cursor?: string | null;
}

@ObjectType('Leadership', { description: 'A person leads (or works for) a city, organisation or hub.' })
export class Leadership {
  @Field(() => Leader) leader!: Leader;
  @Field(() => NodeType, { description: 'The city, organisation or hub led.' }) of!: NodeType;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) since?: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) until?: string | null;
  @Field(() => [Citation]) citations!: Citation[];
  @Field(() => [Statement], { description: 'Each stated property with its own evidence.' }) statements!: Statement[];
  @Field(() => String, CURSOR) cursor?: string | null;
}

@ObjectType('Attendance', { description: 'A city, leader, organisation, group or hub took part in an event.' })
export class Attendance {
  @Field(() => NodeType) attendee!: NodeType;
  @Field(() => Event) event!: Event;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field(() => [Citation]) citations!: Citation[];
  @Field(() => [Statement], { description: 'Each stated property with its own evidence.' }) statements!: Statement[];
  @Field(() => String, CURSOR) cursor?: string | null;
}

@ObjectType('Hosting', { description: 'A city or organisation hosted an event.' })
export class Hosting {
  @Field(() => NodeType) host!: NodeType;
  @Field(() => Event) event!: Event;
  @Field(() => [Citation]) citations!: Citation[];
  @Field(() => [Statement], { description: 'Each stated property with its own evidence.' }) statements!: Statement[];
  @Field(() => String, CURSOR) cursor?: string | null;
}

@ObjectType('Organising', { description: 'An organisation or hub organised an event.' })
export class Organising {
  @Field(() => NodeType) organiser!: NodeType;
  @Field(() => Event) event!: Event;
  @Field(() => [Citation]) citations!: Citation[];
  @Field(() => [Statement], { description: 'Each stated property with its own evidence.' }) statements!: Statement[];
  @Field(() => String, CURSOR) cursor?: string | null;
}

@ObjectType('Influence', {
  description:
    'A stated influence between actors (city, organisation, group, leader, event, hub): the source inspired, supported or led to an action of the target.',
})
export class Influence {
  @Field(() => NodeType) source!: NodeType;
  @Field(() => NodeType, { description: 'Who acted: a city, organisation, group, leader, event or hub.' }) target!: NodeType;
  @Field(() => InfluenceKind) kind!: InfluenceKind;
  @Field(() => PartialDateScalar, { nullable: true }) date?: string | null;
  @Field(() => String, { nullable: true, description: 'The action, where the text states one (LED_TO).' }) description?: string | null;
  /** Ids resolved by InfluenceResolver. */
  practiceId?: string | null;
  viaId?: string | null;
  @Field(() => [Citation]) citations!: Citation[];
  @Field(() => [Statement], { description: 'Each stated property with its own evidence.' }) statements!: Statement[];
  @Field(() => String, CURSOR) cursor?: string | null;
}

@ObjectType('Membership', { description: 'A city, group or organisation belongs to a network or group.' })
export class Membership {
  @Field(() => NodeType, { description: 'The member: a city, group or organisation.' }) member!: NodeType;
  @Field(() => NodeType, { description: 'The network (organisation) or group joined.' }) of!: NodeType;
  @Field(() => PartialDateScalar, { nullable: true }) since?: string | null;
  /** The event or fellow member the joining came after (MembershipResolver). */
  afterId?: string | null;
  @Field(() => [Citation]) citations!: Citation[];
  @Field(() => [Statement], { description: 'Each stated property with its own evidence.' }) statements!: Statement[];
  @Field(() => String, CURSOR) cursor?: string | null;
}

@ObjectType('Coverage', { description: 'A hub covers a country, city or region.' })
export class Coverage {
  @Field(() => NodeType) area!: NodeType;
  @Field(() => Hub) hub!: Hub;
  @Field(() => [Citation]) citations!: Citation[];
  @Field(() => [Statement], { description: 'Each stated property with its own evidence.' }) statements!: Statement[];
  @Field(() => String, CURSOR) cursor?: string | null;
}

@ObjectType('Funding', { description: 'An organisation funded a hub, event, practice, city or organisation.' })
export class Funding {
  @Field(() => Organisation) funder!: Organisation;
  @Field(() => NodeType) recipient!: NodeType;
  @Field(() => PartialDateScalar, { nullable: true }) date?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [Citation]) citations!: Citation[];
  @Field(() => [Statement], { description: 'Each stated property with its own evidence.' }) statements!: Statement[];
  @Field(() => String, CURSOR) cursor?: string | null;
}

@ObjectType('Partnership', { description: 'Two actors worked together (read it in either direction).' })
export class Partnership {
  @Field(() => NodeType) from!: NodeType;
  @Field(() => NodeType) to!: NodeType;
  @Field(() => PartialDateScalar, { nullable: true }) date?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [Citation]) citations!: Citation[];
  @Field(() => [Statement], { description: 'Each stated property with its own evidence.' }) statements!: Statement[];
  @Field(() => String, CURSOR) cursor?: string | null;
}

@ObjectType('Facing', { description: 'A city or country faces a challenge.' })
export class Facing {
  @Field(() => NodeType) actor!: NodeType;
  @Field(() => Challenge) challenge!: Challenge;
  @Field(() => [Citation]) citations!: Citation[];
  @Field(() => [Statement], { description: 'Each stated property with its own evidence.' }) statements!: Statement[];
  @Field(() => String, CURSOR) cursor?: string | null;
}

@ObjectType('Topic', { description: 'An event was about a practice or challenge.' })
export class Topic {
  @Field(() => Event) event!: Event;
  @Field(() => NodeType) topic!: NodeType;
  @Field(() => [Citation]) citations!: Citation[];
  @Field(() => [Statement], { description: 'Each stated property with its own evidence.' }) statements!: Statement[];
  @Field(() => String, CURSOR) cursor?: string | null;
}

@ObjectType('Location', { description: 'A city lies in a country.' })
export class Location {
  @Field(() => City) city!: City;
  @Field(() => Country) country!: Country;
  @Field(() => [Citation]) citations!: Citation[];
  @Field(() => [Statement], { description: 'Each stated property with its own evidence.' }) statements!: Statement[];
}

@ObjectType('Formation', { description: 'A group was formed at an event.' })
export class Formation {
  @Field(() => Group) group!: Group;
  @Field(() => Event) event!: Event;
  @Field(() => PartialDateScalar, { nullable: true }) date?: string | null;
  @Field(() => [Citation]) citations!: Citation[];
  @Field(() => [Statement], { description: 'Each stated property with its own evidence.' }) statements!: Statement[];
}

@ObjectType('PartOf', { description: 'A place lies within another: a division within its city, an entity within its country.' })
export class PartOf {
  @Field(() => City) part!: City;
  @Field(() => NodeType, { description: 'The containing city or country.' }) whole!: NodeType;
  @Field(() => [Citation]) citations!: Citation[];
  @Field(() => [Statement], { description: 'Each stated property with its own evidence.' }) statements!: Statement[];
  @Field(() => String, CURSOR) cursor?: string | null;
}

@ObjectType('RegionMembership', { description: 'A country lies in a region.' })
export class RegionMembership {
  @Field(() => Country) country!: Country;
  @Field(() => Region) region!: Region;
  @Field(() => [Citation]) citations!: Citation[];
  @Field(() => [Statement], { description: 'Each stated property with its own evidence.' }) statements!: Statement[];
  @Field(() => String, CURSOR) cursor?: string | null;
}

/**
 * The object type of every relationship kind (REL_TYPES[type].object in src/domain/relationships.ts
 * names it): the members of the `Link` union, in the schema's order.
 */
export const LINK_OBJECTS = [
  Adoption,
  Attendance,
  Coverage,
  Facing,
  Formation,
  Funding,
  Hosting,
  Influence,
  Leadership,
  Location,
  Membership,
  Organising,
  Partnership,
  PartOf,
  RegionMembership,
  Topic,
] as const;
