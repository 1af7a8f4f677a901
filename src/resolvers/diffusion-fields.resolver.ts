import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { City } from '../model/city.type';
import { Country } from '../model/country.type';
import { CascadeAdopter, CascadeEdge, Diffusion, InfluenceHop, Reach } from '../model/diffusion.type';
import { Event } from '../model/event.type';
import { Citation, NodeType, type NodeObject } from '../model/node.type';
import { selectedProps } from '../loaders/selection';
import { isNodeLabel } from '../domain/labels';
import { knownNode } from '../graph/records';
import { Practice } from '../model/practice.type';
import { Region } from '../model/region.type';

/*
 * Diffusion objects hold ids; their node fields go through the request's node loader,
 * so all ends of all hops of an answer are fetched in one round trip per level.
 */
const one = (ctx: Context, id: string | null | undefined): Promise<NodeObject | null> | null => (id ? ctx.loaders.node.load(id) : null);
const many = async (ctx: Context, ids: string[]): Promise<NodeObject[]> =>
  (await ctx.loaders.node.loadMany(ids)).filter((n): n is NodeObject => !!n && !(n instanceof Error));

/** Properties a neighbourhood read brings for its actors (a name's selection also reads `title`, for sources). */
const KNOWN = new Set(['id', 'name', 'title']);

/**
 * An actor of a path or reach answer with what the selection needs: nothing is read when it
 * asks only for what the neighbourhood read brought (id, label, name).
 */
const actor = (
  ctx: Context,
  id: string | null | undefined,
  known: { label?: string | null; name?: string | null },
  info: GraphQLResolveInfo,
) => {
  if (!id) return null;
  const props = selectedProps(info);
  if (known.label && isNodeLabel(known.label) && props.every((p) => KNOWN.has(p))) return knownNode(id, known.label, known.name);
  return ctx.loaders.nodeWith(id, props);
};

@Resolver(() => InfluenceHop)
export class InfluenceHopResolver {
  @FieldResolver(() => NodeType, { description: 'The actor influence came from.' })
  from(@Root() hop: InfluenceHop, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return actor(ctx, hop.fromId, { label: hop.fromLabel, name: hop.fromName }, info);
  }

  @FieldResolver(() => NodeType, { description: 'The actor it reached.' })
  to(@Root() hop: InfluenceHop, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return actor(ctx, hop.toId, { label: hop.toLabel, name: hop.toName }, info);
  }

  @FieldResolver(() => Practice, {
    nullable: true,
    description: 'The practice concerned, where stated (INSPIRED) or adopted (ADOPTED_AFTER).',
  })
  practice(@Root() hop: InfluenceHop, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return actor(ctx, hop.practiceId, {}, info);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'INSPIRED only: the event through which it happened, where stated.' })
  via(@Root() hop: InfluenceHop, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return actor(ctx, hop.viaId, {}, info);
  }

  // Hops of neighbourhood reads carry the element ids of their relationships: their evidence
  // is read here, for the hops shown and only when selected, all hops of a level in one statement.
  @FieldResolver(() => [Citation], { description: 'Evidence: never empty for stored facts.' })
  async citations(@Root() hop: InfluenceHop, @Ctx() ctx: Context): Promise<Citation[]> {
    if (!hop.rels) return hop.citations;
    const evidence = await Promise.all(hop.rels.map((r) => ctx.loaders.evidence(r)));
    return evidence.flatMap((e) => e?.citations ?? []);
  }

  @FieldResolver(() => String, { nullable: true, description: 'INSPIRED hops: the action, where the text states one.' })
  async description(@Root() hop: InfluenceHop, @Ctx() ctx: Context): Promise<string | null> {
    if (!hop.rels) return hop.description ?? null;
    if (hop.kind !== 'INSPIRED' || !hop.rels[0]) return null;
    return (await ctx.loaders.evidence(hop.rels[0]))?.description ?? null;
  }
}

@Resolver(() => Reach)
export class ReachResolver {
  @FieldResolver(() => NodeType)
  actor(@Root() reach: Reach, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return actor(ctx, reach.actorId, { label: reach.actorLabel, name: reach.actorName }, info);
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
