import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { enumObject } from '../domain/enum';
import { REL_TYPE_NAMES, type RelType } from '../domain/relationships';
import { AdoptionStatus, InfluenceKind } from './enums';
import { CitationInput } from './node.input';
import { PartialDateScalar } from './partial-date';
import { IdField, IsCleanText, IsPartialDate } from './validators';

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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsCleanText()
  @Length(0, 300)
  role?: string | null;

  @Field(() => PartialDateScalar, { nullable: true })
  @IsOptional()
  @IsPartialDate()
  since?: string | null;

  @Field(() => PartialDateScalar, { nullable: true })
  @IsOptional()
  @IsPartialDate()
  until?: string | null;

  @Field(() => PartialDateScalar, { nullable: true })
  @IsOptional()
  @IsPartialDate()
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsCleanText()
  @Length(0, 5000)
  description?: string | null;

  @Field(() => [CitationInput])
  @ArrayMinSize(1, { message: 'citations must name at least one source and excerpt' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  citations!: CitationInput[];
}
