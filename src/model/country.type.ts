import { Field, ObjectType } from 'type-graphql';
import { NodeType } from './node.type';

@ObjectType('Country', { implements: NodeType })
export class Country extends NodeType {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code.' })
  iso2?: string | null;
}
