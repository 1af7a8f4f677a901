import { Field, Int, ObjectType } from 'type-graphql';
import { GroupKind } from './enums';
import { NodeType } from './node.type';

@ObjectType('Group', {
  implements: NodeType,
  description:
    'A collective of actors, named (a working group) or unnamed ("ten municipalities across the region"), with its stated size and known members.',
})
export class Group extends NodeType {
  @Field(() => GroupKind)
  kind!: GroupKind;

  @Field(() => Boolean, { description: 'False when the documents describe the group without naming it; its name is then descriptive.' })
  named!: boolean;

  @Field(() => Int, { nullable: true, description: 'The stated number of members (not the number of members known by name).' })
  size?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'The stated size is a lower bound ("more than 40").' })
  sizeAtLeast?: boolean | null;

  /** Country and region ids; resolved by GroupResolver. */
  country?: string | null;
  region?: string | null;
}
