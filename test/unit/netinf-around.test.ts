import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeExport } from '../../src/graph/export/formats';
import { buildCascades } from '../../src/graph/influence/netinf/cascades';
import { compareWithDocumented } from '../../src/graph/influence/netinf/compare';
import { cascadeSpeeds, eventHistoryRows, innovativeness } from '../../src/graph/influence/netinf/diffusion-stats';
import { inferredExportGraph } from '../../src/graph/influence/netinf/export';
import { netinf } from '../../src/graph/influence/netinf/netinf';

// the five-node case of netinf.test.ts: c1 a@1 b@2 c@3 · c2 a@1 c@2 d@3 · c3 b@1 e@2 · c4 d@1 e@1
const rows = parseCsv(readFileSync(path.resolve(__dirname, '../fixtures/netinf/five.csv')), { columns: true }) as Record<string, string>[];
const five = buildCascades(rows.map((r) => ({ node: r.node!, cascade: r.cascade!, time: Number(r.time) })));
const result = netinf(five, { model: 'exponential', params: [1], edges: 4 }); // a→c, b→e, c→d, a→b

describe('inferred networks in the export formats', () => {
  const documented = new Set(['a\u0000b']);
  const g = inferredExportGraph(result, { title: 'five', documented });

  it('GraphML and GEXF read back with every edge INFERRED, inferred=true, ranked, documented flagged', () => {
    for (const [format, read] of [
      ['graphml', (t: string) => parseGraphml(MultiDirectedGraph, t)],
      ['gexf', (t: string) => parseGexf(MultiDirectedGraph, t)],
    ] as const) {
      const parsed = read(writeExport(format, g)[0]!.text);
      expect(parsed.order).toBe(5);
      const edges = parsed.mapEdges((_e, a, s, t) => [s, t, a.type ?? a.label, String(a.inferred), Number(a.rank), a.documented]);
      expect(edges).toEqual([
        ['a', 'c', 'INFERRED', 'true', 1, 'no'],
        ['b', 'e', 'INFERRED', 'true', 2, 'no'],
        ['c', 'd', 'INFERRED', 'true', 3, 'no'],
        ['a', 'b', 'INFERRED', 'true', 4, 'yes'],
      ]);
    }
  });

  it('CSV edges carry improvement and p_value columns', () => {
    const [, edges] = writeExport('csv', g);
    const parsed = parseCsv(edges!.text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(parsed[0]!)).toEqual([
      'source',
      'target',
      'id',
      'type',
      'inferred',
      'rank',
      'improvement',
      'p_value',
      'model',
      'documented',
    ]);
    expect(Number(parsed[0]!.improvement)).toBe(result.edges[0]!.improvement);
    expect(parsed[0]!.model).toBe('exponential(1)');
  });
});

describe('inferred versus documented', () => {
  it('recovers, misses (saying whether it could have) and counts the undocumented', () => {
    const c = compareWithDocumented(
      result.edges,
      [
        { origin: 'a', destination: 'b', practice: 'p', citations: 1 },
        { origin: 'b', destination: 'c', practice: null, citations: 1 }, // possible (c1), not among 4 edges
        { origin: 'e', destination: 'd', practice: null, citations: 2 }, // tied in c4: impossible
      ],
      five,
    );
    expect(c.recovered).toEqual([{ origin: 'a', destination: 'b', practices: ['p'], rank: 4 }]);
    expect(c.missed).toEqual([
      { origin: 'b', destination: 'c', practices: [null], possible: true },
      { origin: 'e', destination: 'd', practices: [null], possible: false },
    ]);
    expect(c.undocumented.map((u) => u.rank)).toEqual([1, 2, 3]);
  });
});

describe('speed, innovativeness and event history', () => {
  it('speed per cascade', () => {
    expect(cascadeSpeeds(five).map((s) => [s.cascade, s.adopters, s.span, s.timeToHalf, s.meanLag, s.tied])).toEqual([
      ['c1', 3, 2, 1, 1, 0],
      ['c2', 3, 2, 1, 1, 0],
      ['c3', 2, 1, 0, 1, 0],
      ['c4', 2, 0, 0, 0, 1],
    ]);
  });

  it('innovativeness: tied adopters share their mid-rank; no cascade of one counts', () => {
    const inno = new Map(innovativeness(five).map((r) => [r.node, r]));
    // d: 5/6 in c2 and, tied with e at ranks 1–2 in c4, (1.5 − 0.5)/2 = 1/2
    expect(inno.get('d')!.meanPosition).toBeCloseTo((5 / 6 + 1 / 2) / 2, 12);
    expect(inno.get('a')).toMatchObject({ rank: 1, adoptions: 2 });
    expect(inno.get('a')!.counts['early majority']).toBe(2);
  });

  it('event history: at risk from the first period until adoption; counts inferred sources that adopted earlier', () => {
    const h = [...eventHistoryRows(five, { network: result.edges })].filter((r) => r[0] === 'c2');
    // c2 runs over periods 1, 2, 3; b and e never adopt (censored); c adopts at 2 with its source a adopted at 1
    expect(h.filter((r) => r[1] === 'c')).toEqual([
      ['c2', 'c', 1, 0, 0, 0, 0, 1, 0],
      ['c2', 'c', 2, 1, 1, 1, 0.25, 1, 1],
    ]);
    expect(h.filter((r) => r[1] === 'e').map((r) => r[4])).toEqual([0, 0, 0]);
    expect(h.filter((r) => r[1] === 'a')).toEqual([['c2', 'a', 1, 0, 1, 0, 0, 0, 0]]);
  });
});
