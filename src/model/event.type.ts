import { Field, ObjectType } from 'type-graphql';
import { EventKind } from './enums';
import { PartialDateScalar } from './partial-date';
import { NodeType } from './node.type';

@ObjectType('Event', { implements: NodeType, description: 'A workshop, learning visit, roundtable, dialogue, summit…' })
export class Event extends NodeType {
  @Field(() => EventKind)
  kind!: EventKind;

  @Field(() => PartialDateScalar, { nullable: true })
  date?: string | null;

  /** City id; resolved by EventResolver. */
  place?: string | null;
}
