import { Field, ObjectType } from 'type-graphql';
import { PartialDateScalar } from './partial-date';
import { NodeType } from './node.type';

@ObjectType('Source', { implements: NodeType, description: 'A public document that facts cite. `name` repeats the title.' })
export class Source extends NodeType {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  publisher?: string | null;

  @Field(() => PartialDateScalar, { nullable: true })
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'File name of the document in the source collection.' })
  file?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;
}
