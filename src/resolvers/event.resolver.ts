import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { City } from '../model/city.type';
import { Event } from '../model/event.type';
import { Attendance, Funding, Hosting, Influence, Organising, Topic } from '../model/link.type';
import { Citation, type NodeObject } from '../model/node.type';
import { Practice } from '../model/practice.type';
import { Source } from '../model/source.type';
import { EventWhere, SourceWhere } from '../model/where.input';
import type { LinkObject } from '../model/link.type';
import { catalogueResolver } from './catalogue';
import { linksAt, nodeRef } from './links';
import { ListPageArgs } from '../model/list-page';

export const EventCatalogueResolver = catalogueResolver(Event, 'Event', EventWhere, { one: 'event', many: 'events' });
export const SourceCatalogueResolver = catalogueResolver(Source, 'Source', SourceWhere, { one: 'source', many: 'sources' });

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => City, { nullable: true, description: 'The city where it took place.' })
  place(@Root() event: NodeObject, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return nodeRef(ctx, event.place, info);
  }

  @FieldResolver(() => [Hosting])
  hosts(@Root() event: NodeObject, @Args(() => ListPageArgs, { validate: false }) page: ListPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linksAt(ctx, event, 'HOSTED', 'IN', info, page);
  }

  @FieldResolver(() => [Attendance], { description: 'Cities, leaders and organisations that took part.' })
  attendees(@Root() event: NodeObject, @Args(() => ListPageArgs, { validate: false }) page: ListPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linksAt(ctx, event, 'ATTENDED', 'IN', info, page);
  }

  @FieldResolver(() => [Organising])
  organisers(@Root() event: NodeObject, @Args(() => ListPageArgs, { validate: false }) page: ListPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linksAt(ctx, event, 'ORGANISED', 'IN', info, page);
  }

  @FieldResolver(() => [Topic])
  topics(@Root() event: NodeObject, @Args(() => ListPageArgs, { validate: false }) page: ListPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linksAt(ctx, event, 'FOCUSED_ON', 'OUT', info, page);
  }

  @FieldResolver(() => [Influence], { description: 'Cities the event inspired.' })
  inspired(@Root() event: NodeObject, @Args(() => ListPageArgs, { validate: false }) page: ListPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linksAt(ctx, event, 'INSPIRED', 'OUT', info, page);
  }

  @FieldResolver(() => [Funding])
  funding(@Root() event: NodeObject, @Args(() => ListPageArgs, { validate: false }) page: ListPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
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
}
