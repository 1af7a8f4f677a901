import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseCsv } from 'csv-parse/sync';
import { writeExport } from '../../src/graph/export/formats';
import { loadExportGraph } from '../../src/graph/export/load';
import { parseScope } from '../../src/graph/export/scope';
import { testDb } from '../helpers/graphql';

type Row = Record<string, string>;

describe('exports of the graph', () => {
  const db = testDb();

  it('writes the whole graph in every format, and each parses back to the graph’s nodes, edges and attributes', async () => {
    const [row] = await db.query<{ nodes: number; edges: number }>(
      `CALL () { MATCH (n:Entity) WHERE NOT n:Source RETURN count(n) AS nodes }
       CALL () { MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT a:Source AND NOT b:Source RETURN count(r) AS edges }
       RETURN nodes, edges`,
    );
    const { nodes, edges } = row!;
    const graph = await loadExportGraph(db, parseScope({}));
    const file = (format: 'graphml' | 'gexf' | 'csv' | 'kumu') => writeExport(format, graph).map((f) => f.text);

    const graphml = parseGraphml(MultiDirectedGraph, file('graphml')[0]!);
    const gexf = parseGexf(MultiDirectedGraph, file('gexf')[0]!);
    const [nodesCsv, edgesCsv] = file('csv').map((t) => parseCsv(t, { columns: true }) as Row[]);
    const kumu = JSON.parse(file('kumu')[0]!) as { elements: Row[]; connections: Row[] };
    for (const [name, n, e] of [
      ['graphml', graphml.order, graphml.size],
      ['gexf', gexf.order, gexf.size],
      ['csv', nodesCsv!.length, edgesCsv!.length],
      ['kumu', kumu.elements.length, kumu.connections.length],
    ] as const) {
      expect([n, e], name).toEqual([nodes, edges]);
    }

    const kumanovo = {
      label: 'Kumanovo',
      type: 'City',
      kind: 'MUNICIPALITY',
      country: 'north-macedonia',
      region: 'western-balkans',
      hub: 'western-balkans-hub',
    };
    expect(graphml.getNodeAttributes('kumanovo')).toMatchObject(kumanovo);
    expect(gexf.getNodeAttributes('kumanovo')).toMatchObject(kumanovo);
    expect(nodesCsv!.find((r) => r.id === 'kumanovo')).toMatchObject(kumanovo);
    expect(kumu.elements.find((r) => r.id === 'kumanovo')).toMatchObject({
      label: 'Kumanovo',
      type: 'City',
      Region: 'western-balkans',
      Hub: 'western-balkans-hub',
    });

    const inspired = (g: MultiDirectedGraph) =>
      g
        .outEdges('kumanovo')
        .filter((k) => g.target(k) === 'danilovgrad')
        .map((k) => g.getEdgeAttributes(k))
        .find((a) => a.type === 'INSPIRED');
    for (const attrs of [inspired(graphml), inspired(gexf), edgesCsv!.find((r) => r.source === 'kumanovo' && r.target === 'danilovgrad')]) {
      expect(attrs).toMatchObject({ type: 'INSPIRED', practice: 'local-safety-council', sources: 'impact-stories' });
      expect(attrs!.citation).toMatch(/^Kumanovo city experts have contributed/);
    }
    // Events date the edges that point at them (Gephi's timeline needs that).
    const attended = graphml
      .outEdges('cape-town')
      .filter((k) => graphml.target(k) === 'nairobi-regional-workshop')
      .map((k) => graphml.getEdgeAttributes(k));
    expect(attended).toEqual([expect.objectContaining({ type: 'ATTENDED', date: '2022-05', role: 'participant' })]);
    expect(file('gexf')[0]).toMatch(/<node id="nairobi-regional-workshop" label="[^"]+" start="2022-05-01">/);
  });

  it('exports the cascade of a practice', async () => {
    const g = await loadExportGraph(db, parseScope({ scope: 'practice', id: 'neighbourhood-watch' }));
    const ids = g.nodes.map((n) => n.id).sort();
    expect(ids).toEqual([
      'cape-town',
      'cape-town-learning-visit',
      'gombe-division',
      'nansana',
      'neighbourhood-watch',
      'regina-bakitte',
      'stellenbosch',
      'strong-cities-network',
    ]);
    expect(
      g.edges
        .filter((e) => e.attrs.type === 'ADOPTED')
        .map((e) => e.source)
        .sort(),
    ).toEqual(['gombe-division', 'nansana', 'stellenbosch']);
    expect(g.edges.find((e) => e.source === 'cape-town')!.attrs).toMatchObject({
      type: 'INSPIRED',
      via: 'cape-town-learning-visit',
      date: '2023-12',
    });
  });

  it('exports a reach with its hop kinds, and a region with what lies in it', async () => {
    const reach = await loadExportGraph(db, parseScope({ scope: 'reach', id: 'highland-park', direction: 'upstream', maxHops: '1' }));
    expect(reach.nodes.map((n) => n.id).sort()).toEqual(['highland-park', 'nancy-rotering', 'oslo', 'oslo-workshop', 'utoya']);
    expect(reach.edges.every((e) => e.target === 'highland-park' && e.attrs.type === 'INSPIRED' && e.attrs.citation)).toBe(true);

    const region = await loadExportGraph(db, parseScope({ scope: 'region', id: 'western-balkans' }));
    const types = new Map(region.nodes.map((n) => [n.id, n.attrs]));
    expect(types.get('kumanovo')).toMatchObject({ type: 'City' });
    expect(types.get('local-safety-council')).toMatchObject({ type: 'Practice' });
    expect(types.has('cape-town')).toBe(false);
    expect(
      region.nodes
        .filter((n) => ['City', 'Country', 'Event', 'Organisation', 'Leader'].includes(n.attrs.type as string))
        .every((n) => n.attrs.region === 'western-balkans'),
    ).toBe(true);
    expect(region.edges.every((e) => types.has(e.source) && types.has(e.target))).toBe(true);
  });

  it('as of a date, leaves out what came later', async () => {
    const all = await loadExportGraph(db, parseScope({}));
    const early = await loadExportGraph(db, parseScope({ asOf: '2022-12' }));
    const ids = new Set(early.nodes.map((n) => n.id));
    expect(ids.has('nairobi-regional-workshop')).toBe(true); // 2022-05
    expect(ids.has('cape-town-learning-visit')).toBe(false); // 2023-12
    expect(ids.has('oslo-workshop')).toBe(true); // undated: counts as known
    expect(early.edges.length).toBeLessThan(all.edges.length);
    expect(early.edges.every((e) => !e.attrs.date || String(e.attrs.date) <= '2022-12')).toBe(true);
  });

  it('answers unknown ids with NOT_FOUND naming the id', async () => {
    await expect(loadExportGraph(db, parseScope({ scope: 'region', id: 'atlantis' }))).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND', field: 'id' },
    });
    await expect(loadExportGraph(db, parseScope({ scope: 'practice', id: 'kumanovo' }))).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
