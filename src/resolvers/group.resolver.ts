import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
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
import { linksAt, nodeRef } from './links';

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
  country(@Root() group: NodeObject, @Ctx() ctx: Context) {
    return nodeRef(ctx, group.country);
  }

  @FieldResolver(() => Region, { nullable: true, description: "The region: stated, or its country's." })
  async region(@Root() group: NodeObject, @Ctx() ctx: Context) {
    return (await ctx.loaders.places('areaRegion').load(group.id))[0] ?? null;
  }

  @FieldResolver(() => [Hub], { description: "Hubs covering the group's country or region." })
  hubs(@Root() group: NodeObject, @Ctx() ctx: Context) {
    return ctx.loaders.places('areaHubs').load(group.id);
  }

  @FieldResolver(() => [Membership], { description: 'Known members, in join order (since, else after what they joined).' })
  async members(@Root() group: NodeObject, @Ctx() ctx: Context) {
    return inJoinOrder(ctx, await linksAt(ctx, group, 'MEMBER_OF', 'IN'));
  }

  @FieldResolver(() => [Membership], { description: 'Networks and groups this group belongs to.' })
  memberships(@Root() group: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, group, 'MEMBER_OF', 'OUT');
  }

  @FieldResolver(() => [Formation], { description: 'Where and when the group was formed.' })
  formedAt(@Root() group: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, group, 'FORMED_AT', 'OUT');
  }

  @FieldResolver(() => [Attendance], { description: 'Events the group (or its members as a group) took part in.' })
  attended(@Root() group: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, group, 'ATTENDED', 'OUT');
  }

  @FieldResolver(() => [Adoption], { description: 'Practices the group took up or committed to.' })
  adoptions(@Root() group: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, group, 'ADOPTED', 'OUT');
  }

  @FieldResolver(() => [Influence], { description: 'Who inspired, supported or led to an action of the group.' })
  influencedBy(@Root() group: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, group, 'INSPIRED', 'IN');
  }

  @FieldResolver(() => [Influence], { description: 'Whom the group inspired, supported or led to act.' })
  influenced(@Root() group: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, group, 'INSPIRED', 'OUT');
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => NodeType, { nullable: true, description: 'The event, or the fellow member, this joining came after (where the text gives only an order).' })
  after(@Root() m: LinkObject, @Ctx() ctx: Context) {
    return nodeRef(ctx, m.afterId);
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
