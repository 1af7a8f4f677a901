import type { Hop, InfluenceGraph } from './graph';
import { canFollow, knownAsOf, NO_FLOOR, raiseFloor, type DateSpan } from './time';

export const MAX_HOPS = 6;
export const MAX_PATHS = 50;
/** Hop expansions one search may make before it stops with what it has found. */
export const SEARCH_BUDGET = 250_000;

export interface PathOptions {
  maxHops: number;
  first: number;
  timeRespecting: boolean;
  asOf: DateSpan | null;
  budget?: number;
}

/** Whether a hop is part of the graph "as of" a date: its own date and its event ends' dates. */
export function hopKnown(g: InfluenceGraph, hop: Hop, asOf: DateSpan | null): boolean {
  if (!asOf) return true;
  return (
    knownAsOf(hop.span, asOf) &&
    knownAsOf(g.actors.get(hop.from)?.span ?? null, asOf) &&
    knownAsOf(g.actors.get(hop.to)?.span ?? null, asOf)
  );
}

/** Hop counts to `to` over known hops, ignoring time (a lower bound that prunes the search). */
function distancesTo(g: InfluenceGraph, to: string, opts: PathOptions): Map<string, number> {
  const dist = new Map([[to, 0]]);
  let frontier = [to];
  for (let d = 1; d <= opts.maxHops && frontier.length; d += 1) {
    const next: string[] = [];
    for (const v of frontier) {
      for (const hop of g.in.get(v) ?? []) {
        if (dist.has(hop.from) || !hopKnown(g, hop, opts.asOf)) continue;
        dist.set(hop.from, d);
        next.push(hop.from);
      }
    }
    frontier = next;
  }
  return dist;
}

/**
 * Simple paths from one actor to another, shortest first, at most `first` of them and
 * `maxHops` long. Iterative deepening over the exact length, pruned by the distance to
 * the target, so that each hop taken can still arrive in time; when time-respecting, a
 * hop that is certainly earlier than a previous hop is never taken. Within one length,
 * paths come in the order of their hops' dates. Bounded by `budget` expansions.
 */
export function findInfluencePaths(g: InfluenceGraph, from: string, to: string, opts: PathOptions): Hop[][] {
  if (from === to) return [];
  const dist = distancesTo(g, to, opts);
  const shortest = dist.get(from);
  if (shortest === undefined) return [];
  const found: Hop[][] = [];
  let budget = opts.budget ?? SEARCH_BUDGET;
  const onPath = new Set<string>([from]);
  const hops: Hop[] = [];

  const walk = (node: string, remaining: number, floor: string): void => {
    for (const hop of g.out.get(node) ?? []) {
      if (found.length >= opts.first || budget <= 0) return;
      budget -= 1;
      const next = hop.to;
      const d = dist.get(next);
      if (d === undefined || d > remaining - 1 || onPath.has(next)) continue;
      if (opts.timeRespecting && !canFollow(floor, hop.span)) continue;
      if (!hopKnown(g, hop, opts.asOf)) continue;
      hops.push(hop);
      if (next === to) {
        if (remaining === 1) found.push([...hops]);
      } else {
        onPath.add(next);
        walk(next, remaining - 1, opts.timeRespecting ? raiseFloor(floor, hop.span) : floor);
        onPath.delete(next);
      }
      hops.pop();
    }
  };

  for (let length = shortest; length <= opts.maxHops && found.length < opts.first && budget > 0; length += 1) {
    walk(from, length, NO_FLOOR);
  }
  return found;
}
