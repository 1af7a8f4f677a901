import { describe, expect, it } from 'vitest';
import { TopInfluencersDocument } from '../../src/generated/graphql';
import { cite, fixturePrefix, writeFixture } from '../helpers/fixtures';
import { dataOf, expectError, gql, testDb } from '../helpers/graphql';

interface CityMetrics {
  cities: {
    edges: {
      node: {
        id: string;
        metrics: { pagerank: number; betweenness: number; community: number; inDegree: number; outDegree: number } | null;
      };
    }[];
  };
}
const CITY_METRICS = '{ cities(first: 100) { edges { node { id metrics { pagerank betweenness community inDegree outDegree } } } } }';

describe('network metrics of the influence graph', () => {
  const db = testDb();
  const prefix = fixturePrefix(db);

  it('ranks every city whose influence the documents describe above every city with none', async () => {
    // Described: the cities stated to have inspired another city. None: cities that inspired
    // nothing and hosted nothing (they may have attended events or been inspired themselves).
    const [row] = await db.query<{ described: string[]; none: string[] }>(
      `CALL () { MATCH (c:City)-[:INSPIRED]->(:City) RETURN collect(DISTINCT c.id) AS described }
       CALL () { MATCH (c:City) WHERE NOT (c)-[:INSPIRED|HOSTED]->() RETURN collect(c.id) AS none }
       RETURN described, none`,
    );
    const { described, none } = row!;
    expect(described).toEqual(expect.arrayContaining(['cape-town', 'kumanovo', 'oslo', 'mombasa', 'stellenbosch']));
    const result = await gql<CityMetrics>(CITY_METRICS);
    const rank = new Map(dataOf(result).cities.edges.map((e) => [e.node.id, e.node.metrics!.pagerank]));
    const weakestDescribed = Math.min(...described.map((id) => rank.get(id)!));
    const strongestNone = Math.max(...none.map((id) => rank.get(id)!));
    expect(none.length).toBeGreaterThan(10);
    expect(weakestDescribed).toBeGreaterThan(strongestNone);
    // Sixty cities' metrics come from one table: the list, a version check and, when the
    // graph changed, the projection's own version check and the four statements that reload
    // it — no read per city.
    expect(result.queries).toBeLessThanOrEqual(7);
    expect((await gql<CityMetrics>(CITY_METRICS)).queries).toBe(2);
  });

  it('reports degrees, brokers and communities', async () => {
    const nodes = dataOf(await gql<CityMetrics>(CITY_METRICS)).cities.edges.map((e) => e.node);
    const m = (id: string) => nodes.find((n) => n.id === id)!.metrics!;
    expect(m('kumanovo')).toMatchObject({ inDegree: 0, outDegree: 3 }); // inspired Danilovgrad and Elbasan, hosted a roundtable
    expect(m('cape-town').betweenness).toBeGreaterThan(0); // between the Nairobi workshop and Nansana
    expect(m('chicago')).toMatchObject({ inDegree: 0, outDegree: 0, betweenness: 0 });
    // Kumanovo's experts supported Elbasan; Danilovgrad sits with the Hub, its workshop and mayor.
    expect(m('elbasan').community).toBe(m('kumanovo').community);
  });

  it('lists top influencers, optionally by type, region or hub', async () => {
    const cities = dataOf(await gql(TopInfluencersDocument, { first: 5, types: ['City'] })).topInfluencers;
    expect(cities.map((c) => c.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(cities.every((c) => c.actor.__typename === 'City')).toBe(true);
    const scores = cities.map((c) => c.metrics.pagerank);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const balkans = dataOf(await gql(TopInfluencersDocument, { region: 'western-balkans', types: ['City'], first: 3 })).topInfluencers;
    expect(balkans[0]!.actor.id).toBe('kumanovo');
    const hub = dataOf(await gql(TopInfluencersDocument, { hub: 'mena-hub', first: 20 })).topInfluencers.map((c) => c.actor.id);
    expect(hub).toContain('rabat');
    expect(hub).not.toContain('kumanovo');
    expect(expectError(await gql(TopInfluencersDocument, { region: 'atlantis' }), 'NOT_FOUND').extensions?.field).toBe('region');
    expect(expectError(await gql(TopInfluencersDocument, { types: ['Practice'] }), 'BAD_USER_INPUT').extensions?.field).toBe('types');
  });

  it('recomputes after the graph changes, serving the last figures (marked stale) meanwhile', async () => {
    const c = cite(prefix);
    const star = `${prefix}-star`;
    const before = dataOf(await gql(TopInfluencersDocument, { first: 1 })).topInfluencers[0]!;
    expect(before.metrics.stale).toBe(false);
    const pupils = Array.from({ length: 60 }, (_, i) => `${prefix}-pupil-${i}`);
    await writeFixture(
      db,
      [
        ['Source', { id: `${prefix}-src`, title: 'Test source' }],
        ['Country', { id: `${prefix}-land`, name: 'Testland', citations: c }],
        ...[star, ...pupils].map((id): ['City', Record<string, unknown>] => [
          'City',
          { id, name: id, kind: 'CITY', country: `${prefix}-land`, lat: 0, lon: 0, citations: c },
        ]),
      ],
      pupils.map((p) => ({ type: 'INSPIRED', from: star, to: p, citations: c })),
    );
    // At once, without waiting for the rebuild: the last figures, marked stale…
    const served = dataOf(await gql(TopInfluencersDocument, { first: 1 })).topInfluencers[0]!;
    expect(served).toEqual({ ...before, metrics: { ...before.metrics, stale: true } });
    // …and the new ones when they are ready.
    let after = served;
    for (let i = 0; i < 100 && after.metrics.stale; i += 1) {
      await new Promise((r) => setTimeout(r, 50));
      after = dataOf(await gql(TopInfluencersDocument, { first: 1 })).topInfluencers[0]!;
    }
    expect(after.metrics.stale).toBe(false);
    expect(after.actor.id).toBe(star);
    expect(after.metrics.outDegree).toBe(60);
    expect(after.metrics.pagerank).toBeGreaterThan(before.metrics.pagerank);
  });
});
