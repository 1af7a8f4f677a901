import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
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
import { linksAt, nodeRef } from './links';

export const EventCatalogueResolver = catalogueResolver(Event, 'Event', EventWhere, { one: 'event', many: 'events' });
export const SourceCatalogueResolver = catalogueResolver(Source, 'Source', SourceWhere, { one: 'source', many: 'sources' });

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => City, { nullable: true, description: 'The city where it took place.' })
  place(@Root() event: NodeObject, @Ctx() ctx: Context) {
    return nodeRef(ctx, event.place);
  }

  @FieldResolver(() => Country, { nullable: true, description: "The country: its city's, or the one stated when the text names no city." })
  async country(@Root() event: NodeObject, @Ctx() ctx: Context) {
    return (await ctx.loaders.places('areaCountry').load(event.id))[0] ?? null;
  }

  @FieldResolver(() => Region, { nullable: true, description: "The region: its country's, or the one stated when the text names neither city nor country." })
  async region(@Root() event: NodeObject, @Ctx() ctx: Context) {
    return (await ctx.loaders.places('areaRegion').load(event.id))[0] ?? null;
  }

  @FieldResolver(() => [Hub], { description: 'Hubs covering where the event took place (its city, country or region).' })
  hubs(@Root() event: NodeObject, @Ctx() ctx: Context) {
    return ctx.loaders.places('areaHubs').load(event.id);
  }

  @FieldResolver(() => [Formation], { description: 'Groups formed at the event.' })
  formed(@Root() event: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, event, 'FORMED_AT', 'IN');
  }

  @FieldResolver(() => [Influence], { description: 'What led to the event (a request, an actor whose influence it came from).' })
  influencedBy(@Root() event: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, event, 'INSPIRED', 'IN');
  }

  @FieldResolver(() => [Hosting])
  hosts(@Root() event: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, event, 'HOSTED', 'IN');
  }

  @FieldResolver(() => [Attendance], { description: 'Cities, leaders, organisations, groups and hubs that took part.' })
  attendees(@Root() event: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, event, 'ATTENDED', 'IN');
  }

  @FieldResolver(() => [Organising])
  organisers(@Root() event: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, event, 'ORGANISED', 'IN');
  }

  @FieldResolver(() => [Topic])
  topics(@Root() event: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, event, 'FOCUSED_ON', 'OUT');
  }

  @FieldResolver(() => [Influence], { description: 'Whom the event inspired, supported or led to act.' })
  inspired(@Root() event: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, event, 'INSPIRED', 'OUT');
  }

  @FieldResolver(() => [Funding])
  funding(@Root() event: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, event, 'FUNDED', 'IN');
  }
}

@Resolver(() => Influence)
export class InfluenceResolver {
  @FieldResolver(() => Practice, { nullable: true, description: 'The practice learned, where stated.' })
  practice(@Root() influence: LinkObject, @Ctx() ctx: Context) {
    return nodeRef(ctx, influence.practiceId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event through which it happened, where stated.' })
  via(@Root() influence: LinkObject, @Ctx() ctx: Context) {
    return nodeRef(ctx, influence.viaId);
  }
}

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Source, { nullable: true })
  source(@Root() citation: Citation, @Ctx() ctx: Context) {
    return nodeRef(ctx, citation.sourceId);
  }

  @FieldResolver(() => [String], { description: 'The statements (properties) this excerpt is the evidence for; empty = the fact as a whole.' })
  fields(@Root() citation: Citation): string[] {
    return citation.fields ?? [];
  }
}
