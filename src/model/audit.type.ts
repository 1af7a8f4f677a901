import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CHANGE_ACTIONS, CHANGE_KINDS, type ChangeAction as Action, type ChangeKind as Kind } from '../domain/changes';
import { enumObject } from '../domain/enum';
import { DateTimeScalar } from './audit-datetime';

export const ChangeAction = enumObject(CHANGE_ACTIONS);
export type ChangeAction = Action;
registerEnumType(ChangeAction, {
  name: 'ChangeAction',
  description: 'CREATED when the fact was first written at `at`; UPDATED after; DELETED from a tombstone.',
});

export const ChangeKind = enumObject(CHANGE_KINDS);
export type ChangeKind = Kind;
registerEnumType(ChangeKind, { name: 'ChangeKind' });

/**
 * One entry of the audit trail: the latest write to a node or relationship, or a deletion.
 * Only the last change of each fact is known (facts keep createdAt / updatedAt / updatedBy,
 * not a history); deletions leave a tombstone.
 */
@ObjectType('Change', { description: 'The latest write to a node or relationship, or its deletion.' })
export class Change {
  @Field(() => ChangeAction) action!: ChangeAction;
  @Field(() => ChangeKind) kind!: ChangeKind;
  @Field(() => String, { description: 'Node label (City, Event…) or relationship type (ADOPTED, INSPIRED…).' }) label!: string;
  @Field(() => ID, { nullable: true, description: 'The node id (nodes only).' }) id?: string | null;
  @Field(() => ID, { nullable: true, description: 'Start node id (relationships only).' }) from?: string | null;
  @Field(() => ID, { nullable: true, description: 'End node id (relationships only).' }) to?: string | null;
  @Field(() => DateTimeScalar, { description: 'When it was written (or deleted).' }) at!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the fact was first written.' }) createdAt?: string | null;
  @Field(() => String, { nullable: true, description: 'Name of the API key (or "seed", "import") that wrote it; never the key.' }) by?:
    string | null;
  @Field(() => Int, { nullable: true, description: 'Deleted nodes: how many relationships went with them.' }) detached?: number | null;
}
