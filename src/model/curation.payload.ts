import { createUnionType, Field, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { WRITE_OUTCOMES, type WriteOutcome as Outcome } from '../domain/changes';
import { upperEnumObject } from '../domain/enum';
import { REL_TYPES } from '../domain/relationships';
import { Adoption, Attendance, Influence, LINK_OBJECTS, Membership, type LinkObject } from './link.type';

/** What a write did; a second identical write is UNCHANGED and touches nothing. */
export const WriteOutcome = upperEnumObject(WRITE_OUTCOMES);
export type WriteOutcome = Outcome;
registerEnumType(WriteOutcome, {
  name: 'WriteOutcome',
  description: 'UNCHANGED: the graph already said exactly this; nothing was written.',
});

export const LinkUnion = createUnionType({
  name: 'Link',
  description: 'Any relationship, as the object type of its kind (Adoption, Influence, Location…).',
  types: () => LINK_OBJECTS,
  resolveType: (value) => REL_TYPES[(value as unknown as LinkObject).type].object,
});

/** `<Label>Payload { outcome, <field>: <Label> }` for a node upsert. */
export function NodePayload<T extends object>(type: ClassType<T>, label: string, field: string) {
  @ObjectType(`${label}Payload`)
  class Payload {
    @Field(() => WriteOutcome) outcome!: WriteOutcome;
    @Field(() => type, { name: field, description: `The ${label} as it is now.` }) node!: T;
  }
  return Payload;
}

/** `<Name>Payload { outcome, <field>: <Link type> }` for a relationship upsert. */
export function LinkPayload<T extends object>(type: ClassType<T>, name: string, field: string) {
  @ObjectType(`${name}Payload`)
  class Payload {
    @Field(() => WriteOutcome) outcome!: WriteOutcome;
    @Field(() => type, { name: field, description: 'The relationship as it is now, with all its citations.' }) link!: T;
  }
  return Payload;
}

export const AdoptionPayload = LinkPayload(Adoption, 'Adoption', 'adoption');
export const InfluencePayload = LinkPayload(Influence, 'Influence', 'influence');
export const AttendancePayload = LinkPayload(Attendance, 'Attendance', 'attendance');
export const MembershipPayload = LinkPayload(Membership, 'Membership', 'membership');

@ObjectType('RelationshipPayload')
export class RelationshipPayload {
  @Field(() => WriteOutcome) outcome!: WriteOutcome;
  @Field(() => LinkUnion, { description: 'The relationship as it is now, as the object type of its kind.' }) relationship!: LinkObject;
}
