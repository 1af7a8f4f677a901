import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { CityKind, EventKind, GroupKind, OrganisationKind, PracticeCategory } from './enums';
import { DateField, IdField, TextField } from './validators';

/*
 * The one schema for facts entering the graph: the seed loader, the importer and the
 * GraphQL mutations all build these classes and validate them with class-validator.
 */

@InputType('CitationInput', { description: 'A source id and the verbatim excerpt of it that states the fact.' })
export class CitationInput {
  @IdField()
  source!: string;

  @TextField({ max: 2_000, min: 3 })
  excerpt!: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'The statements (properties, e.g. "launched", "since", "date") this excerpt is the evidence for; none = the fact as a whole.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[a-z][A-Za-z]{0,39}$/, { each: true, message: 'for must list property names such as "date" or "since"' })
  for?: string[] | null;
}

@InputType('NodeInputBase')
export abstract class NodeInput {
  @IdField()
  @Length(1, 120)
  id!: string;

  @TextField({ max: 300 })
  name!: string;

  @TextField({ max: 5_000, nullable: true })
  description?: string | null;

  @Field(() => [CitationInput], { description: 'At least one citation for every fact.' })
  @ArrayMinSize(1, { message: 'citations must name at least one source and excerpt' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  citations!: CitationInput[];
}

@InputType('CityInput')
export class CityInput extends NodeInput {
  @Field(() => CityKind)
  @IsEnum(CityKind)
  kind!: CityKind;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(-90)
  @Max(90)
  lat?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(-180)
  @Max(180)
  lon?: number | null;

  @IdField({ nullable: true, description: 'Country id (the IN_COUNTRY relationship carries the citation).' })
  country?: string | null;
}

@InputType('CountryInput')
export class CountryInput extends NodeInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'iso2 must be two capital letters (ISO 3166-1 alpha-2)' })
  iso2?: string | null;

  @IdField({ nullable: true, description: 'Region id (the IN_REGION relationship carries the citation).' })
  region?: string | null;
}

@InputType('RegionInput')
export class RegionInput extends NodeInput {}

@InputType('HubInput')
export class HubInput extends NodeInput {
  @DateField()
  launched?: string | null;
}

@InputType('LeaderInput')
export class LeaderInput extends NodeInput {
  @TextField({ max: 300, nullable: true })
  title?: string | null;
}

@InputType('OrganisationInput')
export class OrganisationInput extends NodeInput {
  @Field(() => OrganisationKind)
  @IsEnum(OrganisationKind)
  kind!: OrganisationKind;

  @IdField({ nullable: true, description: 'Country id, for national bodies and donors.' })
  country?: string | null;
}

@InputType('PracticeInput')
export class PracticeInput extends NodeInput {
  @Field(() => PracticeCategory)
  @IsEnum(PracticeCategory)
  category!: PracticeCategory;
}

@InputType('EventInput')
export class EventInput extends NodeInput {
  @Field(() => EventKind)
  @IsEnum(EventKind)
  kind!: EventKind;

  @DateField()
  date?: string | null;

  @IdField({ nullable: true, description: 'Id of the city where it took place.' })
  place?: string | null;

  @IdField({ nullable: true, description: 'Id of the country where it took place, when the text names no city.' })
  country?: string | null;

  @IdField({ nullable: true, description: 'Id of the region where it took place, when the text names neither city nor country.' })
  region?: string | null;
}

@InputType('GroupInput')
export class GroupInput extends NodeInput {
  @Field(() => GroupKind)
  @IsEnum(GroupKind)
  kind!: GroupKind;

  @Field(() => Boolean, { description: 'False for a collective the text describes but does not name ("ten municipalities").' })
  @IsBoolean()
  named!: boolean;

  @Field(() => Int, { nullable: true, description: 'The stated number of members.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  size?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'The size is a lower bound ("more than 40").' })
  @IsOptional()
  @IsBoolean()
  sizeAtLeast?: boolean | null;

  @IdField({ nullable: true, description: 'Country id, where the text places the group in one country.' })
  country?: string | null;

  @IdField({ nullable: true, description: 'Region id, where the text places the group in a region.' })
  region?: string | null;
}

@InputType('ChallengeInput')
export class ChallengeInput extends NodeInput {}

/** Sources are the documents themselves: they carry no citations. */
@InputType('SourceInput')
export class SourceInput {
  @IdField()
  @Length(1, 120)
  id!: string;

  @TextField({ max: 500 })
  title!: string;

  @TextField({ max: 300, nullable: true })
  publisher?: string | null;

  @DateField()
  date?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^[\w.-]{1,200}$/, { message: 'file must be a plain file name' })
  file?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^https?:\/\/\S{1,2000}$/, { message: 'url must be an http(s) address' })
  url?: string | null;
}
