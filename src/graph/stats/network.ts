import { REL_TYPE_NAMES } from '../../domain/relationships';
import { NODE_LABELS } from '../../domain/labels';
import type { Db } from '../../neo4j/db';

export interface NetworkFigures {
  nodes: number;
  edges: number;
  nodesByType: { type: string; count: number }[];
  edgesByType: { type: string; count: number }[];
  density: number;
  components: number;
  largestComponent: number;
  isolated: number;
}

/**
 * Connected components ignoring direction, by union-find (path halving, union by size).
 * Returns the size of every component.
 */
export function componentSizes(nodeCount: number, edges: Iterable<readonly [number, number]>): number[] {
  const parent = Array.from({ length: nodeCount }, (_, i) => i);
  const size = new Array<number>(nodeCount).fill(1);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const [a, b] of edges) {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) continue;
    if (size[ra]! < size[rb]!) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    size[ra]! += size[rb]!;
  }
  return parent.flatMap((p, i) => (p === i ? [size[i]!] : []));
}

const largestFirst = (a: { type: string; count: number }, b: { type: string; count: number }) =>
  b.count - a.count || a.type.localeCompare(b.type);

/**
 * The network panel in one round trip: every Entity node's id and label, and every
 * relationship between Entity nodes as `[from, to, type]`; counting, density and components
 * happen here. (API keys and the graph's write log, GraphChange, are not Entities.)
 */
export async function networkSummary(db: Db): Promise<NetworkFigures> {
  const rows = await db.query<{ ids: string[]; types: string[]; edges: [string, string, string][] }>(
    `CALL () {
       MATCH (n:Entity)
       RETURN collect(n.id) AS ids, collect(head([l IN labels(n) WHERE l IN $labels])) AS types
     }
     CALL () {
       MATCH (s:Entity)-[r]->(t:Entity)
       RETURN collect([s.id, t.id, type(r)]) AS edges
     }
     RETURN ids, types, edges`,
    { labels: NODE_LABELS },
  );
  const { ids = [], types = [], edges = [] } = rows[0] ?? {};
  const index = new Map(ids.map((id, i) => [id, i]));
  return summarise(
    types,
    edges.map(([s, t, type]) => [index.get(s)!, index.get(t)!, type]),
  );
}

/** Counting, density and components from node types and `[from, to, type]` index triples. */
export function summarise(types: string[], edges: [number, number, string][]): NetworkFigures {
  const n = types.length;
  const nodeCounts = new Map<string, number>(NODE_LABELS.map((l) => [l, 0]));
  for (const t of types) nodeCounts.set(t, (nodeCounts.get(t) ?? 0) + 1);
  const edgeCounts = new Map<string, number>(REL_TYPE_NAMES.map((t) => [t, 0]));
  const pairs = new Set<string>();
  const degree = new Array<number>(n).fill(0);
  for (const [a, b, type] of edges) {
    edgeCounts.set(type, (edgeCounts.get(type) ?? 0) + 1);
    if (a !== b) pairs.add(a < b ? `${a}:${b}` : `${b}:${a}`);
    degree[a]! += 1;
    degree[b]! += 1;
  }
  const sizes = componentSizes(
    n,
    edges.map(([a, b]) => [a, b] as const),
  );
  return {
    nodes: n,
    edges: edges.length,
    nodesByType: [...nodeCounts].map(([type, count]) => ({ type, count })).sort(largestFirst),
    edgesByType: [...edgeCounts].map(([type, count]) => ({ type, count })).sort(largestFirst),
    density: n > 1 ? pairs.size / ((n * (n - 1)) / 2) : 0,
    components: sizes.length,
    largestComponent: sizes.length ? Math.max(...sizes) : 0,
    isolated: degree.filter((d) => d === 0).length,
  };
}
