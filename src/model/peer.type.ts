import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { City } from './city.type';
import { Citation } from './node.type';
import { PeerGroup } from './peer-group';
import { PeerReasonKind } from './peer-reason-kind';

export { PeerGroup, PeerReasonKind };

registerEnumType(PeerGroup, {
  name: 'PeerGroup',
  description: 'Which list a peer belongs to; peerCities lists HAS_DONE_IT peers first.',
  valuesConfig: {
    HAS_DONE_IT: {
      description:
        'Has implemented, is piloting, passed on or hosted an event on a needed practice (or a related one), or already inspired the asking city on it.',
    },
    CLOSE_TIES: {
      description:
        'No experience of what is needed is recorded: close by, in the same hub or country, already in touch, or facing the same challenges.',
    },
  },
});

registerEnumType(PeerReasonKind, {
  name: 'PeerReasonKind',
  description: 'What a peer reason rests on. Weights: see the README section "Peer finder".',
  valuesConfig: {
    IMPLEMENTED_PRACTICE: { description: 'Implemented a needed practice.' },
    PILOTED_PRACTICE: { description: 'Is piloting a needed practice.' },
    PLANNING_PRACTICE: { description: 'Plans a needed practice too: a city to learn alongside.' },
    SAME_CATEGORY_PRACTICE: { description: "Implemented or piloted another practice of the needed practice's category." },
    INFLUENCED_ASKER_BEFORE: {
      description: 'Already inspired the asking city (an existing influence link), on a needed practice or in general.',
    },
    TAUGHT_PRACTICE: { description: 'Inspired another city on a needed practice (its example or experts passed it on).' },
    LEARNED_FROM_ASKER: { description: 'Was inspired by the asking city (the tie exists in the other direction).' },
    PARTNERSHIP: { description: 'Partnered with the asking city.' },
    PRACTICE_EVENT: { description: 'Hosted or took part in an event about a needed practice.' },
    SHARED_EVENT: {
      description: 'Took part in the same event as the asking city (more if it hosted it, or the event inspired the asking city).',
    },
    SHARED_MEMBERSHIP: { description: 'Member of the same network as the asking city.' },
    SHARED_CHALLENGE: { description: 'Faces a challenge the asking city faces.' },
    SHARED_PRIORITY: { description: 'Took up a practice the asking city also took up (a shared priority).' },
    SAME_HUB: { description: 'Covered by the same regional hub.' },
    SAME_COUNTRY: { description: 'In the same country.' },
    SAME_REGION: { description: 'In the same region (another country).' },
    SIMILAR_KIND: { description: 'The same kind of authority (municipality, council…).' },
    NEARBY: { description: 'Close by, from the coordinates (great-circle distance; weight halves every 250 km).' },
    CONTACT: { description: 'A named leader to contact.' },
  },
});

@ObjectType('PeerReason', { description: 'One reason a city is a good peer, with the evidence it rests on.' })
export class PeerReason {
  @Field(() => PeerReasonKind)
  kind!: PeerReasonKind;

  @Field(() => Float, { description: 'Points this reason adds to the score, after the per-kind cap (0 when the cap is reached).' })
  weight!: number;

  @Field(() => String, { description: 'A sentence a hub officer can act on, e.g. "Implemented Neighbourhood Watch".' })
  text!: string;

  @Field(() => [Citation], { description: 'The citations of the facts the reason rests on.' })
  citations!: Citation[];

  /** Id of the practice, event, leader, hub… the reason is about; resolved by PeerReasonResolver. */
  subjectId?: string | null;
}

@ObjectType('PeerMatch', { description: 'A city proposed as a peer, its score and the reasons for it, strongest first.' })
export class PeerMatch {
  @Field(() => City)
  city!: City;

  @Field(() => Float, { description: "Sum of the reasons' weights. Deterministic; ties are broken by city id." })
  score!: number;

  @Field(() => PeerGroup, { description: 'Has it done what is needed, or is it a peer by closeness and ties?' })
  group!: PeerGroup;

  @Field(() => String, {
    description:
      'The score in words, e.g. "9.75 points: 4 for having already inspired Danilovgrad, 2 for a related practice of the same kind, …".',
  })
  explanation!: string;

  @Field(() => Float, { nullable: true, description: 'Great-circle distance to the asking city in km, where both have coordinates.' })
  distanceKm?: number | null;

  @Field(() => [PeerReason])
  reasons!: PeerReason[];
}
