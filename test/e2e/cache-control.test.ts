import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CACHE_POLICY, cacheControlPlugins } from '../../src/cache-control';
import { ANONYMOUS, type Context } from '../../src/context';
import { testServer } from '../helpers/server';

/** Dashboard-friendly serving: cacheable reads say so in Cache-Control; nothing else does. */
describe('HTTP caching of reads', () => {
  const adminKey = 'cache-admin-key-0123456789';
  const server = testServer({ env: { API_KEYS: `dash:admin:${adminKey}` } });

  /** GET needs a non-simple header to pass CSRF prevention. */
  const get = (query: string, variables?: object, headers: Record<string, string> = {}) => {
    const url = new URL(`${server.url}/graphql`);
    url.searchParams.set('query', query);
    if (variables) url.searchParams.set('variables', JSON.stringify(variables));
    return fetch(url, { headers: { 'apollo-require-preflight': 'true', ...headers } });
  };

  it('marks catalogue, peer and stats reads public for a minute, nested objects included', async () => {
    const queries = [
      '{ cities(first: 3) { edges { node { name country { name } region { name } } } } }',
      '{ peerCities(cityId: "nansana", practiceId: "neighbourhood-watch", first: 2) { city { name } reasons { text subject { id } citations { source { title } } } } }',
      '{ stats { citiesByHub { key count } network { components } } }',
    ];
    for (const q of queries) {
      const res = await get(q);
      expect(res.status, q).toBe(200);
      expect((await res.json()) as object).not.toHaveProperty('errors');
      expect(res.headers.get('cache-control'), q).toBe(`max-age=${CACHE_POLICY.readMaxAge}, public`);
    }
  });

  it('never caches a response with errors or admin data; keeps keyed reads private', async () => {
    const notFound = await get('query($id: ID!) { peerCities(cityId: $id) { score } }', { id: 'no-such-city' });
    expect(notFound.headers.get('cache-control')).toBe('no-store');

    const keys = await get('{ apiKeys { name } }', undefined, { authorization: `Bearer ${adminKey}` });
    expect(((await keys.json()) as { data?: unknown }).data).toBeTruthy();
    expect(keys.headers.get('cache-control')).toBe('no-store');

    const keyed = await get('{ stats { citiesByRegion { key count } } }', undefined, { authorization: `Bearer ${adminKey}` });
    expect(keyed.headers.get('cache-control')).toBe(`max-age=${CACHE_POLICY.readMaxAge}, private`);
  });
});

describe('cache policy (in process)', () => {
  const schema = buildSchema('type Query { figure: Int apiKeys: [String] } type Mutation { touch: Int }');
  const rootValue = { figure: 1, apiKeys: ['k'], touch: 2 };
  const run = async (query: string, viewer = ANONYMOUS) => {
    const server = new ApolloServer<Context>({ schema, rootValue, plugins: cacheControlPlugins() });
    try {
      const res = await server.executeOperation({ query }, { contextValue: { viewer } as Context });
      expect(res.body.kind === 'single' && res.body.singleResult.errors).toBeFalsy();
      return res.http.headers.get('cache-control');
    } finally {
      await server.stop();
    }
  };

  it('caches reads for readMaxAge, never a successful mutation or an uncached field, and keyed reads only privately', async () => {
    expect(await run('{ figure }')).toBe(`max-age=${CACHE_POLICY.readMaxAge}, public`);
    expect(await run('mutation { touch }')).toBe('no-store');
    expect(await run('{ figure apiKeys }')).toBe('no-store');
    expect(await run('{ figure }', { name: 'dash', role: 'reader' })).toBe(`max-age=${CACHE_POLICY.readMaxAge}, private`);
  });
});
