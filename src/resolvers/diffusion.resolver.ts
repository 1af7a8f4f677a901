import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { badInput, notFound } from '../errors';
import { assembleCascade, readCascade } from '../graph/influence/diffusion';
import { MAX_HOPS, MAX_PATHS } from '../graph/influence/paths';
import { tracePaths, traceReach, type TracedHop } from '../graph/influence/traverse';
import { spanOf } from '../graph/influence/time';
import { childFields } from '../loaders/selection';
import { Diffusion, InfluencePath, Reach, ReachDirection, type InfluenceHop } from '../model/diffusion.type';
import { PracticeCategory, type InfluenceKind } from '../model/enums';
import { PartialDateScalar } from '../model/partial-date';
import { FirstArg, MAX_PAGE_SIZE } from '../model/connection';
import { checkRange } from './diffusion-graph';

/** Same ceiling as every other page of the API (MAX_PAGE_SIZE, enforced by the limits plugin too). */
const MAX_REACH = MAX_PAGE_SIZE;

const ACTOR_KINDS = 'city, event, organisation, group, leader or hub';

/** The fields selected under `nodes` along `path` (`['path', 'hops']`), all aliases merged. */
function selectedUnder(info: GraphQLResolveInfo, path: string[]): Set<string> {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    nodes = childFields(nodes, info.fragments).get(name) ?? [];
    if (!nodes.length) return new Set();
  }
  return new Set(childFields(nodes, info.fragments).keys());
}

/** Whether the hops' evidence (citations, description) is selected: only then is it read. */
const wantsEvidence = (hops: Set<string>): boolean => hops.has('citations') || hops.has('description');

const toHopObject = (h: TracedHop): InfluenceHop => ({
  kind: h.kind,
  date: h.date,
  citations: h.citations,
  description: h.description,
  influenceKind: (h.influenceKind as InfluenceKind | null) ?? null,
  fromId: h.from,
  toId: h.to,
  practiceId: h.practice,
  viaId: h.via,
  fromLabel: h.fromLabel,
  toLabel: h.toLabel,
  fromName: h.fromName,
  toName: h.toName,
});

const toPathObject = (hops: TracedHop[]): InfluencePath => ({ length: hops.length, hops: hops.map(toHopObject) });

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
    @Info() info: GraphQLResolveInfo,
  ): Promise<InfluencePath[]> {
    checkRange('maxHops', maxHops, 1, MAX_HOPS);
    // One statement: the search runs in Neo4j and only the paths shown come back (influence/traverse.ts).
    const { missing, paths } = await tracePaths(ctx.db, {
      from,
      to,
      maxHops,
      timeRespecting,
      asOfEnd: spanOf(asOf)?.end ?? null,
      first,
      evidence: wantsEvidence(selectedUnder(info, ['hops'])),
    });
    if (missing) throw notFound(missing === 'from' ? from : to, ACTOR_KINDS, missing);
    return paths.map(toPathObject);
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
    @Info() info: GraphQLResolveInfo,
  ): Promise<Reach[]> {
    checkRange('maxHops', maxHops, 1, MAX_HOPS);
    // One statement, breadth first in Neo4j; it stops at the level that fills the page (influence/traverse.ts).
    const reached = await traceReach(ctx.db, {
      id,
      direction,
      maxHops,
      timeRespecting,
      asOfEnd: spanOf(asOf)?.end ?? null,
      first,
      withPath: selectedUnder(info, []).has('path'),
      evidence: wantsEvidence(selectedUnder(info, ['path', 'hops'])),
    });
    if (!reached) throw notFound(id, ACTOR_KINDS, 'id');
    return reached.map((r) => ({ actorId: r.id, actorLabel: r.label, actorName: r.name, depth: r.depth, path: toPathObject(r.path) }));
  }
}
