import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCascades, type AdoptionEvent } from '../../src/graph/influence/netinf/cascades';
import { deleteCascadeDataSet, importCascadeDataSet, listCascadeDataSets } from '../../src/graph/influence/netinf/data-sets';
import { netinf } from '../../src/graph/influence/netinf/netinf';
import { operationCost } from '../../src/limits/complexity';
import { getSchema } from '../../src/schema';
import { cite, fixturePrefix, writeFixture } from '../helpers/fixtures';
import { expectError, gql, testDb } from '../helpers/graphql';

const INFER = `query Infer($dataSet: ID, $practiceId: ID, $category: PracticeCategory, $model: TransmissionModel, $lambda: Float,
                            $edges: Int, $pValueCutoff: Float) {
  inferredNetwork(dataSet: $dataSet, practiceId: $practiceId, category: $category, model: $model, lambda: $lambda,
                  edges: $edges, pValueCutoff: $pValueCutoff) {
    inferred source model parameters parametersEstimated stoppedBy cascades nodes adoptions adoptionsSkipped possibleEdges
    edges { rank origin originName destination improvement pValue inferred documented }
    comparison { documented undocumented recovered { origin destination rank } missed { origin destination possible } }
  }
}`;

interface Inferred {
  inferredNetwork: {
    inferred: boolean;
    source: string;
    parameters: number[];
    parametersEstimated: boolean;
    stoppedBy: string;
    adoptions: number;
    adoptionsSkipped: number;
    possibleEdges: number;
    edges: {
      rank: number;
      origin: string;
      originName: string | null;
      destination: string;
      improvement: number;
      pValue: number | null;
      inferred: boolean;
      documented: boolean;
    }[];
    comparison: {
      documented: number;
      undocumented: number;
      recovered: { origin: string; destination: string; rank: number }[];
      missed: { origin: string; destination: string; possible: boolean }[];
    };
  };
}

const FIVE = path.resolve(__dirname, '../fixtures/netinf/five.csv');
const fiveEvents = (): AdoptionEvent[] =>
  (parseCsv(readFileSync(FIVE), { columns: true }) as Record<string, string>[]).map((r) => ({
    node: r.node!,
    cascade: r.cascade!,
    time: Number(r.time),
  }));

const db = testDb();

describe('inferredNetwork on the seed', () => {
  it('says plainly that the seed has too few dated adoptions to infer from (no possible edge)', async () => {
    const r = await gql(INFER, { category: 'YOUTH_ENGAGEMENT', lambda: 1, edges: 1 });
    const err = expectError(r, 'BAD_USER_INPUT');
    expect(err.extensions?.field).toBe('edges');
    expect(err.message).toMatch(/possible edges in these cascades \(0\)/);
  });

  it('refuses an unknown practice, and both or neither stopping rule, naming the argument', async () => {
    expect(expectError(await gql(INFER, { practiceId: 'no-such-practice', edges: 1 }), 'NOT_FOUND').extensions?.field).toBe('practiceId');
    expect(
      expectError(await gql(INFER, { practiceId: 'young-cities', edges: 1, pValueCutoff: 0.1 }), 'BAD_USER_INPUT').extensions?.field,
    ).toBe('pValueCutoff');
    expect(expectError(await gql(INFER, { practiceId: 'young-cities' }), 'BAD_USER_INPUT').extensions?.field).toBe('edges');
    expect(
      expectError(await gql(INFER, { practiceId: 'young-cities', edges: 1, model: 'RAYLEIGH', lambda: 1 }), 'BAD_USER_INPUT').extensions
        ?.field,
    ).toBe('lambda');
  });

  it('costs more the more edges are asked for (the limits plugin refuses what is too expensive)', async () => {
    const schema = await getSchema();
    const cost = (edges: number) => operationCost(schema, parse(INFER), { practiceId: 'x', edges }).complexity;
    expect(cost(1000)).toBeGreaterThan(cost(10) + 9000);
  });
});

