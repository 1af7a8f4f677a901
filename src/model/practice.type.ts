import { Field, ObjectType } from 'type-graphql';
import { PracticeCategory } from './enums';
import { NodeType } from './node.type';

@ObjectType('Practice', {
  implements: NodeType,
  description: 'A prevention practice cities adopt (Local Safety Council, Neighbourhood Watch…).',
})
export class Practice extends NodeType {
  @Field(() => PracticeCategory)
  category!: PracticeCategory;
}
