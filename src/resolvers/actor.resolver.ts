import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Country } from '../model/country.type';
import { Leader } from '../model/leader.type';
import { Adoption, Attendance, Funding, Hosting, Influence, Leadership, Membership, Organising, Partnership } from '../model/link.type';
import { inJoinOrder } from './group.resolver';
import type { NodeObject } from '../model/node.type';
import { Organisation } from '../model/organisation.type';
import { LeaderWhere, OrganisationWhere } from '../model/where.input';
import { catalogueResolver } from './catalogue';
import { linksAt, nodeRef } from './links';
import { PageArgs } from '../model/list-page';

export const LeaderCatalogueResolver = catalogueResolver(Leader, 'Leader', LeaderWhere, { one: 'leader', many: 'leaders' });
export const OrganisationCatalogueResolver = catalogueResolver(Organisation, 'Organisation', OrganisationWhere, {
  one: 'organisation',
  many: 'organisations',
});

@Resolver(() => Leader)
export class LeaderResolver {
  @FieldResolver(() => [Leadership], { description: 'What the person leads or works for, with role and dates.' })
  leads(
    @Root() leader: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, leader, 'LEADS', 'OUT', info, page);
  }

  @FieldResolver(() => [Attendance])
  attended(
    @Root() leader: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, leader, 'ATTENDED', 'OUT', info, page);
  }

  @FieldResolver(() => [Influence], { description: 'Who inspired, supported or led to an action of the person.' })
  influencedBy(
    @Root() leader: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, leader, 'INSPIRED', 'IN', info, page);
  }

  @FieldResolver(() => [Influence], { description: 'Whom the person inspired, supported or led to act.' })
  influenced(
    @Root() leader: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, leader, 'INSPIRED', 'OUT', info, page);
  }
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @FieldResolver(() => Country, { nullable: true })
  country(@Root() org: NodeObject, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return nodeRef(ctx, org.country, info);
  }

  @FieldResolver(() => [Leadership])
  leaders(
    @Root() org: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, org, 'LEADS', 'IN', info, page);
  }

  @FieldResolver(() => [Membership], {
    description: 'Members (cities, groups, organisations) in join order: since, else after what they joined.',
  })
  async members(
    @Root() org: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return inJoinOrder(ctx, await linksAt(ctx, org, 'MEMBER_OF', 'IN', info, page));
  }

  @FieldResolver(() => [Membership], { description: 'Networks and groups the organisation belongs to.' })
  memberships(
    @Root() org: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, org, 'MEMBER_OF', 'OUT', info, page);
  }

  @FieldResolver(() => [Adoption], { description: 'Practices the organisation took up.' })
  adoptions(
    @Root() org: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, org, 'ADOPTED', 'OUT', info, page);
  }

  @FieldResolver(() => [Influence], { description: 'Who inspired, supported or led to an action of the organisation.' })
  influencedBy(
    @Root() org: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, org, 'INSPIRED', 'IN', info, page);
  }

  @FieldResolver(() => [Influence], { description: 'Whom the organisation inspired, supported or led to act.' })
  influenced(
    @Root() org: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, org, 'INSPIRED', 'OUT', info, page);
  }

  @FieldResolver(() => [Funding], { description: 'What the organisation funded.' })
  funded(
    @Root() org: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, org, 'FUNDED', 'OUT', info, page);
  }

  @FieldResolver(() => [Funding], { description: 'Who funded the organisation.' })
  fundedBy(
    @Root() org: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, org, 'FUNDED', 'IN', info, page);
  }

  @FieldResolver(() => [Partnership])
  partnerships(
    @Root() org: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, org, 'PARTNERED', 'BOTH', info, page);
  }

  @FieldResolver(() => [Attendance])
  attended(
    @Root() org: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, org, 'ATTENDED', 'OUT', info, page);
  }

  @FieldResolver(() => [Hosting])
  hosted(
    @Root() org: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, org, 'HOSTED', 'OUT', info, page);
  }

  @FieldResolver(() => [Organising])
  organised(
    @Root() org: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, org, 'ORGANISED', 'OUT', info, page);
  }
}