describe('inferredNetwork on graph adoptions (test-owned cities)', () => {
  const p = fixturePrefix(db);
  const city = (x: string) => `${p}-${x}`;
  // Three practices of category OTHER (the seed has no dated adoption in it):
  //   p1: a 2015, b 2016, c 2017 · p2: a 2015, c 2016, d 2018 · p3: b 2015, c and d 2016 (tied)
  // plus a PLANNED adoption (d, p1) and an undated one (b, p2), which are left out.
  const ADOPTIONS: [string, string, string | null, string][] = [
    ['a', 'p1', '2015', 'IMPLEMENTED'],
    ['b', 'p1', '2016', 'IMPLEMENTED'],
    ['c', 'p1', '2017', 'PILOT'],
    ['d', 'p1', '2019', 'PLANNED'],
    ['a', 'p2', '2015', 'IMPLEMENTED'],
    ['c', 'p2', '2016', 'IMPLEMENTED'],
    ['d', 'p2', '2018', 'IMPLEMENTED'],
    ['b', 'p2', null, 'IMPLEMENTED'],
    ['b', 'p3', '2015', 'IMPLEMENTED'],
    ['c', 'p3', '2016', 'IMPLEMENTED'],
    ['d', 'p3', '2016', 'IMPLEMENTED'],
  ];

  it('infers from the adoptions of a category, marks every edge inferred, and compares with the cited influences', async () => {
    const c = cite(p);
    await writeFixture(
      db,
      [
        ['Source', { id: `${p}-src`, title: `Test source ${p}` }],
        ...['p1', 'p2', 'p3'].map(
          (x) =>
            ['Practice', { id: city(x), name: `Practice ${x}`, category: 'OTHER', citations: c }] as ['Practice', Record<string, unknown>],
        ),
        ...['a', 'b', 'c', 'd'].map(
          (x) =>
            ['City', { id: city(x), name: `City ${x.toUpperCase()}`, kind: 'CITY', citations: c }] as ['City', Record<string, unknown>],
        ),
      ],
      [
        ...ADOPTIONS.map(([n, pr, date, status]) => ({
          type: 'ADOPTED',
          from: city(n),
          to: city(pr),
          status,
          ...(date ? { date } : {}),
          citations: c,
        })),
        // documented: a inspired b (recoverable); d inspired a (impossible from the times: d never adopted before a)
        { type: 'INSPIRED', from: city('a'), to: city('b'), practice: city('p1'), citations: c },
        { type: 'INSPIRED', from: city('d'), to: city('a'), citations: c },
      ],
    );
    const r = await gql<Inferred>(INFER, { category: 'OTHER', lambda: 1, edges: 5 });
    expect(r.errors).toBeUndefined();
    const net = r.data!.inferredNetwork;
    expect(net.inferred).toBe(true);
    // the nine dated adoptions above, plus any the seed itself holds in this category
    expect(net.adoptions).toBeGreaterThanOrEqual(9);
    expect(net.adoptionsSkipped).toBeGreaterThanOrEqual(2);

    // the same inference from the table above, without the graph: same edges in the same order
    const events = ADOPTIONS.filter(([, , date, status]) => date && status !== 'PLANNED')
      .map(([n, pr, date]) => ({ node: city(n), cascade: city(pr), time: Number(date) }))
      .sort((x, y) => x.cascade.localeCompare(y.cascade) || x.time - y.time || x.node.localeCompare(y.node));
    const expected = netinf(buildCascades(events), { model: 'exponential', params: [1], edges: 5 });
    expect(net.edges.map((e) => [e.origin, e.destination, e.improvement])).toEqual(
      expected.edges.map((e) => [e.origin, e.destination, e.improvement]),
    );
    expect(net.edges.every((e) => e.inferred)).toBe(true);
    expect(net.edges.find((e) => e.origin === city('a'))?.originName).toBe('City A');

    const ab = net.edges.find((e) => e.origin === city('a') && e.destination === city('b'));
    expect(ab?.documented).toBe(true);
    expect(net.comparison.documented).toBe(2);
    expect(net.comparison.recovered).toEqual([{ origin: city('a'), destination: city('b'), rank: ab!.rank }]);
    expect(net.comparison.missed).toEqual([{ origin: city('d'), destination: city('a'), possible: false }]);
    expect(net.comparison.undocumented).toBe(4);
    // tied c and d in p3: no edge between them comes from p3 alone (d → c is impossible everywhere)
    expect(net.edges.some((e) => e.origin === city('d') && e.destination === city('c'))).toBe(false);
  });

  it('describes the same adoptions: speed per cascade, innovativeness per actor (leaders first)', async () => {
    const r = await gql<{
      cascadeStatistics: {
        cascades: { cascade: string; span: number; timeToHalf: number; tied: number }[];
        actors: { rank: number; node: string; name: string; meanPosition: number; category: string }[];
      };
    }>(
      `{ cascadeStatistics(category: OTHER) { cascades { cascade span timeToHalf tied } actors { rank node name meanPosition category } } }`,
    );
    expect(r.errors).toBeUndefined();
    const stats = r.data!.cascadeStatistics;
    expect(stats.cascades.find((x) => x.cascade === city('p1'))).toEqual({ cascade: city('p1'), span: 2, timeToHalf: 1, tied: 0 });
    expect(stats.cascades.find((x) => x.cascade === city('p3'))).toMatchObject({ span: 1, tied: 1 });
    // positions (mid-rank − ½)/3: a is first twice (1/6); b 1/2 and 1/6; c 5/6, 1/2 and (tied with d) 2/3; d 5/6 and 2/3
    // the test's own cities (the seed may hold adopters of this category too, ranked after them)
    const own = stats.actors.filter((a) => a.node.startsWith(city('')));
    expect(own.map((a) => [a.rank, a.node, a.name])).toEqual([
      [1, city('a'), 'City A'],
      [2, city('b'), 'City B'],
      [3, city('c'), 'City C'],
      [4, city('d'), 'City D'],
    ]);
    [1 / 6, 1 / 3, 2 / 3, 3 / 4].forEach((m, i) => expect(own[i]!.meanPosition).toBeCloseTo(m, 12));
    expect(stats.actors[0]!.category).toBe('early majority');
  });

  it('never stores what it infers: no relationship other than the cited ones appears', async () => {
    const rows = await db.query<{ types: string[] }>(
      'MATCH (:City)-[r]->(:City) WHERE startNode(r).id STARTS WITH $p RETURN collect(DISTINCT type(r)) AS types',
      { p },
    );
    expect(rows[0]?.types).toEqual(['INSPIRED']);
  });
});

