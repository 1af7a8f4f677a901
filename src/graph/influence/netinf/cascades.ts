/**
 * Adoption cascades in the shape NetworkInference works on (R/cascade.R `as_cascade_long`):
 * integer node ids in order of first appearance, cascades in R's `split()` order (their ids
 * sorted), and within each cascade the adopters ordered by time, ties kept in input order.
 */
import { NetinfInputError } from './models';

/** One adoption: `node` adopted in `cascade` at `time` (a number; dates are converted before). */
export interface AdoptionEvent {
  node: string;
  cascade: string;
  time: number;
}

export interface Cascades {
  /** Node names; a node's id is its index here. */
  nodeNames: string[];
  /** Cascade ids in the order the algorithm visits them. */
  cascadeIds: string[];
  /** Per cascade: node ids ordered by adoption time (stable). */
  nodes: Int32Array[];
  /** Per cascade: the matching adoption times (ascending). */
  times: Float64Array[];
}

/**
 * How the cascade ids are ordered. R's `split()` sorts them with the session's collation, and
 * the order decides the order of floating-point sums, hence (rarely) which of two equal-gain
 * edges wins. `'c'` is R under LC_COLLATE=C (code-point order, what the fixtures use); `'input'`
 * keeps the order of first appearance; a list gives the order explicitly.
 */
export type CascadeOrder = 'c' | 'input';

const codePointCompare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function buildCascades(
  events: readonly AdoptionEvent[],
  opts: { order?: CascadeOrder | readonly string[]; nodeNames?: readonly string[] } = {},
): Cascades {
  const nodeNames = opts.nodeNames ? [...opts.nodeNames] : [];
  const nodeId = new Map<string, number>(nodeNames.map((n, i) => [n, i]));
  const byCascade = new Map<string, { node: number; time: number }[]>();
  events.forEach((ev, row) => {
    if (!Number.isFinite(ev.time))
      throw new NetinfInputError(`Adoption ${row + 1} (${ev.node} in ${ev.cascade}) has no numeric time.`, 'time');
    let id = nodeId.get(ev.node);
    if (id === undefined) {
      if (opts.nodeNames) throw new NetinfInputError(`Node "${ev.node}" (adoption ${row + 1}) is not among the given node names.`, 'node');
      id = nodeNames.length;
      nodeNames.push(ev.node);
      nodeId.set(ev.node, id);
    }
    let list = byCascade.get(ev.cascade);
    if (!list) byCascade.set(ev.cascade, (list = []));
    list.push({ node: id, time: ev.time });
  });
  let cascadeIds = [...byCascade.keys()];
  if (Array.isArray(opts.order)) {
    const missing = cascadeIds.find((id) => !(opts.order as readonly string[]).includes(id));
    if (missing !== undefined) throw new NetinfInputError(`Cascade "${missing}" is not in the given cascade order.`, 'cascade');
    cascadeIds = (opts.order as readonly string[]).filter((id) => byCascade.has(id));
  } else if ((opts.order ?? 'c') === 'c') cascadeIds.sort(codePointCompare);
  const nodes: Int32Array[] = [];
  const times: Float64Array[] = [];
  for (const cid of cascadeIds) {
    const list = byCascade.get(cid) ?? [];
    const seen = new Set<number>();
    for (const a of list) {
      // The package would silently use the first of two rows; a node adopts a practice once.
      if (seen.has(a.node)) throw new NetinfInputError(`Node "${nodeNames[a.node]}" appears twice in cascade "${cid}".`, 'node');
      seen.add(a.node);
    }
    // Array.prototype.sort is stable, like R's order() on doubles.
    const sorted = [...list].sort((a, b) => a.time - b.time);
    nodes.push(Int32Array.from(sorted, (a) => a.node));
    times.push(Float64Array.from(sorted, (a) => a.time));
  }
  return { nodeNames, cascadeIds, nodes, times };
}

/**
 * The edges the data allow (possible_edges.cpp): u → v is possible when u adopted strictly
 * before v in at least one cascade. Tied adopters can never be each other's source.
 */
export function countPossibleEdges(c: Cascades): number {
  const n = c.nodeNames.length;
  const seen = new Set<number>();
  c.nodes.forEach((ids, k) => {
    const t = c.times[k] as Float64Array;
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        if ((t[i] as number) < (t[j] as number)) seen.add((ids[j] as number) * n + (ids[i] as number));
  });
  return seen.size;
}
