import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Country } from '../model/country.type';
import { Leader } from '../model/leader.type';
import { Adoption, Attendance, Funding, Hosting, Influence, Leadership, Membership, Organising, Partnership } from '../model/link.type';
import { inJoinOrder } from './group.resolver';
import type { NodeObject } from '../model/node.type';
import { Organisation } from '../model/organisation.type';
import { LeaderWhere, OrganisationWhere } from '../model/where.input';
import { catalogueResolver } from './catalogue';
import { linksAt, linksBothWays, nodeRef } from './links';

export const LeaderCatalogueResolver = catalogueResolver(Leader, 'Leader', LeaderWhere, { one: 'leader', many: 'leaders' });
export const OrganisationCatalogueResolver = catalogueResolver(Organisation, 'Organisation', OrganisationWhere, {
  one: 'organisation',
  many: 'organisations',
});

@Resolver(() => Leader)
export class LeaderResolver {
  @FieldResolver(() => [Leadership], { description: 'What the person leads or works for, with role and dates.' })
  leads(@Root() leader: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, leader, 'LEADS', 'OUT');
  }

  @FieldResolver(() => [Attendance])
  attended(@Root() leader: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, leader, 'ATTENDED', 'OUT');
  }

  @FieldResolver(() => [Influence], { description: 'Who inspired, supported or led to an action of the person.' })
  influencedBy(@Root() leader: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, leader, 'INSPIRED', 'IN');
  }

  @FieldResolver(() => [Influence], { description: 'Whom the person inspired, supported or led to act.' })
  influenced(@Root() leader: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, leader, 'INSPIRED', 'OUT');
  }
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @FieldResolver(() => Country, { nullable: true })
  country(@Root() org: NodeObject, @Ctx() ctx: Context) {
    return nodeRef(ctx, org.country);
  }

  @FieldResolver(() => [Leadership])
  leaders(@Root() org: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, org, 'LEADS', 'IN');
  }

  @FieldResolver(() => [Membership], { description: 'Members (cities, groups, organisations) in join order: since, else after what they joined.' })
  async members(@Root() org: NodeObject, @Ctx() ctx: Context) {
    return inJoinOrder(ctx, await linksAt(ctx, org, 'MEMBER_OF', 'IN'));
  }

  @FieldResolver(() => [Membership], { description: 'Networks and groups the organisation belongs to.' })
  memberships(@Root() org: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, org, 'MEMBER_OF', 'OUT');
  }

  @FieldResolver(() => [Adoption], { description: 'Practices the organisation took up.' })
  adoptions(@Root() org: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, org, 'ADOPTED', 'OUT');
  }

  @FieldResolver(() => [Influence], { description: 'Who inspired, supported or led to an action of the organisation.' })
  influencedBy(@Root() org: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, org, 'INSPIRED', 'IN');
  }

  @FieldResolver(() => [Influence], { description: 'Whom the organisation inspired, supported or led to act.' })
  influenced(@Root() org: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, org, 'INSPIRED', 'OUT');
  }

  @FieldResolver(() => [Funding], { description: 'What the organisation funded.' })
  funded(@Root() org: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, org, 'FUNDED', 'OUT');
  }

  @FieldResolver(() => [Funding], { description: 'Who funded the organisation.' })
  fundedBy(@Root() org: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, org, 'FUNDED', 'IN');
  }

  @FieldResolver(() => [Partnership])
  partnerships(@Root() org: NodeObject, @Ctx() ctx: Context) {
    return linksBothWays(ctx, org, 'PARTNERED');
  }

  @FieldResolver(() => [Attendance])
  attended(@Root() org: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, org, 'ATTENDED', 'OUT');
  }

  @FieldResolver(() => [Hosting])
  hosted(@Root() org: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, org, 'HOSTED', 'OUT');
  }

  @FieldResolver(() => [Organising])
  organised(@Root() org: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, org, 'ORGANISED', 'OUT');
  }
}
