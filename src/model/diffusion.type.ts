import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumObject } from '../domain/enum';
import { HOP_KINDS, REACH_DIRECTIONS, type HopKind, type ReachDirection as Direction } from '../domain/influence';
import { AdoptionStatus, InfluenceKind, PracticeCategory } from './enums';
import { PartialDateScalar } from './partial-date';
import { Citation } from './node.type';

/*
 * Diffusion tracing: cascades, influence paths and reach. Ends of hops and edges are
 * stored as ids and resolved through the node loader (resolvers/diffusion.resolver.ts),
 * so a whole answer costs a fixed number of round trips.
 */

export const InfluenceHopKind = enumObject(HOP_KINDS);
export type InfluenceHopKind = HopKind;
export const ReachDirection = enumObject(REACH_DIRECTIONS);
export type ReachDirection = Direction;

registerEnumType(InfluenceHopKind, {
  name: 'InfluenceHopKind',
  description: 'How influence travelled along one hop; every hop points the way influence flows ("from" reached "to").',
  valuesConfig: {
    INSPIRED: {
      description:
        'A stated influence between actors (city, organisation, group, leader, event, hub): `influenceKind` says whether the source inspired, supported or led to the action; `via` names the event when stated.',
    },
    HOSTED: { description: 'A city or organisation hosted the event: it passed on through it (dated by the event).' },
    ATTENDED: {
      description:
        'The event reached a city, leader, organisation, group or hub that took part in it (dated by the event). Attending is being reached, not passing on.',
    },
    ORGANISED: { description: 'An organisation or hub organised the event (dated by the event).' },
    FORMED_AT: { description: 'The event led to a group formed there (dated by the formation, else the event).' },
    ADOPTED_AFTER: {
      description:
        'Inferred, not stated: the event reached an actor that attended it and then adopted a practice (adoption dated and not certainly before the event).',
    },
  },
});
registerEnumType(ReachDirection, {
  name: 'ReachDirection',
  description: 'DOWNSTREAM: whom the actor influenced. UPSTREAM: what influenced the actor.',
});

/**
 * The ends of a hop or cascade edge as the reads leave them: ids (resolved to nodes by the
 * resolvers through the loader), with labels and names where known, and the relationships
 * whose evidence `citations` and `description` read. Not part of the schema.
 */
abstract class HopEnds {
  fromId!: string;
  toId!: string;
  practiceId?: string | null;
  viaId?: string | null;
  /** The labels and names of the ends, when known (a selection of ids and names then needs no read). */
  fromLabel?: string | null;
  toLabel?: string | null;
  fromName?: string | null;
  toName?: string | null;
  /** Neighbourhood reads: element ids of the relationships whose evidence `citations` and `description` read. */
  rels?: string[];
}

@ObjectType('InfluenceHop', { description: 'One step of influence, with the citations of the relationships it stands on.' })
export class InfluenceHop extends HopEnds {
  @Field(() => InfluenceHopKind) kind!: InfluenceHopKind;
  @Field(() => PartialDateScalar, {
    nullable: true,
    description:
      "When: the relationship's date, the event's date (HOSTED, ATTENDED, ORGANISED, or INSPIRED via an event that states none), or the adoption's (ADOPTED_AFTER).",
  })
  date?: string | null;
  @Field(() => [Citation], { description: 'Evidence: never empty for stored facts.' }) citations!: Citation[];
  @Field(() => InfluenceKind, { nullable: true, description: 'INSPIRED hops: what the stated influence did.' })
  influenceKind?: InfluenceKind | null;
  @Field(() => String, { nullable: true, description: 'INSPIRED hops: the action, where the text states one.' }) description?:
    string | null;
}

@ObjectType('InfluencePath', { description: 'A chain of influence hops from one actor to another.' })
export class InfluencePath {
  @Field(() => Int, { description: 'Number of hops.' }) length!: number;
  @Field(() => [InfluenceHop]) hops!: InfluenceHop[];
}

@ObjectType('Reach', { description: 'An actor reached from (or reaching) the start, at its smallest depth, with the path that shows how.' })
export class Reach {
  @Field(() => Int, { description: 'Hops between the start and the actor.' }) depth!: number;
  @Field(() => InfluencePath, { description: 'In the direction influence flows: from the start (downstream) or to it (upstream).' })
  path!: InfluencePath;
  actorId!: string;
  actorLabel?: string | null;
  actorName?: string | null;
}

@ObjectType('Lag', { description: 'Time between two partial dates as a range of whole months ("2022-05" to "2023" is 8 to 19 months).' })
export class Lag {
  @Field(() => Int) minMonths!: number;
  @Field(() => Int) maxMonths!: number;
}

@ObjectType('CascadeAdopter', { description: 'A city that took up a practice of the cascade.' })
export class CascadeAdopter {
  @Field(() => AdoptionStatus) status!: AdoptionStatus;
  @Field(() => PartialDateScalar, { nullable: true }) date?: string | null;
  @Field(() => Int, { description: 'Influence hops from the nearest root of the cascade (roots are 0).' }) generation!: number;
  @Field(() => [Citation]) citations!: Citation[];
  cityId!: string;
  practiceId!: string;
}

@ObjectType('CascadeEdge', { description: 'Who learned from whom in the cascade (a stated INSPIRED relationship).' })
export class CascadeEdge extends HopEnds {
  @Field(() => PartialDateScalar, { nullable: true }) date?: string | null;
  @Field(() => Lag, {
    nullable: true,
    description:
      "From when the source had the practice (its adoption, else the event's date, else the edge's) to the target's adoption; null when either is undated.",
  })
  lag?: Lag | null;
  @Field(() => [Citation]) citations!: Citation[];
  @Field(() => InfluenceKind, {
    name: 'influenceKind',
    description: 'What the influence did: inspired (passed the practice on), supported, or led to the adoption.',
  })
  influence!: InfluenceKind;
}

@ObjectType('Diffusion', { description: 'The cascade of a practice (or a category of practices) as the graph stood at `asOf`.' })
export class Diffusion {
  @Field(() => PracticeCategory, { nullable: true }) category?: PracticeCategory | null;
  @Field(() => PartialDateScalar, { nullable: true }) asOf?: string | null;
  @Field(() => [CascadeAdopter], { description: 'Adoptions in time order (undated last).' }) adopters!: CascadeAdopter[];
  @Field(() => [CascadeEdge], { description: 'Influence among the actors of the cascade, in time order.' }) edges!: CascadeEdge[];
  practiceIds!: string[];
  rootIds!: string[];
  countryIds!: string[];
  regionIds!: string[];
}
