import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../context';
import { badInput, notFound } from '../errors';
import { isOneOf } from '../domain/enum';
import { ACTOR_LABELS, type ActorLabel } from '../domain/influence';
import { metricsInput, type ActorMetrics, type MetricsTable } from '../graph/influence/metrics';
import { computeMetricsAsync } from '../graph/influence/metrics-worker';
import { influenceGraph } from '../graph/influence/cache';
import type { InfluenceGraph } from '../graph/influence/graph';
import { markStale, perGraphVersion, readGraphVersion } from '../graph/versioned';
import { City } from '../model/city.type';
import { Event } from '../model/event.type';
import { Group } from '../model/group.type';
import { Hub } from '../model/hub.type';
import { Leader } from '../model/leader.type';
import { Influencer, NetworkMetrics } from '../model/metrics.type';
import { NodeType, type NodeObject } from '../model/node.type';
import { Organisation } from '../model/organisation.type';
import { FirstArg } from '../model/connection';
import { NodeKind } from '../model/enums';

/**
 * The request's metrics table: computed once per graph version and shared by every request,
 * in a worker thread when the graph is large (metrics-worker.ts). Just after a write, the
 * last table is served, marked stale, while the new one is computed (issue 10: no request
 * waits seconds for a metrics rebuild). One version check per request for all its fields.
 */
const metricsFor = (ctx: Context): Promise<{ value: { table: MetricsTable; g: InfluenceGraph }; stale: boolean }> =>
  ctx.loaders.once('influence.metrics', () =>
    perGraphVersion(
      ctx.db,
      'influence.metrics',
      async () => {
        // The table is kept with the projection it was computed on, so that a stale table is
        // read with the actors of its own version (topInfluencers' filters) without waiting.
        const g = await influenceGraph(ctx.db);
        return { table: await computeMetricsAsync(metricsInput(g)), g };
      },
      { stale: true, version: ctx.loaders.once('graph-version', () => readGraphVersion(ctx.db)) },
    ).then(markStale(ctx)),
  );

const withStale = (m: ActorMetrics | undefined, stale: boolean): NetworkMetrics | null => (m ? { ...m, stale } : null);

/** `metrics` on one actor type; every actor of a request shares one table (no per-node reads). */
function metricsField<T extends object>(type: ClassType<T>, label: ActorLabel) {
  @Resolver(() => type)
  class MetricsFieldResolver {
    @FieldResolver(() => NetworkMetrics, {
      nullable: true,
      description: 'Influence, brokerage, community and degree in the influence graph.',
    })
    async metrics(@Root() node: NodeObject, @Ctx() ctx: Context): Promise<NetworkMetrics | null> {
      const { value, stale } = await metricsFor(ctx);
      return withStale(value.table.byId.get(node.id), stale);
    }
  }
  Object.defineProperty(MetricsFieldResolver, 'name', { value: `${label}MetricsResolver` });
  return MetricsFieldResolver;
}

export const CityMetricsResolver = metricsField(City, 'City');
export const OrganisationMetricsResolver = metricsField(Organisation, 'Organisation');
export const EventMetricsResolver = metricsField(Event, 'Event');
export const LeaderMetricsResolver = metricsField(Leader, 'Leader');
export const HubMetricsResolver = metricsField(Hub, 'Hub');
export const GroupMetricsResolver = metricsField(Group, 'Group');

@Resolver()
export class TopInfluencersResolver {
  @Query(() => [Influencer], {
    description:
      'Actors ranked by influence (PageRank over the influence hops), optionally only those of some types, in a region or covered by a hub.',
  })
  async topInfluencers(
    @FirstArg(10) { first }: { first: number },
    @Arg('region', () => ID, {
      nullable: true,
      description: 'Only actors placed in this region (cities, events by venue, organisations by country, leaders by city).',
    })
    region: string | null,
    @Arg('hub', () => ID, { nullable: true, description: 'Only actors covered by this hub (directly or through their country or region).' })
    hub: string | null,
    @Arg('types', () => [NodeKind], { nullable: true, description: 'Only these actor types (City, Event, Organisation, Leader, Hub).' })
    types: NodeKind[] | null,
    @Ctx() ctx: Context,
  ): Promise<Influencer[]> {
    const wrongType = types?.find((t) => !isOneOf(ACTOR_LABELS, t));
    if (wrongType) throw badInput('types', `"${wrongType}" nodes take no part in influence; use ${ACTOR_LABELS.join(', ')}.`);
    const [{ value, stale }, regionNode, hubNode] = await Promise.all([
      metricsFor(ctx),
      region ? ctx.loaders.node.load(region) : null,
      hub ? ctx.loaders.node.load(hub) : null,
    ]);
    if (region && regionNode?.__typename !== 'Region') throw notFound(region, 'region', 'region');
    if (hub && hubNode?.__typename !== 'Hub') throw notFound(hub, 'hub', 'hub');
    const { table, g } = value;
    const picked: Influencer[] = [];
    for (const id of table.ranking) {
      const actor = g.actors.get(id)!;
      if ((types && !types.includes(actor.label)) || (region && actor.region !== region) || (hub && !actor.hubs.includes(hub))) continue;
      picked.push({ rank: picked.length + 1, actorId: id, metrics: withStale(table.byId.get(id), stale)! });
      if (picked.length >= first) break;
    }
    return picked;
  }
}

@Resolver(() => Influencer)
export class InfluencerResolver {
  @FieldResolver(() => NodeType)
  actor(@Root() influencer: Influencer, @Ctx() ctx: Context) {
    return ctx.loaders.node.load(influencer.actorId);
  }
}
