import { ArrayMaxSize, IsOptional, IsString, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CityKind, EventKind, NodeOrderField, OrganisationKind, PracticeCategory, SortDirection, GroupKind } from './enums';
import { DateField, IdField, SLUG_MESSAGE } from './validators';
import { SLUG } from '../domain/ids';

/*
 * Filters of the list queries. Every field narrows the result (AND). Area filters
 * (country, region, hub) follow where a thing is: a city's country, an event's place or
 * host, a practice's adopting cities, a leader's city.
 */

@InputType('WhereBase')
class WhereBase {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  @IsOptional()
  @ArrayMaxSize(1000)
  @Matches(SLUG, { each: true, message: SLUG_MESSAGE })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name or description.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  text?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Names that start with this text exactly as written (case-sensitive; uses the name index, so it stays fast on any graph size). For type-ahead that ignores case and accents, use `search`.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  nameStartsWith?: string | null;
}

@InputType('AreaWhereBase')
class AreaWhere extends WhereBase {
  @IdField({ nullable: true })
  country?: string | null;

  @IdField({ nullable: true })
  region?: string | null;

  @IdField({ nullable: true })
  hub?: string | null;
}

@InputType('CityWhere')
export class CityWhere extends AreaWhere {
  @Field(() => [CityKind], { nullable: true })
  @IsOptional()
  kind?: CityKind[] | null;

  @IdField({ nullable: true, description: 'Cities that adopted this practice.' })
  practice?: string | null;
}

@InputType('CountryWhere')
export class CountryWhere extends AreaWhere {}

@InputType('RegionWhere')
export class RegionWhere extends WhereBase {
  @IdField({ nullable: true })
  hub?: string | null;
}

@InputType('HubWhere')
export class HubWhere extends AreaWhere {
  @IdField({ nullable: true, description: 'Hubs covering this city.' })
  city?: string | null;
}

@InputType('LeaderWhere')
export class LeaderWhere extends AreaWhere {
  @IdField({ nullable: true, description: 'Leaders of this city.' })
  city?: string | null;
}

@InputType('OrganisationWhere')
export class OrganisationWhere extends AreaWhere {
  @Field(() => [OrganisationKind], { nullable: true })
  @IsOptional()
  kind?: OrganisationKind[] | null;
}

@InputType('PracticeWhere')
export class PracticeWhere extends AreaWhere {
  @Field(() => [PracticeCategory], { nullable: true })
  @IsOptional()
  category?: PracticeCategory[] | null;

  @IdField({ nullable: true, description: 'Practices this city adopted.' })
  city?: string | null;
}

@InputType('GroupWhere')
export class GroupWhere extends AreaWhere {
  @Field(() => [GroupKind], { nullable: true })
  @IsOptional()
  kind?: GroupKind[] | null;

  @IdField({ nullable: true, description: 'Groups this city (or group, or organisation) is a member of.' })
  city?: string | null;

  @IdField({ nullable: true, description: 'Groups that adopted this practice.' })
  practice?: string | null;
}

@InputType('EventWhere')
export class EventWhere extends AreaWhere {
  @Field(() => [EventKind], { nullable: true })
  @IsOptional()
  kind?: EventKind[] | null;

  @IdField({ nullable: true, description: 'Events this city hosted, attended or was the place of.' })
  city?: string | null;

  @DateField({ description: 'Events that may fall on or after this date.' })
  dateFrom?: string | null;

  @DateField({ description: 'Events that may fall on or before this date.' })
  dateTo?: string | null;
}

@InputType('ChallengeWhere')
export class ChallengeWhere extends AreaWhere {
  @IdField({ nullable: true })
  city?: string | null;
}

@InputType('SourceWhere')
export class SourceWhere extends WhereBase {
  @DateField()
  dateFrom?: string | null;

  @DateField()
  dateTo?: string | null;
}

@InputType('NodeOrder')
export class NodeOrder {
  @Field(() => NodeOrderField, { defaultValue: NodeOrderField.NAME }) field!: NodeOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}
