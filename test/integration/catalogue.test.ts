import { describe, expect, it } from 'vitest';
import { CitiesDocument, SearchDocument } from '../../src/generated/graphql';
import { dataOf, expectError, gql, testDb } from '../helpers/graphql';
import { cityWeb, fixturePrefix } from '../helpers/fixtures';

describe('catalogue: cities, countries, search', () => {
  const db = testDb();
  const prefix = fixturePrefix(db);

  it('finds a seeded city by id with its country and region', async () => {
    const data = dataOf(
      await gql<{ city: { name: string; country: { id: string }; region: { id: string } } }>(
        '{ city(id: "kumanovo") { name country { id } region { id } } }',
      ),
    );
    expect(data.city).toEqual({ name: 'Kumanovo', country: { id: 'north-macedonia' }, region: { id: 'western-balkans' } });
  });

  it('returns null for an unknown id and for an id of another type', async () => {
    const data = dataOf(
      await gql<{ a: unknown; b: unknown }>('{ a: city(id: "no-such-city") { id } b: city(id: "north-macedonia") { id } }'),
    );
    expect(data).toEqual({ a: null, b: null });
  });

  it('pages through cities with stable cursors and a total count', async () => {
    const first = dataOf(await gql(CitiesDocument, { first: 3 }));
    expect(first.cities.edges).toHaveLength(3);
    expect(first.cities.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(await gql(CitiesDocument, { first: 3, after: first.cities.pageInfo.endCursor }));
    expect(second.cities.totalCount).toBe(first.cities.totalCount);
    const names = [...first.cities.edges, ...second.cities.edges].map((e) => e.node.name);
    expect(new Set(names).size).toBe(6);
    expect([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))).toEqual(names);
  });

  it('filters cities by country and orders them descending by name', async () => {
    const data = dataOf(
      await gql(CitiesDocument, { where: { country: 'north-macedonia' }, orderBy: { field: 'NAME', direction: 'DESC' }, first: 50 }),
    );
    const nodes = data.cities.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(3);
    expect(nodes.every((n) => n.country?.id === 'north-macedonia')).toBe(true);
    expect(nodes.map((n) => n.id)).toContain('kumanovo');
  });

  it('refuses a page larger than the maximum and a forged cursor, naming the field', async () => {
    expect(expectError(await gql(CitiesDocument, { first: 1000 }), 'BAD_USER_INPUT').extensions?.field).toBe('first');
    expect(expectError(await gql(CitiesDocument, { after: 'bm9wZQ' }), 'BAD_USER_INPUT').extensions?.field).toBe('after');
  });

  it('searches by prefix, ignoring accents', async () => {
    const nansana = dataOf(await gql(SearchDocument, { text: 'nans' }));
    expect(nansana.search[0]).toMatchObject({ __typename: 'City', id: 'nansana' });
    const cair = dataOf(await gql(SearchDocument, { text: 'cair', types: ['City'] }));
    expect(cair.search.map((s) => s.name)).toContain('Čair');
  });

  it('lists names that start with a prefix as written, in name order, with a prefix of quotes and Cypher taken literally', async () => {
    const q = 'query($p: String!) { cities(first: 50, where: { nameStartsWith: $p }) { totalCount edges { node { name } } } }';
    const ka = dataOf(await gql<{ cities: { totalCount: number; edges: { node: { name: string } }[] } }>(q, { p: 'Mo' })).cities;
    const names = ka.edges.map((e) => e.node.name);
    expect(names.length).toBeGreaterThanOrEqual(5);
    expect(names.every((n) => n.startsWith('Mo'))).toBe(true);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(ka.totalCount).toBe(names.length);
    // Case-sensitive, as the index compares.
    expect(dataOf(await gql<{ cities: { totalCount: number } }>(q, { p: 'mo' })).cities.totalCount).toBe(0);
    expect(dataOf(await gql<{ cities: { totalCount: number } }>(q, { p: "') RETURN 1 //" })).cities.totalCount).toBe(0);
    expect(expectError(await gql(q, { p: '' }), 'BAD_USER_INPUT').extensions?.field).toBe('nameStartsWith');
  });

  it('treats search text with Lucene or Cypher syntax as plain words', async () => {
    const r = await gql(SearchDocument, { text: '") MATCH (n) DETACH DELETE n //' });
    expect(r.errors).toBeUndefined();
    expect(dataOf(await gql(CitiesDocument, { first: 1 })).cities.totalCount).toBeGreaterThan(10);
  });

  it('costs the same number of Cypher round trips for 50 cities as for 5 (no N+1)', async () => {
    const ids = await cityWeb(db, prefix, 50);
    const query = `query($ids: [ID!]) { cities(first: 100, where: { ids: $ids }) { edges { node {
      id country { name } region { name }
      adoptions { status practice { name } citations { excerpt source { title } } }
      attended { event { name date } }
      leaders { role leader { name } }
    } } } }`;
    const small = await gql<{ cities: { edges: unknown[] } }>(query, { ids: ids.slice(0, 5) });
    const large = await gql<{ cities: { edges: unknown[] } }>(query, { ids });
    expect(dataOf(small).cities.edges).toHaveLength(5);
    expect(dataOf(large).cities.edges).toHaveLength(50);
    expect(large.queries).toBe(small.queries);
    expect(large.queries).toBeLessThanOrEqual(8);
  });
});
