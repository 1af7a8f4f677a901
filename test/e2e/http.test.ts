import { describe, expect, it } from 'vitest';
import { Db } from '../../src/neo4j/db';
import { buildWebPage, startTestServer, testServer } from '../helpers/server';

describe('HTTP server', () => {
  const server = testServer();

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('answers the README query with seeded cities and their countries', async () => {
    const res = await post({ query: '{ cities(first: 5) { totalCount edges { node { id name country { name } } } } }' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      data: { cities: { totalCount: number; edges: { node: { country: { name: string } | null } }[] } };
    };
    expect(body.data.cities.totalCount).toBeGreaterThan(20);
    expect(body.data.cities.edges).toHaveLength(5);
    expect(body.data.cities.edges.every((e) => typeof e.node.country?.name === 'string')).toBe(true);
  });

  it('compresses JSON answers for clients that accept gzip or brotli, and not for those that do not', async () => {
    const query = { query: '{ cities(first: 50) { edges { node { id name description } } } }' };
    const gzip = await post(query, { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const body = (await gzip.json()) as { data: { cities: { edges: unknown[] } } };
    expect(body.data.cities.edges.length).toBeGreaterThan(20);
    expect((await post(query, { 'accept-encoding': 'br' })).headers.get('content-encoding')).toBe('br');
    const identity = await post(query, { 'accept-encoding': 'identity' });
    expect(identity.headers.get('content-encoding')).toBeNull();
    // Shared caches keep the two apart.
    for (const res of [gzip, identity]) expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
  });

  it('serves the web page and its script compressed', async () => {
    const build = buildWebPage();
    expect(build.status, build.stderr).toBe(0);
    // The server only serves dist/web when it exists at start-up: start one now that it does.
    const web = await startTestServer();
    try {
      const page = await fetch(`${web.url}/`, { headers: { 'accept-encoding': 'gzip' } });
      expect(page.headers.get('content-encoding')).toBe('gzip');
      const script = /<script[^>]+src="([^"]+\.js)"/.exec(await page.text())?.[1];
      expect(script).toBeDefined();
      const asset = await fetch(new URL(script!, web.url), { headers: { 'accept-encoding': 'gzip' } });
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
      expect(asset.headers.get('content-encoding')).toBe('gzip');
      expect((await asset.text()).length).toBeGreaterThan(10_000);
    } finally {
      await web.close();
    }
  });

  it('reports liveness and readiness', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  it('blocks cross-site simple requests (CSRF prevention)', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ cities(first:1){ totalCount } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });

  it('returns coded errors without internals for bad input', async () => {
    const res = await post({ query: '{ events(where: { dateFrom: "May 2022" }) { totalCount } }' });
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions.code).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:/);
  });

  it('answers queries with DATABASE_UNAVAILABLE and /readyz with 503 when Neo4j is gone, while /healthz stays up', async () => {
    // A server wired to a driver whose database is unreachable (nothing listens on port 1).
    const deadDb = Db.connect({ uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'x', database: 'neo4j' });
    const dead = await startTestServer({ db: deadDb });
    try {
      expect((await fetch(`${dead.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${dead.url}/readyz`)).status).toBe(503);
      const res = await fetch(`${dead.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ cities(first: 1) { totalCount } }' }),
      });
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(body.errors[0]!.message).toMatch(/not reachable/);
    } finally {
      await dead.close();
      await deadDb.close();
    }
  });
});
