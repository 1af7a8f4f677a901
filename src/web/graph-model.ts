import { MultiDirectedGraph } from 'graphology';
import type { Cited } from './citations';
import { nodeColour } from './colours';

/** What a view's graph knows about a node (x, y, size, color, label are what sigma draws). */
export interface NodeAttrs {
  label: string;
  kind: string;
  region: string | null;
  regionName: string | null;
  date: string | null;
  x: number;
  y: number;
  size: number;
  color: string;
  /** The node the view is about (drawn larger, labelled always). */
  focus: boolean;
  forceLabel?: boolean;
  /** Gazetteer coordinates of a city (the map mode places it there). */
  lat?: number | null;
  lon?: number | null;
}

/** One relationship in a view, with the evidence that states it. */
export interface EdgeAttrs {
  relation: string;
  label: string;
  date: string | null;
  practice: string | null;
  via: string | null;
  evidence: Cited[];
  size: number;
  color: string;
}

export type ViewGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

/** An actor as the named operations return it. */
export interface ActorLike {
  __typename?: string;
  id: string;
  name: string;
  region?: { id: string; name: string } | null;
  date?: string | null;
  lat?: number | null;
  lon?: number | null;
}

export const newViewGraph = (): ViewGraph => new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();

/** Adds a node, or fills in what an earlier mention of it did not know. */
export function addActor(g: ViewGraph, a: ActorLike, focus = false): string {
  const kind = a.__typename ?? 'City';
  if (g.hasNode(a.id)) {
    const cur = g.getNodeAttributes(a.id);
    if (!cur.region && a.region)
      g.mergeNodeAttributes(a.id, { region: a.region.id, regionName: a.region.name, color: nodeColour(kind, a.region.id) });
    if (focus) g.mergeNodeAttributes(a.id, { focus: true, forceLabel: true, size: 14 });
    if (cur.lat == null && typeof a.lat === 'number') g.mergeNodeAttributes(a.id, { lat: a.lat, lon: a.lon ?? null });
    return a.id;
  }
  g.addNode(a.id, {
    label: a.name,
    kind,
    region: a.region?.id ?? null,
    regionName: a.region?.name ?? null,
    date: a.date ?? null,
    x: 0,
    y: 0,
    size: focus ? 14 : kind === 'City' ? 8 : 6,
    color: nodeColour(kind, a.region?.id),
    focus,
    forceLabel: focus || undefined,
    lat: a.lat ?? null,
    lon: a.lon ?? null,
  });
  return a.id;
}

/**
 * Verbs on the drawn edges: a relationship type or hop kind of src/domain, or PEER (a drawing's
 * own "could help" line); anything else reads as its name in lower case.
 */
export const VIEW_ONLY_RELATIONS = ['PEER'] as const;
export const RELATION_LABELS: Record<string, string> = {
  INSPIRED: 'inspired',
  ATTENDED: 'attended',
  HOSTED: 'hosted',
  ADOPTED: 'adopted',
  PEER: 'could help',
  FOCUSED_ON: 'about',
};

/** Adds a relationship once (same ends, type and practice merge, pooling their evidence). */
export function addLink(
  g: ViewGraph,
  from: string,
  to: string,
  relation: string,
  extra: { date?: string | null; practice?: string | null; via?: string | null; evidence?: readonly Cited[]; label?: string } = {},
): void {
  if (!g.hasNode(from) || !g.hasNode(to) || from === to) return;
  const key = `${from}|${relation}|${to}|${extra.practice ?? ''}`;
  if (g.hasEdge(key)) {
    const cur = g.getEdgeAttributes(key);
    const seen = new Set(cur.evidence.map((c) => c.excerpt));
    g.mergeEdgeAttributes(key, {
      evidence: [...cur.evidence, ...(extra.evidence ?? []).filter((c) => !seen.has(c.excerpt))],
      date: cur.date ?? extra.date ?? null,
    });
    return;
  }
  const influence = relation === 'INSPIRED';
  const peer = relation === 'PEER';
  g.addDirectedEdgeWithKey(key, from, to, {
    relation,
    label: extra.label ?? RELATION_LABELS[relation] ?? relation.toLowerCase(),
    date: extra.date ?? null,
    practice: extra.practice ?? null,
    via: extra.via ?? null,
    evidence: [...(extra.evidence ?? [])],
    size: influence ? 2.5 : peer ? 1.5 : 1,
    color: influence ? '#333333' : peer ? '#7D8A96' : '#C8CDD2',
  });
}
