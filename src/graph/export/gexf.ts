import { spanOf } from '../influence/time';
import { EDGE_ATTRIBUTES, edgeTime, NODE_ATTRIBUTES, type AttrSpec, type ExportGraph } from './model';
import { xmlAttrs, xmlEscape } from './xml';

/**
 * GEXF 1.3 (https://gexf.net/schema.html) for Gephi, in dynamic mode so that its timeline
 * can play the diffusion: a dated node or edge gets `start` (and leadership `end`) at the
 * first (last) day its partial date may stand for — Gephi needs whole dates — while the
 * `date` attribute keeps the precision the source gives. Undated ones are present
 * throughout. The relationship type is also the edge's `kind` and `label`.
 */
const NODE_SPECS = NODE_ATTRIBUTES.filter((s) => s.name !== 'label');

const declare = (cls: 'node' | 'edge', specs: readonly AttrSpec[]): string[] => [
  `    <attributes class="${cls}" mode="static">`,
  ...specs.map((s) => `      <attribute${xmlAttrs({ id: s.name, title: s.name, type: s.type })}/>`),
  '    </attributes>',
];

const values = (specs: readonly AttrSpec[], attrs: Record<string, unknown>): string => {
  const set = specs.filter((s) => attrs[s.name] !== null && attrs[s.name] !== undefined && attrs[s.name] !== '');
  if (!set.length) return '';
  return `<attvalues>${set.map((s) => `<attvalue${xmlAttrs({ for: s.name, value: attrs[s.name] as string | number })}/>`).join('')}</attvalues>`;
};

export function toGexf(g: ExportGraph, today = new Date().toISOString().slice(0, 10)): string {
  const nodeSpecs = g.nodeAttributes ? g.nodeAttributes.filter((s) => s.name !== 'label') : NODE_SPECS;
  const edgeSpecs = g.edgeAttributes ?? EDGE_ATTRIBUTES;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${today}"><creator>prevention-graph</creator><description>${xmlEscape(g.title)}</description></meta>`,
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">',
    ...declare('node', nodeSpecs),
    ...declare('edge', edgeSpecs),
    '    <nodes>',
    ...g.nodes.map((n) => {
      const start = spanOf(n.attrs.date as string | null)?.start;
      return `      <node${xmlAttrs({ id: n.id, label: n.attrs.label as string, start })}>${values(nodeSpecs, n.attrs)}</node>`;
    }),
    '    </nodes>',
    '    <edges>',
    ...g.edges.map((e) => {
      const start = spanOf(edgeTime(e))?.start;
      const end = spanOf(e.attrs.until as string | null)?.end;
      const type = e.attrs.type as string;
      return `      <edge${xmlAttrs({ id: e.id, source: e.source, target: e.target, kind: type, label: type, start, end })}>${values(edgeSpecs, e.attrs)}</edge>`;
    }),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return `${lines.join('\n')}\n`;
}
