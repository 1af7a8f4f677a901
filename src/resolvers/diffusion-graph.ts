import type { Context } from '../context';
import { badInput } from '../errors';
import { influenceGraph } from '../graph/influence/cache';
import type { InfluenceKind } from '../model/enums';
import type { Hop, InfluenceGraph } from '../graph/influence/graph';
import type { InfluenceHop } from '../model/diffusion.type';

/*
 * What the diffusion and metrics resolvers share: the request's view of the influence
 * projection (one version check per request, however many fields ask), argument bounds,
 * and the mapping of a hop to its GraphQL object.
 */
const perRequest = new WeakMap<Context, Promise<InfluenceGraph>>();

/** The influence graph for this request: checked against the graph version once. */
export function graphFor(ctx: Context): Promise<InfluenceGraph> {
  let g = perRequest.get(ctx);
  if (!g) perRequest.set(ctx, (g = influenceGraph(ctx.db)));
  return g;
}

/** Refuses an integer argument outside [min, max], naming the argument. */
export function checkRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(field, `"${field}" must be a whole number from ${min} to ${max}; it is ${value}.`);
  return value;
}

export const toHopObject = (hop: Hop, g?: InfluenceGraph): InfluenceHop => ({
  kind: hop.kind,
  date: hop.date,
  citations: hop.citations,
  fromId: hop.from,
  toId: hop.to,
  practiceId: hop.practice,
  viaId: hop.via,
  influenceKind: (hop.influenceKind as InfluenceKind | null | undefined) ?? null,
  description: hop.description ?? null,
  fromLabel: g?.actors.get(hop.from)?.label ?? null,
  toLabel: g?.actors.get(hop.to)?.label ?? null,
  fromName: g?.actors.get(hop.from)?.name ?? null,
  toName: g?.actors.get(hop.to)?.name ?? null,
  rels: hop.rels,
});

/** A path as its GraphQL object; with `g`, the hops know their ends' labels. */
export const toPathObject = (hops: Hop[], g?: InfluenceGraph) => ({ length: hops.length, hops: hops.map((h) => toHopObject(h, g)) });
