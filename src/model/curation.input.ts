import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { AdoptionStatus, InfluenceKind } from './enums';
import { RelationshipType } from './link.input';
import { CitationInput } from './node.input';
import { DateField, IdField, TextField } from './validators';

/*
 * Typed inputs for the relationships editors write most. Each names its ends the way the
 * matching object type does (Adoption.city / .practice, Influence.source / .target…) and
 * maps onto RelationshipInput, so they go through the same validation and upsert code.
 */

@InputType('CitedLinkBase')
abstract class CitedLink {
  @Field(() => [CitationInput], { description: 'At least one source and verbatim excerpt that state the fact.' })
  @ArrayMinSize(1, { message: 'citations must name at least one source and excerpt' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  citations!: CitationInput[];
}

@InputType('AdoptionInput', { description: 'A city, group, organisation or country took up a practice.' })
export class AdoptionInput extends CitedLink {
  @IdField({ description: 'The adopter: a city, group, organisation or country id.' })
  city!: string;
  @IdField() practice!: string;
  @Field(() => AdoptionStatus) @IsEnum(AdoptionStatus) status!: AdoptionStatus;

  @DateField({ description: 'When that status was reached or decided.' })
  date?: string | null;
}

@InputType('InfluenceInput', {
  description: 'An actor inspired, supported or led to an action of another (city, organisation, group, leader, event, hub).',
})
export class InfluenceInput extends CitedLink {
  @IdField({ description: 'The actor the influence came from.' }) source!: string;
  @IdField({ description: 'The actor that acted.' }) target!: string;
  @Field(() => InfluenceKind, { nullable: true, description: 'What the influence did (default INSPIRED).' })
  @IsOptional()
  @IsEnum(InfluenceKind)
  kind?: InfluenceKind | null;
  @TextField({ max: 2_000, nullable: true, description: 'The action, where the text states one.' })
  description?: string | null;
  @DateField() date?: string | null;
  @IdField({ nullable: true, description: 'The practice learned.' })
  practice?: string | null;
  @IdField({ nullable: true, description: 'The event through which it happened.' })
  via?: string | null;
}

@InputType('AttendanceInput', { description: 'A city, leader, organisation, group or hub took part in an event.' })
export class AttendanceInput extends CitedLink {
  @IdField() attendee!: string;
  @IdField() event!: string;

  @TextField({ max: 300, nullable: true })
  role?: string | null;
}

@InputType('MembershipInput', { description: 'A city, group or organisation is a member of a network or group.' })
export class MembershipInput extends CitedLink {
  @IdField({ description: 'The member: a city, group or organisation id.' })
  city!: string;
  @IdField({ description: 'The network (organisation) or group id.' })
  organisation!: string;
  @DateField() since?: string | null;
  @IdField({ nullable: true, description: 'Where only an order is known: the event, or the fellow member, it joined after.' })
  after?: string | null;
}

@InputType('RelationshipRefInput', {
  description:
    'Names one relationship: type, ends, and for LEADS its role, for INSPIRED its kind, practice and via (what tells two apart).',
})
export class RelationshipRefInput {
  @Field(() => RelationshipType) @IsEnum(RelationshipType) type!: RelationshipType;
  @IdField() from!: string;
  @IdField() to!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(0, 300) role?: string | null;
  @IdField({ nullable: true }) practice?: string | null;
  @IdField({ nullable: true }) via?: string | null;
  @Field(() => InfluenceKind, { nullable: true, description: 'INSPIRED: its kind (default INSPIRED).' })
  @IsOptional()
  @IsEnum(InfluenceKind)
  kind?: InfluenceKind | null;
}
