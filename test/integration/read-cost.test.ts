import { randomBytes } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import type { Context } from '../../src/context';
import { createLogger } from '../../src/logger';
import { startServer, type RunningServer } from '../../src/server';
import { bumpGraphVersion } from '../../src/graph/curation/version';
import { testDb } from '../helpers/graphql';
import { buildCountryWithCities, deleteByPrefix } from '../helpers/big-graph';

/*
 * The cost model on a graph where the work is real: a country with 10,000 cities (own id
 * prefix, removed afterwards). Hostile shapes are refused with QUERY_TOO_COMPLEX before any
 * database statement; the same shapes with pages run and return exactly those pages.
 */
type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions: { code: string; field?: string } }[] };

describe('requests cost what they ask for (10,000-city country)', () => {
  const db = testDb();
  const prefix = `big${randomBytes(3).toString('hex')}`;
  const contexts: Context[] = [];
  /** Keeps each request's context, whose counter says how many Cypher statements it ran. */
  const counter: ApolloServerPlugin<Context> = {
    async requestDidStart({ contextValue }) {
      contexts.push(contextValue);
    },
  };
  let server: RunningServer;
  let country: string;

  beforeAll(async () => {
    country = await buildCountryWithCities(db, prefix, 10_000);
    server = await startServer({
      config: loadConfig({ PORT: '0', NODE_ENV: 'test' }),
      db,
      log: createLogger('silent'),
      plugins: [counter],
    });
  });
  afterAll(async () => {
    await server?.close();
    await deleteByPrefix(db, prefix);
  });

  /** `statements`: Cypher statements the request ran (0 when it was refused before Apollo made it a context). */
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const seen = contexts.length;
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: res.status,
      body: (await res.json()) as Body,
      statements: contexts.length > seen ? contexts.at(-1)!.queries.count : 0,
    };
  };

  it('refuses cities → country → cities on the big country before touching the database', async () => {
    for (const leaf of ['id', '__typename']) {
      const r = await post(`query($id: ID!) { country(id: $id) { cities { country { cities { ${leaf} } } } } }`, { id: country });
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(r.body.errors?.[0]?.message).toMatch(/complexity is \d+; the limit is 15000/);
      expect(r.statements).toBe(0);
    }
  });

  it('answers the same shape with pages, returning exactly the pages asked for', async () => {
    const r = await post(`query($id: ID!) { country(id: $id) { cities(first: 100) { id country { cities(first: 3) { id } } } } }`, {
      id: country,
    });
    expect(r.body.errors).toBeUndefined();
    const cities = (r.body.data!.country as { cities: { id: string; country: { cities: { id: string }[] } }[] }).cities;
    expect(cities).toHaveLength(100);
    expect(cities[0]!.id).toBe(`${prefix}-city-00001`);
    expect(cities.every((c) => c.country.cities.length === 3)).toBe(true);
    // One statement per level: the country, its cities, their country, its cities.
    expect(r.statements).toBeLessThanOrEqual(4);
  });

  it('gives unpaged relationship lists the default page (20), not all 10,000', async () => {
    const r = await post(`query($id: ID!) { country(id: $id) { cities { id } } }`, { id: country });
    expect((r.body.data!.country as { cities: unknown[] }).cities).toHaveLength(20);
  });

  it('keeps the page after a cursor the same while cities are added before it (keyset cursors)', async () => {
    type Page = { country: { cities: { id: string; cursor: string }[] } };
    const q = 'query($id: ID!, $after: String) { country(id: $id) { cities(first: 50, after: $after) { id cursor } } }';
    const page = async (after?: string) => (await post(q, { id: country, after })).body.data as Page;
    const first = await page();
    const cursor = first.country.cities.at(-1)!.cursor;
    const next = await page(cursor);
    expect(next.country.cities[0]!.id).toBe(`${prefix}-city-00051`);
    // A write as every write path makes it: with its graph-version entry (answers are kept per version).
    await db.write(async (tx) => {
      await tx.run(
        "MATCH (c:Country:Entity {id: $country}) CREATE (:City:Entity {id: $id, name: 'City 00000', kind: 'CITY'})-[:IN_COUNTRY]->(c)",
        { country, id: `${prefix}-city-00000` },
      );
      await bumpGraphVersion(tx, new Date().toISOString(), 'test');
    });
    expect((await page(cursor)).country.cities.map((c) => c.id)).toEqual(next.country.cities.map((c) => c.id));
    expect((await page()).country.cities[0]!.id).toBe(`${prefix}-city-00000`);
    const forged = await post(q, { id: country, after: cursor.replace(/^./, (ch) => (ch === 'W' ? 'X' : 'W')) });
    expect(forged.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('refuses 1,000 aliases of the network panel, and of any field, before touching the database', async () => {
    const network = `{ ${Array.from({ length: 1_000 }, (_, i) => `a${i}: stats { network { nodes } }`).join(' ')} }`;
    const any = `{ ${Array.from({ length: 1_000 }, (_, i) => `a${i}: country(id: "${country}") { id }`).join(' ')} }`;
    for (const q of [network, any]) {
      const r = await post(q);
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(r.body.errors?.[0]?.message).toMatch(/more than 30 aliased fields; the limit is 30/);
      expect(r.statements).toBe(0);
    }
  });

  it('computes the network panel once per graph version, whatever the aliases and requests', async () => {
    const q = `{ ${Array.from({ length: 5 }, (_, i) => `a${i}: stats { network { nodes } }`).join(' ')} }`;
    const first = await post(q);
    expect(first.body.errors).toBeUndefined();
    const nodes = Object.values(first.body.data!).map((s) => (s as { network: { nodes: number } }).network.nodes);
    expect(new Set(nodes).size).toBe(1);
    expect(nodes[0]).toBeGreaterThan(10_000);
    // The version check plus, at most, the one summary; the next request at most checks the version
    // (none when it was read less than ANSWER_CACHE_LAG_MS before: the kept answer is given).
    expect(first.statements).toBeLessThanOrEqual(2);
    const again = await post(q);
    expect(again.body).toEqual(first.body);
    expect(again.statements).toBeLessThanOrEqual(1);
  });

  it('keeps the memory of the API flat under repeated attacks', async () => {
    const attack = `query($id: ID!) { country(id: $id) { cities { country { cities { id } } } } }`;
    await post(attack, { id: country });
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 50; i++) expect((await post(attack, { id: country })).status).toBe(400);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });
});
