import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { enumObject } from '../domain/enum';
import { REL_TYPE_NAMES, type RelType } from '../domain/relationships';
import { AdoptionStatus, InfluenceKind } from './enums';
import { CitationInput } from './node.input';
import { DateField, IdField, TextField } from './validators';

/** The relationship types a client may write (domain/relationships.ts says which labels each joins). */
export const RelationshipType = enumObject(REL_TYPE_NAMES);
export type RelationshipType = RelType;
registerEnumType(RelationshipType, { name: 'RelationshipType' });

/**
 * Any relationship, with the union of the properties relationships carry; which of them a
 * type accepts (and requires) is checked by graph/curation/upsert.ts against REL_TYPES.
 */
@InputType('RelationshipInput')
export class RelationshipInput {
  @Field(() => RelationshipType)
  @IsEnum(RelationshipType)
  type!: RelationshipType;

  @IdField()
  from!: string;

  @IdField()
  to!: string;

  @TextField({ max: 300, nullable: true })
  role?: string | null;

  @DateField()
  since?: string | null;

  @DateField()
  until?: string | null;

  @DateField()
  date?: string | null;

  @Field(() => AdoptionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AdoptionStatus)
  status?: AdoptionStatus | null;

  @Field(() => InfluenceKind, { nullable: true, description: 'INSPIRED: what the influence did (default INSPIRED).' })
  @IsOptional()
  @IsEnum(InfluenceKind)
  kind?: InfluenceKind | null;

  @IdField({
    nullable: true,
    description: 'MEMBER_OF: the event, or the fellow member, the joining came after, where the text gives only an order ("subsequently").',
  })
  after?: string | null;

  @IdField({ nullable: true, description: 'INSPIRED: the practice learned.' })
  practice?: string | null;

  @IdField({ nullable: true, description: 'INSPIRED: the event through which it happened.' })
  via?: string | null;

  @TextField({ max: 5_000, nullable: true })
  description?: string | null;

  @Field(() => [CitationInput])
  @ArrayMinSize(1, { message: 'citations must name at least one source and excerpt' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  citations!: CitationInput[];
}
