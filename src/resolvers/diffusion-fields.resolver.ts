import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { City } from '../model/city.type';
import { Country } from '../model/country.type';
import { CascadeAdopter, CascadeEdge, Diffusion, InfluenceHop, Reach } from '../model/diffusion.type';
import { Event } from '../model/event.type';
import { NodeType, type NodeObject } from '../model/node.type';
import { Practice } from '../model/practice.type';
import { Region } from '../model/region.type';

/*
 * Diffusion objects hold ids; their node fields go through the request's node loader,
 * so all ends of all hops of an answer are fetched in one round trip per level.
 */
const one = (ctx: Context, id: string | null | undefined): Promise<NodeObject | null> | null => (id ? ctx.loaders.node.load(id) : null);
const many = async (ctx: Context, ids: string[]): Promise<NodeObject[]> =>
  (await ctx.loaders.node.loadMany(ids)).filter((n): n is NodeObject => !!n && !(n instanceof Error));

@Resolver(() => InfluenceHop)
export class InfluenceHopResolver {
  @FieldResolver(() => NodeType, { description: 'The actor influence came from.' })
  from(@Root() hop: InfluenceHop, @Ctx() ctx: Context) {
    return one(ctx, hop.fromId);
  }

  @FieldResolver(() => NodeType, { description: 'The actor it reached.' })
  to(@Root() hop: InfluenceHop, @Ctx() ctx: Context) {
    return one(ctx, hop.toId);
  }

  @FieldResolver(() => Practice, {
    nullable: true,
    description: 'The practice concerned, where stated (INSPIRED) or adopted (ADOPTED_AFTER).',
  })
  practice(@Root() hop: InfluenceHop, @Ctx() ctx: Context) {
    return one(ctx, hop.practiceId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'INSPIRED only: the event through which it happened, where stated.' })
  via(@Root() hop: InfluenceHop, @Ctx() ctx: Context) {
    return one(ctx, hop.viaId);
  }
}

@Resolver(() => Reach)
export class ReachResolver {
  @FieldResolver(() => NodeType)
  actor(@Root() reach: Reach, @Ctx() ctx: Context) {
    return one(ctx, reach.actorId);
  }
}

@Resolver(() => CascadeAdopter)
export class CascadeAdopterResolver {
  @FieldResolver(() => NodeType, { description: 'Who took it up: a city, group, organisation or country.' })
  adopter(@Root() adopter: CascadeAdopter, @Ctx() ctx: Context) {
    return one(ctx, adopter.cityId);
  }

  @FieldResolver(() => City, { nullable: true, deprecationReason: 'Groups, organisations and countries adopt too: use `adopter`.' })
  async city(@Root() adopter: CascadeAdopter, @Ctx() ctx: Context) {
    const node = await one(ctx, adopter.cityId);
    return node?.__typename === 'City' ? node : null;
  }

  @FieldResolver(() => Practice)
  practice(@Root() adopter: CascadeAdopter, @Ctx() ctx: Context) {
    return one(ctx, adopter.practiceId);
  }
}

@Resolver(() => CascadeEdge)
export class CascadeEdgeResolver {
  @FieldResolver(() => NodeType, { description: 'Who (or which event or organisation) inspired.' })
  from(@Root() edge: CascadeEdge, @Ctx() ctx: Context) {
    return one(ctx, edge.fromId);
  }

  @FieldResolver(() => NodeType, { description: 'Who acted: a city, organisation, group, leader, event or hub.' })
  to(@Root() edge: CascadeEdge, @Ctx() ctx: Context) {
    return one(ctx, edge.toId);
  }

  @FieldResolver(() => Practice, {
    nullable: true,
    description: 'The practice named by the relationship (null when the documents leave it implicit).',
  })
  practice(@Root() edge: CascadeEdge, @Ctx() ctx: Context) {
    return one(ctx, edge.practiceId);
  }

  @FieldResolver(() => Event, { nullable: true })
  via(@Root() edge: CascadeEdge, @Ctx() ctx: Context) {
    return one(ctx, edge.viaId);
  }
}

@Resolver(() => Diffusion)
export class DiffusionFieldsResolver {
  @FieldResolver(() => [Practice], { description: 'The practices of the cascade (one when asked by practiceId).' })
  practices(@Root() d: Diffusion, @Ctx() ctx: Context) {
    return many(ctx, d.practiceIds);
  }

  @FieldResolver(() => [NodeType], {
    description:
      'Where it started: actors of the cascade with no documented earlier source — originators and independent adopters. Not an event another actor passed the practice on through (`via`), nor an actor that took up none of its practices and only supported or led to adoptions.',
  })
  roots(@Root() d: Diffusion, @Ctx() ctx: Context) {
    return many(ctx, d.rootIds);
  }

  @FieldResolver(() => [Country], { description: 'Countries of the adopters and of the cities inspired.' })
  countries(@Root() d: Diffusion, @Ctx() ctx: Context) {
    return many(ctx, d.countryIds);
  }

  @FieldResolver(() => [Region])
  regions(@Root() d: Diffusion, @Ctx() ctx: Context) {
    return many(ctx, d.regionIds);
  }
}
