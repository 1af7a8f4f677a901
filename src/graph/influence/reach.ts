import type { ReachDirection } from '../../domain/influence';
import type { Hop, InfluenceGraph } from './graph';
import { hopKnown } from './paths';
import { canFollow, canPrecede, lowerCeiling, NO_CEILING, NO_FLOOR, raiseFloor, type DateSpan } from './time';

export interface ReachOptions {
  direction: ReachDirection;
  maxHops: number;
  timeRespecting: boolean;
  asOf: DateSpan | null;
}

export interface Reached {
  id: string;
  depth: number;
  /** The hops from the reached actor's side to the start, in the direction influence flows. */
  path: Hop[];
}

/** One way of arriving at a node: how deep, how constrained in time, and from where. */
interface Label {
  node: string;
  depth: number;
  bound: string;
  hop: Hop | null;
  prev: Label | null;
}

const onChain = (label: Label, node: string): boolean => {
  for (let l: Label | null = label; l; l = l.prev) if (l.node === node) return true;
  return false;
};

/**
 * Who an actor influenced (DOWNSTREAM) or what influenced it (UPSTREAM), breadth first up
 * to `maxHops`. When time-respecting, a node may be reached several ways that constrain
 * what can follow differently (an early hop leaves more room than a late one), so each node
 * keeps the labels no other label beats on both depth and time bound — at most one per
 * depth — and each actor is reported once, at its smallest depth, with the path that got
 * there leaving the most room in time.
 */
export function influenceReach(g: InfluenceGraph, start: string, opts: ReachOptions): Reached[] {
  const down = opts.direction === 'DOWNSTREAM';
  const better = (a: string, b: string) => (down ? a <= b : a >= b);
  const labels = new Map<string, Label[]>();
  let frontier: Label[] = [{ node: start, depth: 0, bound: down ? NO_FLOOR : NO_CEILING, hop: null, prev: null }];
  for (let depth = 1; depth <= opts.maxHops && frontier.length; depth += 1) {
    const next: Label[] = [];
    const slot = new Map<string, number>();
    for (const label of frontier) {
      for (const hop of (down ? g.out : g.in).get(label.node) ?? []) {
        const node = down ? hop.to : hop.from;
        if (node === start || !hopKnown(g, hop, opts.asOf) || onChain(label, node)) continue;
        let bound = label.bound;
        if (opts.timeRespecting) {
          if (down ? !canFollow(bound, hop.span) : !canPrecede(bound, hop.span)) continue;
          bound = down ? raiseFloor(bound, hop.span) : lowerCeiling(bound, hop.span);
        }
        const existing = labels.get(node) ?? [];
        if (existing.some((l) => better(l.bound, bound))) continue;
        const kept = existing.filter((l) => l.depth < depth);
        const added: Label = { node, depth, bound, hop, prev: label };
        labels.set(node, [...kept, added]);
        const i = slot.get(node);
        if (i !== undefined) next[i] = added;
        else slot.set(node, next.push(added) - 1);
      }
    }
    frontier = next;
  }
  const reached: Reached[] = [];
  for (const [id, ls] of labels) {
    const best = ls.reduce((a, b) => (b.depth < a.depth || (b.depth === a.depth && better(b.bound, a.bound)) ? b : a));
    const path: Hop[] = [];
    for (let l: Label | null = best; l?.hop; l = l.prev) path.push(l.hop);
    reached.push({ id, depth: best.depth, path: down ? path.reverse() : path });
  }
  return reached.sort((a, b) => a.depth - b.depth || pathStart(a).localeCompare(pathStart(b)) || a.id.localeCompare(b.id));
}

const pathStart = (r: Reached): string => r.path.find((h) => h.span)?.span?.start ?? '9999';
