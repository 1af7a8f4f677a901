import { createHash } from 'node:crypto';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { StatsNetworkDocument } from '../../src/generated/graphql';
import { testServer } from '../helpers/server';

/**
 * Automatic persisted queries (Apollo Server's default, in-memory cache): a dashboard sends
 * a hash; on PERSISTED_QUERY_NOT_FOUND it sends hash + query once; from then on the hash
 * alone works, also as a short, cacheable GET.
 */
describe('automatic persisted queries', () => {
  const server = testServer();

  const query = print(StatsNetworkDocument);
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = { persistedQuery: { version: 1, sha256Hash } };
  const post = (body: object) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  type Body = { data?: { stats: { network: { nodes: number } } }; errors?: { extensions: { code: string } }[] };

  it('asks for the query once, then answers by hash over POST and GET', async () => {
    const miss = (await (await post({ extensions })).json()) as Body;
    expect(miss.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const register = (await (await post({ query, extensions })).json()) as Body;
    expect(register.data?.stats.network.nodes).toBeGreaterThan(200);

    const hit = (await (await post({ extensions })).json()) as Body;
    expect(hit).toEqual(register);

    const url = new URL(`${server.url}/graphql`);
    url.searchParams.set('extensions', JSON.stringify(extensions));
    const res = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect((await res.json()) as Body).toEqual(register);
    expect(res.headers.get('cache-control')).toMatch(/^max-age=\d+, public$/);
  });

  it('refuses a query whose hash does not match, saying so', async () => {
    const res = await post({ query: '{ stats { network { edges } } }', extensions });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Body & { errors: { message: string }[] };
    expect(body.errors[0]).toMatchObject({ message: expect.stringMatching(/sha does not match/), extensions: { code: 'BAD_REQUEST' } });
  });
});
