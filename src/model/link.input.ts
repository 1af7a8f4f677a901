import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { enumObject } from '../domain/enum';
import { REL_TYPE_NAMES, type RelType } from '../domain/relationships';
import { AdoptionStatus, InfluenceKind } from './enums';
import { CitationInput } from './node.input';
import { PartialDateScalar } from './partial-date';
import { IsCleanText, IsPartialDate, SLUG_MESSAGE } from './validators';
import { SLUG } from '../domain/ids';

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

  @Field(() => ID)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  from!: string;

  @Field(() => ID)
  @Matches(SLUG, { message: SLUG_MESSAGE })
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

  @Field(() => ID, {
    nullable: true,
    description: 'MEMBER_OF: the event, or the fellow member, the joining came after, where the text gives only an order ("subsequently").',
  })
  @IsOptional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  after?: string | null;

  @Field(() => ID, { nullable: true, description: 'INSPIRED: the practice learned.' })
  @IsOptional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  practice?: string | null;

  @Field(() => ID, { nullable: true, description: 'INSPIRED: the event through which it happened.' })
  @IsOptional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
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
