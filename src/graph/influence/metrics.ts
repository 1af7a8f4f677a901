import { DirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import louvain from 'graphology-communities-louvain';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import type { HopKind } from '../../domain/influence';
import type { InfluenceGraph } from './graph';

/**
 * Network metrics of the influence graph, computed with graphology on the cached
 * projection (cache.ts) once per graph version however many requests ask — in a worker
 * thread for large graphs, and served stale just after a write (metrics.resolver.ts).
 *
 * - pagerank: influence. Run on the graph reversed (each hop points from who was reached
 *   to who reached it, as citations point to what they cite), so that credit flows to the
 *   actors whose example travelled, and further to those *they* learned from. Hops are
 *   weighted by how directly they carry influence (PAGERANK_WEIGHT). Attendance is left
 *   out: reversed, it would credit every participant with the event's effect, and feed
 *   "attended, then was inspired by it" loops back to the attendee. So an actor ranks
 *   above the uniform baseline exactly when it inspired, hosted or organised something
 *   that others were reached by.
 * - betweenness: brokers, on the directed hops, unweighted, normalised to 0..1. Exact up to
 *   EXACT_BETWEENNESS_LIMIT actors; above, estimated from a fixed sample of sources
 *   (Brandes & Pich 2007) so that a 10k-city graph stays in seconds.
 * - community: Louvain on the directed hops (weight: how many hops join two actors) with a seeded random source, so the
 *   same graph always gives the same communities; numbered by size, largest first.
 * - inDegree / outDegree: hops entering and leaving the actor.
 */
export interface ActorMetrics {
  pagerank: number;
  betweenness: number;
  community: number;
  inDegree: number;
  outDegree: number;
}

export interface MetricsTable {
  version: number;
  byId: Map<string, ActorMetrics>;
  /** Actor ids by influence: pagerank, then betweenness, then id. */
  ranking: string[];
}

/** How much of an actor's influence a hop passes on; 0 leaves the hop out of PageRank. */
export const PAGERANK_WEIGHT: Record<HopKind, number> = {
  INSPIRED: 1,
  FORMED_AT: 1,
  ADOPTED_AFTER: 1,
  HOSTED: 0.5,
  ORGANISED: 0.5,
  ATTENDED: 0,
};
export const EXACT_BETWEENNESS_LIMIT = 2_000;
const BETWEENNESS_SAMPLES = 256;

/** A small seeded generator (mulberry32): Louvain and sampling must not vary between runs. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * What the metrics read of a projection: the actor ids and the kind and ends of every hop.
 * Plain data, so that a worker thread can compute the metrics of a large graph while the API
 * keeps answering (metrics-worker.ts).
 */
export interface MetricsInput {
  version: number;
  ids: string[];
  hops: { kind: HopKind; from: string; to: string }[];
}

export const metricsInput = (g: InfluenceGraph): MetricsInput => ({
  version: g.version,
  ids: [...g.actors.keys()],
  hops: g.hops.map(({ kind, from, to }) => ({ kind, from, to })),
});

function buildGraphs(g: MetricsInput): { forward: DirectedGraph; reversed: DirectedGraph } {
  const forward = new DirectedGraph();
  const reversed = new DirectedGraph();
  for (const id of [...g.ids].sort()) {
    forward.addNode(id);
    reversed.addNode(id);
  }
  // Sum parallel hops first: one addEdge per pair is several times faster than updateEdge per hop.
  const count = new Map<string, number>();
  const influence = new Map<string, number>();
  for (const hop of g.hops) {
    const key = `${hop.from}\u0000${hop.to}`;
    count.set(key, (count.get(key) ?? 0) + 1);
    if (PAGERANK_WEIGHT[hop.kind] > 0) influence.set(key, (influence.get(key) ?? 0) + PAGERANK_WEIGHT[hop.kind]);
  }
  for (const [key, weight] of count) {
    const [from, to] = key.split('\u0000') as [string, string];
    forward.addEdge(from, to, { weight });
  }
  for (const [key, weight] of influence) {
    const [from, to] = key.split('\u0000') as [string, string];
    reversed.addEdge(to, from, { weight });
  }
  return { forward, reversed };
}

function influenceRank(reversed: DirectedGraph): Record<string, number> {
  if (reversed.order === 0) return {};
  try {
    return pagerank(reversed, { getEdgeWeight: 'weight', alpha: 0.85, maxIterations: 1_000, tolerance: 1e-9 });
  } catch {
    // Power iteration did not settle: fall back to the looser default tolerance.
    return pagerank(reversed, { getEdgeWeight: 'weight', maxIterations: 1_000 });
  }
}

/** Brandes accumulation from a sample of sources, scaled to estimate the full sum. */
function sampledBetweenness(graph: DirectedGraph, samples: number): Record<string, number> {
  const brandes = createUnweightedIndexedBrandes(graph);
  const n = graph.order;
  const delta = new Float64Array(n);
  const total = new Float64Array(n);
  const random = seeded(7);
  const sources = new Set<number>();
  while (sources.size < Math.min(samples, n)) sources.add(Math.floor(random() * n));
  for (const s of sources) {
    const [stack, preds, sigma] = brandes(s);
    delta.fill(0);
    while (stack.size) {
      const w = stack.pop()!;
      const c = (1 + delta[w]!) / sigma[w]!;
      for (const v of preds[w]!) delta[v]! += sigma[v]! * c;
      if (w !== s) total[w]! += delta[w]!;
    }
  }
  const scale = n > 2 ? n / sources.size / ((n - 1) * (n - 2)) : 0;
  // The index that numbered the nodes (typed as the function's, present on its value).
  const index = (brandes as unknown as { index: { collect(values: Float64Array): Record<string, number> } }).index;
  return index.collect(total.map((x) => x * scale));
}

function communities(forward: DirectedGraph): Map<string, number> {
  const raw: Record<string, number> =
    forward.size === 0
      ? Object.fromEntries(forward.nodes().map((id, i) => [id, i]))
      : louvain(forward, { getEdgeWeight: 'weight', rng: seeded(42) });
  const members = new Map<number, string[]>();
  for (const [id, c] of Object.entries(raw)) members.set(c, [...(members.get(c) ?? []), id]);
  const order = [...members.entries()].sort((a, b) => b[1].length - a[1].length || a[1][0]!.localeCompare(b[1][0]!));
  const renumbered = new Map<string, number>();
  order.forEach(([, ids], i) => ids.forEach((id) => renumbered.set(id, i)));
  return renumbered;
}

export function computeMetrics(g: MetricsInput): MetricsTable {
  const { forward, reversed } = buildGraphs(g);
  const rank = influenceRank(reversed);
  const between =
    forward.order <= EXACT_BETWEENNESS_LIMIT
      ? betweenness(forward, { getEdgeWeight: null, normalized: true })
      : sampledBetweenness(forward, BETWEENNESS_SAMPLES);
  const community = communities(forward);
  const inDegree = new Map<string, number>();
  const outDegree = new Map<string, number>();
  for (const h of g.hops) {
    inDegree.set(h.to, (inDegree.get(h.to) ?? 0) + 1);
    outDegree.set(h.from, (outDegree.get(h.from) ?? 0) + 1);
  }
  const byId = new Map<string, ActorMetrics>();
  for (const id of g.ids) {
    byId.set(id, {
      pagerank: rank[id] ?? 0,
      betweenness: between[id] ?? 0,
      community: community.get(id) ?? -1,
      inDegree: inDegree.get(id) ?? 0,
      outDegree: outDegree.get(id) ?? 0,
    });
  }
  const ranking = [...byId.keys()].sort((a, b) => {
    const x = byId.get(a)!;
    const y = byId.get(b)!;
    return y.pagerank - x.pagerank || y.betweenness - x.betweenness || a.localeCompare(b);
  });
  return { version: g.version, byId, ranking };
}
