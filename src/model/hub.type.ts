import { Field, ObjectType } from 'type-graphql';
import { PartialDateScalar } from './partial-date';
import { NodeType } from './node.type';

@ObjectType('Hub', { implements: NodeType, description: 'A regional hub of the network.' })
export class Hub extends NodeType {
  @Field(() => PartialDateScalar, { nullable: true })
  launched?: string | null;
}
