import { stringify } from 'csv-stringify/sync';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type ExportGraph } from './model';

/**
 * Two RFC 4180 CSV files, a node list and an edge list, as igraph
 * (`graph_from_data_frame(edges, vertices = nodes)`), NetworkX/pandas and Gephi's
 * spreadsheet import read them: `id` first in nodes, `source,target` first in edges,
 * then one column per attribute. Empty cells are unset values.
 */
export interface CsvFiles {
  nodes: string;
  edges: string;
}

const cell = (v: unknown): string | number => (v === null || v === undefined ? '' : (v as string | number));

export function toCsv(g: ExportGraph): CsvFiles {
  const nodeSpecs = g.nodeAttributes ?? NODE_ATTRIBUTES;
  const edgeSpecs = g.edgeAttributes ?? EDGE_ATTRIBUTES;
  const nodeHeader = ['id', ...nodeSpecs.map((s) => s.name)];
  const edgeHeader = ['source', 'target', 'id', ...edgeSpecs.map((s) => s.name)];
  return {
    nodes: stringify([nodeHeader, ...g.nodes.map((n) => [n.id, ...nodeSpecs.map((s) => cell(n.attrs[s.name]))])], {
      record_delimiter: 'unix',
    }),
    edges: stringify([edgeHeader, ...g.edges.map((e) => [e.source, e.target, e.id, ...edgeSpecs.map((s) => cell(e.attrs[s.name]))])], {
      record_delimiter: 'unix',
    }),
  };
}
