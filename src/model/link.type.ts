import { Field, ObjectType } from 'type-graphql';
import { AdoptionStatus } from './enums';
import { PartialDateScalar } from '../domain/partial-date';
import { Citation, NodeType } from './node.type';
import { City } from './city.type';
import { Country } from './country.type';
import { Event } from './event.type';
import { Hub } from './hub.type';
import { Leader } from './leader.type';
import { Organisation } from './organisation.type';
import { Practice } from './practice.type';
import { Challenge } from './challenge.type';
import { Region } from './region.type';

/*
 * Relationships as GraphQL objects. Each carries both of its ends (so it reads the same from
 * either side), its properties, and the citations that state it. The graph layer fills the
 * end fields by name (see END_NAMES in graph/links.ts).
 */

@ObjectType('Adoption', { description: 'A city took up a practice (planned, piloted or implemented).' })
export class Adoption {
  @Field(() => City) city!: City;
  @Field(() => Practice) practice!: Practice;
  @Field(() => AdoptionStatus) status!: AdoptionStatus;
  @Field(() => PartialDateScalar, { nullable: true }) date?: string | null;
  @Field(() => [Citation]) citations!: Citation[];
}

@ObjectType('Leadership', { description: 'A person leads (or works for) a city, organisation or hub.' })
export class Leadership {
  @Field(() => Leader) leader!: Leader;
  @Field(() => NodeType, { description: 'The city, organisation or hub led.' }) of!: NodeType;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) since?: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) until?: string | null;
  @Field(() => [Citation]) citations!: Citation[];
}

@ObjectType('Attendance', { description: 'A city, leader or organisation took part in an event.' })
export class Attendance {
  @Field(() => NodeType) attendee!: NodeType;
  @Field(() => Event) event!: Event;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field(() => [Citation]) citations!: Citation[];
}

@ObjectType('Hosting', { description: 'A city or organisation hosted an event.' })
export class Hosting {
  @Field(() => NodeType) host!: NodeType;
  @Field(() => Event) event!: Event;
  @Field(() => [Citation]) citations!: Citation[];
}

@ObjectType('Organising', { description: 'An organisation or hub organised an event.' })
export class Organising {
  @Field(() => NodeType) organiser!: NodeType;
  @Field(() => Event) event!: Event;
  @Field(() => [Citation]) citations!: Citation[];
}

@ObjectType('Influence', { description: 'Peer learning: a city, event or organisation inspired a city.' })
export class Influence {
  @Field(() => NodeType) source!: NodeType;
  @Field(() => City) target!: City;
  @Field(() => PartialDateScalar, { nullable: true }) date?: string | null;
  /** Ids resolved by InfluenceResolver. */
  practiceId?: string | null;
  viaId?: string | null;
  @Field(() => [Citation]) citations!: Citation[];
}

@ObjectType('Membership', { description: 'A city is a member of a network.' })
export class Membership {
  @Field(() => City) city!: City;
  @Field(() => Organisation) organisation!: Organisation;
  @Field(() => PartialDateScalar, { nullable: true }) since?: string | null;
  @Field(() => [Citation]) citations!: Citation[];
}

@ObjectType('Coverage', { description: 'A hub covers a country, city or region.' })
export class Coverage {
  @Field(() => NodeType) area!: NodeType;
  @Field(() => Hub) hub!: Hub;
  @Field(() => [Citation]) citations!: Citation[];
}

@ObjectType('Funding', { description: 'An organisation funded a hub, event, practice, city or organisation.' })
export class Funding {
  @Field(() => Organisation) funder!: Organisation;
  @Field(() => NodeType) recipient!: NodeType;
  @Field(() => PartialDateScalar, { nullable: true }) date?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [Citation]) citations!: Citation[];
}

@ObjectType('Partnership', { description: 'Two actors worked together (read it in either direction).' })
export class Partnership {
  @Field(() => NodeType) from!: NodeType;
  @Field(() => NodeType) to!: NodeType;
  @Field(() => PartialDateScalar, { nullable: true }) date?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [Citation]) citations!: Citation[];
}

@ObjectType('Facing', { description: 'A city or country faces a challenge.' })
export class Facing {
  @Field(() => NodeType) actor!: NodeType;
  @Field(() => Challenge) challenge!: Challenge;
  @Field(() => [Citation]) citations!: Citation[];
}

@ObjectType('Topic', { description: 'An event was about a practice or challenge.' })
export class Topic {
  @Field(() => Event) event!: Event;
  @Field(() => NodeType) topic!: NodeType;
  @Field(() => [Citation]) citations!: Citation[];
}

@ObjectType('Location', { description: 'A city lies in a country.' })
export class Location {
  @Field(() => City) city!: City;
  @Field(() => Country) country!: Country;
  @Field(() => [Citation]) citations!: Citation[];
}

@ObjectType('RegionMembership', { description: 'A country lies in a region.' })
export class RegionMembership {
  @Field(() => Country) country!: Country;
  @Field(() => Region) region!: Region;
  @Field(() => [Citation]) citations!: Citation[];
}
