import { Field, ObjectType } from 'type-graphql';
import { NodeType } from './node.type';

@ObjectType('Leader', { implements: NodeType, description: 'A mayor, governor, official or hub staff member.' })
export class Leader extends NodeType {
  @Field(() => String, { nullable: true, description: 'Title as the source writes it.' })
  title?: string | null;
}