describe('cascade data sets', () => {
  const id = `t-${Date.now().toString(36)}-five`;
  afterAll(async () => {
    await deleteCascadeDataSet(db, id);
  });

  it('a dry run checks and writes nothing; a failing write leaves nothing behind', async () => {
    const dry = await importCascadeDataSet(db, { id, events: fiveEvents(), dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, adoptions: 10, nodes: 5, cascades: 4 });
    expect((await listCascadeDataSets(db)).some((s) => s.id === id)).toBe(false);

    // the second slice holds a value Neo4j refuses: the first slice must be rolled back with it
    const bad = [...fiveEvents(), { node: { not: 'a name' } as unknown as string, cascade: 'c9', time: 1 }];
    await expect(importCascadeDataSet(db, { id, events: bad, sliceSize: 5 })).rejects.toThrow();
    const left = await db.query<{ n: number }>('MATCH (a:CascadeAdoption {dataSet: $id}) RETURN count(a) AS n', { id });
    expect(left[0]?.n).toBe(0);
  });

  it('imports under its own labels (never Entity), refuses a second import of the id, and infers through GraphQL', async () => {
    const progress: string[] = [];
    await importCascadeDataSet(db, { id, name: 'Five nodes', events: fiveEvents(), sliceSize: 4, progress: (l) => progress.push(l) });
    expect(progress).toEqual(['written 4 / 10 adoptions', 'written 8 / 10 adoptions', 'written 10 / 10 adoptions']);
    await expect(importCascadeDataSet(db, { id, events: fiveEvents() })).rejects.toThrow(/exists already/);
    const mixed = await db.query<{ n: number }>('MATCH (n:Entity) WHERE n:CascadeAdoption OR n:CascadeDataSet RETURN count(n) AS n');
    expect(mixed[0]?.n).toBe(0);

    const listed = await gql<{ cascadeDataSets: { id: string; adoptions: number }[] }>('{ cascadeDataSets { id adoptions } }');
    expect(listed.data?.cascadeDataSets).toContainEqual({ id, adoptions: 10 });

    // the five-node case worked by hand in test/unit/netinf.test.ts, now from Neo4j
    const r = await gql<Inferred>(INFER, { dataSet: id, lambda: 1, edges: 6 });
    expect(r.errors).toBeUndefined();
    expect(r.data!.inferredNetwork.edges.map((e) => `${e.origin}->${e.destination}`)).toEqual([
      'a->c',
      'b->e',
      'c->d',
      'a->b',
      'b->c',
      'a->d',
    ]);
    expect(r.data!.inferredNetwork.source).toBe(`data set ${id}`);

    const byP = await gql<Inferred>(INFER, { dataSet: id, lambda: 1, pValueCutoff: 0.3 });
    expect(byP.data!.inferredNetwork.stoppedBy).toBe('P_VALUE');
    expect(byP.data!.inferredNetwork.edges).toHaveLength(5);

    expect(expectError(await gql(INFER, { dataSet: 'no-such-set', edges: 1 }), 'NOT_FOUND').extensions?.field).toBe('dataSet');
  });
});
