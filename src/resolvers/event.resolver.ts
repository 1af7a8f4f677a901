import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { City } from '../model/city.type';
import { Event } from '../model/event.type';
import { Attendance, Formation, Funding, Hosting, Influence, Organising, Topic } from '../model/link.type';
import { Country } from '../model/country.type';
import { Hub } from '../model/hub.type';
import { Region } from '../model/region.type';
import { Citation, type NodeObject } from '../model/node.type';
import { Practice } from '../model/practice.type';
import { Source } from '../model/source.type';
import { EventWhere, SourceWhere } from '../model/where.input';
import type { LinkObject } from '../model/link.type';
import { catalogueResolver } from './catalogue';
import { linksAt, nodeRef, placeOne, placesAt } from './links';
import { PageArgs } from '../model/list-page';

export const EventCatalogueResolver = catalogueResolver(Event, 'Event', EventWhere, { one: 'event', many: 'events' });
export const SourceCatalogueResolver = catalogueResolver(Source, 'Source', SourceWhere, { one: 'source', many: 'sources' });

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => City, { nullable: true, description: 'The city where it took place.' })
  place(@Root() event: NodeObject, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return nodeRef(ctx, event.place, info);
  }

  @FieldResolver(() => Country, { nullable: true, description: "The country: its city's, or the one stated when the text names no city." })
  async country(@Root() event: NodeObject, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return placeOne(ctx, event, 'areaCountry', info);
  }

  @FieldResolver(() => Region, {
    nullable: true,
    description: "The region: its country's, or the one stated when the text names neither city nor country.",
  })
  async region(@Root() event: NodeObject, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return placeOne(ctx, event, 'areaRegion', info);
  }

  @FieldResolver(() => [Hub], { description: 'Hubs covering where the event took place (its city, country or region).' })
  hubs(
    @Root() event: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return placesAt(ctx, event, 'areaHubs', info, page);
  }

  @FieldResolver(() => [Formation], { description: 'Groups formed at the event.' })
  formed(
    @Root() event: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, event, 'FORMED_AT', 'IN', info, page);
  }

  @FieldResolver(() => [Influence], { description: 'What led to the event (a request, an actor whose influence it came from).' })
  influencedBy(
    @Root() event: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, event, 'INSPIRED', 'IN', info, page);
  }

  @FieldResolver(() => [Hosting])
  hosts(
    @Root() event: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, event, 'HOSTED', 'IN', info, page);
  }

  @FieldResolver(() => [Attendance], { description: 'Cities, leaders, organisations, groups and hubs that took part.' })
  attendees(
    @Root() event: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, event, 'ATTENDED', 'IN', info, page);
  }

  @FieldResolver(() => [Organising])
  organisers(
    @Root() event: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, event, 'ORGANISED', 'IN', info, page);
  }

  @FieldResolver(() => [Topic])
  topics(
    @Root() event: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, event, 'FOCUSED_ON', 'OUT', info, page);
  }

  @FieldResolver(() => [Influence], { description: 'Whom the event inspired, supported or led to act.' })
  inspired(
    @Root() event: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, event, 'INSPIRED', 'OUT', info, page);
  }

  @FieldResolver(() => [Funding])
  funding(
    @Root() event: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, event, 'FUNDED', 'IN', info, page);
  }
}

@Resolver(() => Influence)
export class InfluenceResolver {
  @FieldResolver(() => Practice, { nullable: true, description: 'The practice learned, where stated.' })
  practice(@Root() influence: LinkObject, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return nodeRef(ctx, influence.practiceId, info);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event through which it happened, where stated.' })
  via(@Root() influence: LinkObject, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return nodeRef(ctx, influence.viaId, info);
  }
}

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Source, { nullable: true })
  source(@Root() citation: Citation, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return nodeRef(ctx, citation.sourceId, info);
  }

  @FieldResolver(() => [String], {
    description: 'The statements (properties) this excerpt is the evidence for; empty = the fact as a whole.',
  })
  fields(@Root() citation: Citation): string[] {
    return citation.fields ?? [];
  }
}
