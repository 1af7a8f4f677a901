import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { testServer } from '../helpers/server';

/*
 * Express gives each request and response the app's prototypes as it dispatches them; on V8 an
 * object whose prototype changes after it is made escapes the young-generation collector, so a
 * busy server promoted every request to the old generation (src/http/express-server.ts). The
 * server makes them with those prototypes instead: express then has nothing to change.
 */
describe('requests and responses are made with the prototypes express gives them', () => {
  const server = testServer();

  it('no request or response has its prototype changed while GraphQL, health and unknown paths are served', async () => {
    const changed: string[] = [];
    const setPrototypeOf = Object.setPrototypeOf;
    Object.setPrototypeOf = function watched(o: object, proto: object | null) {
      if ((o instanceof http.IncomingMessage || o instanceof http.ServerResponse) && Object.getPrototypeOf(o) !== proto)
        changed.push(o instanceof http.IncomingMessage ? 'request' : 'response');
      return setPrototypeOf(o, proto);
    } as typeof Object.setPrototypeOf;
    try {
      const graphql = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ cities(first: 1) { edges { node { id } } } }' }),
      });
      expect(graphql.status).toBe(200);
      expect(((await graphql.json()) as { data: { cities: { edges: unknown[] } } }).data.cities.edges).toHaveLength(1);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${server.url}/no-such-page`)).status).toBe(404);
    } finally {
      Object.setPrototypeOf = setPrototypeOf;
    }
    expect(changed).toEqual([]);
  });
});
