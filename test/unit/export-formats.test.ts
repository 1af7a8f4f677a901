import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseCsv } from 'csv-parse/sync';
import { toCsv } from '../../src/graph/export/csv';
import { toGexf } from '../../src/graph/export/gexf';
import { toGraphml } from '../../src/graph/export/graphml';
import { toKumu } from '../../src/graph/export/kumu';
import type { ExportGraph } from '../../src/graph/export/model';
import { parseScope } from '../../src/graph/export/scope';
import { writeExport } from '../../src/graph/export/formats';

const tricky = "Čair & “Gostivar” <north> 'quoted' | line\nbreak\ttab";
const g: ExportGraph = {
  title: 'Test & <graph>',
  nodes: [
    {
      id: 'cair',
      attrs: {
        label: tricky,
        type: 'City',
        kind: 'MUNICIPALITY',
        country: 'north-macedonia',
        region: 'western-balkans',
        hub: 'a-hub|b-hub',
        date: null,
        lat: 41.99,
        lon: 21.44,
      },
    },
    { id: 'visit', attrs: { label: 'Visit\u0007 with a bell', type: 'Event', kind: 'LEARNING_VISIT', date: '2023-12', country: null } },
    { id: 'watch', attrs: { label: 'Neighbourhood Watch 🏘', type: 'Practice', category: 'COMMUNITY_ENGAGEMENT' } },
  ],
  edges: [
    {
      id: 'e0',
      source: 'visit',
      target: 'cair',
      attrs: {
        type: 'INSPIRED',
        date: '2023-12',
        practice: 'watch',
        citation: 'inspired by “practices” shared | a <second> excerpt',
        sources: 'doc-a|doc-b',
      },
    },
    {
      id: 'e1',
      source: 'cair',
      target: 'watch',
      attrs: { type: 'ADOPTED', status: 'PILOT', date: null, citation: 'piloted', sources: 'doc-a' },
    },
    {
      id: 'e2',
      source: 'cair',
      target: 'watch',
      attrs: { type: 'ADOPTED', status: 'IMPLEMENTED', date: '2024', citation: 'implemented', sources: 'doc-a' },
    },
  ],
};

describe('export formats parse back with real parsers', () => {
  it('GraphML keeps every node, parallel edge and typed attribute', () => {
    const parsed = parseGraphml(MultiDirectedGraph, toGraphml(g));
    expect(parsed.order).toBe(3);
    expect(parsed.size).toBe(3);
    expect(parsed.getNodeAttributes('cair')).toEqual({
      label: tricky,
      type: 'City',
      kind: 'MUNICIPALITY',
      country: 'north-macedonia',
      region: 'western-balkans',
      hub: 'a-hub|b-hub',
      lat: 41.99,
      lon: 21.44,
    });
    expect(parsed.getNodeAttribute('visit', 'label')).toBe('Visit with a bell'); // control character stripped
    expect(parsed.getNodeAttribute('watch', 'label')).toBe('Neighbourhood Watch 🏘');
    expect(parsed.getEdgeAttributes('e0')).toMatchObject({
      type: 'INSPIRED',
      practice: 'watch',
      citation: g.edges[0]!.attrs.citation,
      sources: 'doc-a|doc-b',
    });
    expect(parsed.source('e0')).toBe('visit');
  });

  it('GEXF keeps attributes and puts dated nodes and edges on the timeline', () => {
    const text = toGexf(g);
    const parsed = parseGexf(MultiDirectedGraph, text);
    expect([parsed.order, parsed.size]).toEqual([3, 3]);
    expect(parsed.getNodeAttributes('cair')).toMatchObject({ label: tricky, type: 'City', lat: 41.99, hub: 'a-hub|b-hub' });
    expect(parsed.getEdgeAttributes('e2')).toMatchObject({ type: 'ADOPTED', kind: 'ADOPTED', status: 'IMPLEMENTED', date: '2024' });
    expect(text).toContain('<node id="visit" label="Visit with a bell" start="2023-12-01">');
    expect(text).toMatch(/<edge id="e2" [^>]*start="2024-01-01"/);
    expect(text).toContain('mode="dynamic"');
  });

  it('CSV is a node list and an edge list with one column per attribute', () => {
    const { nodes, edges } = toCsv(g);
    const n = parseCsv(nodes, { columns: true }) as Record<string, string>[];
    const e = parseCsv(edges, { columns: true }) as Record<string, string>[];
    expect(n.map((r) => r.id)).toEqual(['cair', 'visit', 'watch']);
    expect(n[0]).toMatchObject({ label: tricky, type: 'City', lat: '41.99', date: '' });
    expect(e.map((r) => [r.source, r.target, r.type])).toEqual([
      ['visit', 'cair', 'INSPIRED'],
      ['cair', 'watch', 'ADOPTED'],
      ['cair', 'watch', 'ADOPTED'],
    ]);
    expect(e[0]!.citation).toBe(g.edges[0]!.attrs.citation);
  });

  it('Kumu blueprints refer to elements by id and never reuse an id for a connection', () => {
    const k = toKumu(g);
    expect(k.elements[0]).toEqual({
      id: 'cair',
      label: tricky,
      type: 'City',
      Kind: 'MUNICIPALITY',
      Country: 'north-macedonia',
      Region: 'western-balkans',
      Hub: 'a-hub|b-hub',
      Latitude: 41.99,
      Longitude: 21.44,
    });
    expect(k.connections[0]).toMatchObject({ from: 'visit', to: 'cair', type: 'INSPIRED', direction: 'directed', Practice: 'watch' });
    const all = [...k.elements, ...k.connections].map((x) => x.id);
    expect(new Set(all).size).toBe(all.length);
    expect(JSON.parse(writeExport('kumu', g)[0]!.text)).toEqual(k);
  });

  it('CSV comes as two files', () => {
    expect(writeExport('csv', g).map((f) => f.suffix)).toEqual(['-nodes.csv', '-edges.csv']);
  });
});

describe('export scope parameters', () => {
  it('defaults to the whole graph and validates the rest, naming the parameter', () => {
    expect(parseScope({})).toEqual({ scope: { kind: 'all' }, asOf: null });
    expect(parseScope({ scope: 'reach', id: 'kumanovo', direction: 'upstream', maxHops: '2', asOf: '2023-05' })).toEqual({
      scope: { kind: 'reach', id: 'kumanovo', direction: 'UPSTREAM', maxHops: 2 },
      asOf: '2023-05',
    });
    const field = (p: Record<string, string>) => {
      try {
        parseScope(p);
        return 'accepted';
      } catch (e) {
        return (e as { extensions: { field: string } }).extensions.field;
      }
    };
    expect(field({ scope: 'galaxy' })).toBe('scope');
    expect(field({ scope: 'practice' })).toBe('id');
    expect(field({ scope: 'region', id: 'Not A Slug' })).toBe('id');
    expect(field({ scope: 'reach', id: 'x', maxHops: '7' })).toBe('maxHops');
    expect(field({ scope: 'reach', id: 'x', direction: 'sideways' })).toBe('direction');
    expect(field({ asOf: 'May 2022' })).toBe('asOf');
  });
});
