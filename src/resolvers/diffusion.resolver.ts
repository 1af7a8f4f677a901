import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { badInput, notFound } from '../errors';
import { assembleCascade, readCascade } from '../graph/influence/diffusion';
import type { InfluenceGraph } from '../graph/influence/graph';
import { findInfluencePaths, MAX_HOPS, MAX_PATHS } from '../graph/influence/paths';
import { influenceReach, type Reached } from '../graph/influence/reach';
import { localInfluenceGraph, pathScope, reachScope } from '../graph/influence/local';
import { spanOf } from '../graph/influence/time';
import { Diffusion, InfluencePath, Reach, ReachDirection } from '../model/diffusion.type';
import { PracticeCategory } from '../model/enums';
import { PartialDateScalar } from '../model/partial-date';
import { FirstArg, MAX_PAGE_SIZE } from '../model/connection';
import { checkRange, toPathObject } from './diffusion-graph';

/** Same ceiling as every other page of the API (MAX_PAGE_SIZE, enforced by the limits plugin too). */
const MAX_REACH = MAX_PAGE_SIZE;

function requireActor(g: InfluenceGraph, id: string, field: string): void {
  if (!g.actors.has(id)) throw notFound(id, 'city, event, organisation, group, leader or hub', field);
}

/** Diffusion tracing: cascades, influence paths with per-hop evidence, and reach. */
@Resolver()
export class DiffusionResolver {
  @Query(() => Diffusion, {
    description:
      'The cascade of one practice (practiceId) or of every practice of a category: adopters in time order with their generation, who learned from whom with the lag, roots, and the countries and regions reached. With asOf, only facts not certainly after that date count (undated facts count as known).',
  })
  async diffusion(
    @Arg('practiceId', () => ID, { nullable: true }) practiceId: string | null,
    @Arg('category', () => PracticeCategory, { nullable: true }) category: PracticeCategory | null,
    @Arg('asOf', () => PartialDateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<Diffusion> {
    if (!practiceId === !category)
      throw badInput(practiceId ? 'category' : 'practiceId', 'Give exactly one of "practiceId" and "category".');
    const rows = await readCascade(ctx.db, { practiceId, category });
    if (practiceId && !rows.practiceIds.length) throw notFound(practiceId, 'practice', 'practiceId');
    return { category: category ?? null, asOf: asOf ?? null, ...assembleCascade(rows, asOf) } as unknown as Diffusion;
  }

  @Query(() => [InfluencePath], {
    description: `Paths by which influence travelled from one actor (city, event, organisation, leader, hub) to another, shortest first, each hop with its evidence. Time-respecting paths never take a hop certainly earlier than a previous one (undated hops and same-period hops may follow). maxHops at most ${MAX_HOPS}, first at most ${MAX_PATHS}.`,
  })
  async influencePaths(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { defaultValue: 4 }) maxHops: number,
    @Arg('timeRespecting', () => Boolean, { defaultValue: true }) timeRespecting: boolean,
    @FirstArg(10, MAX_PATHS) { first }: { first: number },
    @Arg('asOf', () => PartialDateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Context,
  ) {
    checkRange('maxHops', maxHops, 1, MAX_HOPS);
    // Only the neighbourhood that can hold such paths is read, in Neo4j (influence/local.ts).
    const g = await localInfluenceGraph(ctx.db, pathScope(from, to, maxHops));
    requireActor(g, from, 'from');
    requireActor(g, to, 'to');
    return findInfluencePaths(g, from, to, { maxHops, first, timeRespecting, asOf: spanOf(asOf) }).map((hops) => toPathObject(hops, g));
  }

  @Query(() => [Reach], {
    description: `Whom an actor influenced (DOWNSTREAM) or what influenced it (UPSTREAM), each actor once at its smallest depth with the path that shows how. Time-respecting by default, like influencePaths. maxHops at most ${MAX_HOPS}; first (default 100) at most ${MAX_REACH}.`,
  })
  async influenceReach(
    @Arg('id', () => ID) id: string,
    @Arg('direction', () => ReachDirection, { defaultValue: ReachDirection.DOWNSTREAM }) direction: ReachDirection,
    @Arg('maxHops', () => Int, { defaultValue: 3 }) maxHops: number,
    @Arg('asOf', () => PartialDateScalar, { nullable: true }) asOf: string | null,
    @Arg('timeRespecting', () => Boolean, { defaultValue: true }) timeRespecting: boolean,
    @FirstArg(100, MAX_REACH) { first }: { first: number },
    @Ctx() ctx: Context,
  ) {
    checkRange('maxHops', maxHops, 1, MAX_HOPS);
    const opts = { direction, maxHops, timeRespecting, asOf: spanOf(asOf) };
    // Actors come out by depth, so once the walks of fewer hops fill the page, deeper levels
    // cannot enter it: the read stops there (exact, as the walk is breadth first).
    const early: { reached?: Reached[] } = {};
    const g = await localInfluenceGraph(ctx.db, reachScope(id, direction, maxHops), (part, hops) => {
      const reached = influenceReach(part, id, { ...opts, maxHops: hops });
      if (reached.length < first) return false;
      early.reached = reached;
      return true;
    });
    requireActor(g, id, 'id');
    return (early.reached ?? influenceReach(g, id, opts)).slice(0, first).map((r) => {
      const a = g.actors.get(r.id);
      return { actorId: r.id, actorLabel: a?.label ?? null, actorName: a?.name ?? null, depth: r.depth, path: toPathObject(r.path, g) };
    });
  }
}
