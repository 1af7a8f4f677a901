import type { Context } from '../context';
import { badInput } from '../errors';
import { influenceGraph } from '../graph/influence/cache';
import type { InfluenceGraph } from '../graph/influence/graph';

/*
 * What the diffusion and metrics resolvers share: the request's view of the influence
 * projection (one version check per request, however many fields ask) and argument bounds.
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
