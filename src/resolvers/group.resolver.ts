import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { sortByJoinOrder } from '../graph/catalogue/membership-order';
import type { LinkObject } from '../model/link.type';
import { bounds, isPartialDate } from '../domain/partial-date';
import { City } from '../model/city.type';
import { Country } from '../model/country.type';
import { Group } from '../model/group.type';
import { Hub } from '../model/hub.type';
import { Adoption, Attendance, Formation, Influence, Membership } from '../model/link.type';
import { NodeType, type NodeObject } from '../model/node.type';
import { Organisation } from '../model/organisation.type';
import { Region } from '../model/region.type';
import { GroupWhere } from '../model/where.input';
import { catalogueResolver } from './catalogue';
import { linksAt, nodeRef, placeOne, placesAt } from './links';
import { PageArgs } from '../model/list-page';

export const GroupCatalogueResolver = catalogueResolver(Group, 'Group', GroupWhere, { one: 'group', many: 'groups' });

const memberId = (l: LinkObject): string => l.fromId;

/**
 * Memberships in join order: `since`, else the date of the event (or the joining of the
 * fellow member) they came `after` — the events are fetched in one batch by the node loader.
 */
export async function inJoinOrder(ctx: Context, links: LinkObject[]): Promise<LinkObject[]> {
  const afterIds = [...new Set(links.map((l) => l.afterId).filter((id): id is string => typeof id === 'string'))];
  const nodes = await ctx.loaders.node.loadMany(afterIds);
  const dates = new Map<string, string>();
  nodes.forEach((n, i) => {
    const date = n && !(n instanceof Error) ? n.date : undefined;
    if (typeof date === 'string' && isPartialDate(date)) dates.set(afterIds[i]!, bounds(date).start);
  });
  return sortByJoinOrder(links, (id) => dates.get(id) ?? null, memberId);
}

@Resolver(() => Group)
export class GroupResolver {
  @FieldResolver(() => Country, { nullable: true, description: 'The country the documents place the group in.' })
  country(@Root() group: NodeObject, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return nodeRef(ctx, group.country, info);
  }

  @FieldResolver(() => Region, { nullable: true, description: "The region: stated, or its country's." })
  async region(@Root() group: NodeObject, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return placeOne(ctx, group, 'areaRegion', info);
  }

  @FieldResolver(() => [Hub], { description: "Hubs covering the group's country or region." })
  hubs(
    @Root() group: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return placesAt(ctx, group, 'areaHubs', info, page);
  }

  @FieldResolver(() => [Membership], { description: 'Known members, in join order (since, else after what they joined).' })
  async members(
    @Root() group: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return inJoinOrder(ctx, await linksAt(ctx, group, 'MEMBER_OF', 'IN', info, page));
  }

  @FieldResolver(() => [Membership], { description: 'Networks and groups this group belongs to.' })
  memberships(
    @Root() group: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, group, 'MEMBER_OF', 'OUT', info, page);
  }

  @FieldResolver(() => [Formation], { description: 'Where and when the group was formed.' })
  formedAt(
    @Root() group: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, group, 'FORMED_AT', 'OUT', info, page);
  }

  @FieldResolver(() => [Attendance], { description: 'Events the group (or its members as a group) took part in.' })
  attended(
    @Root() group: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, group, 'ATTENDED', 'OUT', info, page);
  }

  @FieldResolver(() => [Adoption], { description: 'Practices the group took up or committed to.' })
  adoptions(
    @Root() group: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, group, 'ADOPTED', 'OUT', info, page);
  }

  @FieldResolver(() => [Influence], { description: 'Who inspired, supported or led to an action of the group.' })
  influencedBy(
    @Root() group: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, group, 'INSPIRED', 'IN', info, page);
  }

  @FieldResolver(() => [Influence], { description: 'Whom the group inspired, supported or led to act.' })
  influenced(
    @Root() group: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, group, 'INSPIRED', 'OUT', info, page);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => NodeType, {
    nullable: true,
    description: 'The event, or the fellow member, this joining came after (where the text gives only an order).',
  })
  after(@Root() m: LinkObject, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return nodeRef(ctx, m.afterId, info);
  }

  @FieldResolver(() => City, { nullable: true, deprecationReason: 'Members may be groups or organisations: use `member`.' })
  city(@Root() m: LinkObject) {
    return (m.member as NodeObject).__typename === 'City' ? m.member : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, deprecationReason: 'A group may be joined too: use `of`.' })
  organisation(@Root() m: LinkObject) {
    return (m.of as NodeObject).__typename === 'Organisation' ? m.of : null;
  }
}

@Resolver(() => Adoption)
export class AdoptionResolver {
  @FieldResolver(() => City, { nullable: true, deprecationReason: 'Groups, organisations and countries adopt too: use `adopter`.' })
  city(@Root() a: LinkObject) {
    return (a.adopter as NodeObject).__typename === 'City' ? a.adopter : null;
  }
}
