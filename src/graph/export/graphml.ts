import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type AttrSpec, type ExportGraph } from './model';
import { xmlAttrs, xmlEscape } from './xml';

/**
 * GraphML (http://graphml.graphdrawing.org/specification.html), read by igraph
 * (`read_graph(format = "graphml")`), NetworkX (`read_graphml`), Gephi and yEd. Keys are
 * declared with their types; a value that is not set is left out rather than written
 * empty, so numeric columns stay numeric.
 */
const keyId = (scope: 'n' | 'e', i: number): string => `${scope}${i}`;

const keys = (scope: 'n' | 'e', specs: readonly AttrSpec[]): string[] =>
  specs.map(
    (s, i) =>
      `  <key${xmlAttrs({ id: keyId(scope, i), for: scope === 'n' ? 'node' : 'edge', 'attr.name': s.name, 'attr.type': s.type })}><desc>${xmlEscape(s.description)}</desc></key>`,
  );

const data = (scope: 'n' | 'e', specs: readonly AttrSpec[], attrs: Record<string, unknown>): string =>
  specs
    .map((s, i) => {
      const v = attrs[s.name];
      return v === null || v === undefined || v === '' ? '' : `<data key="${keyId(scope, i)}">${xmlEscape(v as string | number)}</data>`;
    })
    .join('');

export function toGraphml(g: ExportGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys('n', g.nodeAttributes ?? NODE_ATTRIBUTES),
    ...keys('e', g.edgeAttributes ?? EDGE_ATTRIBUTES),
    `  <graph id="prevention-graph" edgedefault="directed"><desc>${xmlEscape(g.title)}</desc>`,
    ...g.nodes.map((n) => `    <node id="${xmlEscape(n.id)}">${data('n', g.nodeAttributes ?? NODE_ATTRIBUTES, n.attrs)}</node>`),
    ...g.edges.map(
      (e) =>
        `    <edge${xmlAttrs({ id: e.id, source: e.source, target: e.target })}>${data('e', g.edgeAttributes ?? EDGE_ATTRIBUTES, e.attrs)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
