import { Field, ObjectType } from 'type-graphql';
import { OrganisationKind } from './enums';
import { NodeType } from './node.type';

@ObjectType('Organisation', { implements: NodeType, description: 'A network, donor, multilateral, national body, association or NGO.' })
export class Organisation extends NodeType {
  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  /** Country id; resolved by OrganisationResolver. */
  country?: string | null;
}
