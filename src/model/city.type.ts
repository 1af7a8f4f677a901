import { Field, Float, ObjectType } from 'type-graphql';
import { CityKind } from './enums';
import { NodeType } from './node.type';

@ObjectType('City', {
  implements: NodeType,
  description: 'Any sub-national authority: city, municipality, district, county, council, governorate, regional government.',
})
export class City extends NodeType {
  @Field(() => CityKind)
  kind!: CityKind;

  @Field(() => Float, { nullable: true, description: 'Latitude (WGS 84). Coordinates come from a gazetteer, not the documents.' })
  lat?: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude (WGS 84).' })
  lon?: number | null;
}
