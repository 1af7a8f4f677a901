/**
 * An inferred network in the project's export formats (GraphML, GEXF, CSV), with every edge
 * marked `inferred = true` and typed INFERRED — never INSPIRED — so that no tool reading the
 * file can mistake it for the documented graph. Documented matches are flagged, not merged.
 */
import type { AttrSpec, ExportGraph } from '../../export/model';
import type { InferredEdge, NetinfResult } from './netinf';

export const INFERRED_NODE_ATTRIBUTES: readonly AttrSpec[] = [
  { name: 'label', type: 'string', description: 'Name' },
  { name: 'type', type: 'string', description: 'City (graph adoptions) or Node (a cascade data set)' },
];

export const INFERRED_EDGE_ATTRIBUTES: readonly AttrSpec[] = [
  { name: 'type', type: 'string', description: 'Always INFERRED: a hypothesis from adoption times, not a documented influence' },
  { name: 'inferred', type: 'string', description: 'Always "true"' },
  { name: 'rank', type: 'double', description: 'Order in which NetInf chose the edge (1 = first)' },
  { name: 'improvement', type: 'double', description: 'Gain in log-likelihood from adding the edge' },
  { name: 'p_value', type: 'double', description: "The package's Vuong-test p-value" },
  { name: 'model', type: 'string', description: 'Transmission model and parameters' },
  { name: 'documented', type: 'string', description: '"yes" when a cited INSPIRED relationship states the same influence, else "no"' },
];

export function inferredExportGraph(
  r: NetinfResult,
  opts: { title: string; names?: Map<string, string>; documented?: Set<string>; nodeType?: string },
): ExportGraph {
  const model = `${r.model}(${r.params.join(', ')})${r.paramsEstimated ? ' estimated' : ''}`;
  const ids = new Set<string>();
  r.edges.forEach((e) => ids.add(e.origin).add(e.destination));
  const edge = (e: InferredEdge, i: number) => ({
    id: `inferred-${i + 1}`,
    source: e.origin,
    target: e.destination,
    attrs: {
      type: 'INFERRED',
      inferred: 'true',
      rank: i + 1,
      improvement: e.improvement,
      p_value: Number.isFinite(e.pValue) ? e.pValue : null,
      model,
      documented: opts.documented ? (opts.documented.has(`${e.origin}\u0000${e.destination}`) ? 'yes' : 'no') : null,
    },
  });
  return {
    title: `${opts.title} — INFERRED network (NetInf), not documented influence`,
    nodeAttributes: INFERRED_NODE_ATTRIBUTES,
    edgeAttributes: INFERRED_EDGE_ATTRIBUTES,
    nodes: [...ids].map((id) => ({ id, attrs: { label: opts.names?.get(id) ?? id, type: opts.nodeType ?? 'Node' } })),
    edges: r.edges.map(edge),
  };
}
