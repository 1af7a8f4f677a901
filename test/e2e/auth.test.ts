import { afterAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server';
import { fixturePrefix } from '../helpers/fixtures';
import { testDb } from '../helpers/graphql';
import { startTestServer, testServer } from '../helpers/server';

const KEY = { ana: 'ana-editor-key-0123456789', rita: 'rita-reader-key-0123456789', root: 'root-admin-key-0123456789' };
const API_KEYS = `ana:editor:${KEY.ana},rita:reader:${KEY.rita},root:admin:${KEY.root}`;

type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions: { code: string; field?: string } }[] };

describe('authentication over HTTP', () => {
  const db = testDb();
  const p = fixturePrefix(db);
  const server = testServer({ db, env: { API_KEYS } });
  const locked = testServer({ db, env: { API_KEYS, REQUIRE_API_KEY: 'true' } });
  afterAll(async () => {
    await db.write((tx) => tx.run('MATCH (k:ApiKey) WHERE k.name STARTS WITH $p DELETE k', { p }));
  });

  const post = async (s: RunningServer, query: string, variables: Record<string, unknown> = {}, key?: string) => {
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as Body };
  };
  const codeOf = (b: Body) => b.errors?.[0]?.extensions.code;

  const UPSERT_CITY =
    'mutation($input: CityInput!, $sources: [SourceInput!]) { upsertCity(input: $input, sources: $sources) { outcome city { id updatedBy } } }';
  const cityInput = {
    id: `${p}-port`,
    name: 'Port',
    kind: 'CITY',
    country: 'north-macedonia',
    citations: [{ source: `${p}-memo`, excerpt: 'Port joined the network.' }],
  };
  const sources = [{ id: `${p}-memo`, title: 'Hub memo' }];

  it('answers an anonymous mutation with UNAUTHENTICATED and a reader key with FORBIDDEN', async () => {
    expect(codeOf((await post(server, UPSERT_CITY, { input: cityInput, sources })).body)).toBe('UNAUTHENTICATED');
    const reader = await post(server, UPSERT_CITY, { input: cityInput, sources }, KEY.rita);
    expect(codeOf(reader.body)).toBe('FORBIDDEN');
    expect(reader.body.errors![0]!.message).toMatch(/editor/);
  });

  it('refuses unknown and malformed keys with 401, never as anonymous', async () => {
    const unknown = await post(server, '{ cities(first: 1) { totalCount } }', {}, 'not-a-key-0123456789');
    expect(unknown.status).toBe(401);
    expect(codeOf(unknown.body)).toBe('UNAUTHENTICATED');
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
      body: '{"query":"{ stats { __typename } }"}',
    });
    expect(res.status).toBe(401);
  });

  it('lets an editor key write, stamping its name, and the write is visible at once', async () => {
    const w = await post(server, UPSERT_CITY, { input: cityInput, sources }, KEY.ana);
    expect(w.body.data).toEqual({ upsertCity: { outcome: 'CREATED', city: { id: `${p}-port`, updatedBy: 'ana' } } });
    expect(JSON.stringify(w.body)).not.toContain(KEY.ana);
    const r = await post(server, `{ city(id: "${p}-port") { name country { id } } }`);
    expect(r.body.data).toEqual({ city: { name: 'Port', country: { id: 'north-macedonia' } } });
  });

  it('refuses a malformed partial date in variables with BAD_USER_INPUT', async () => {
    const r = await post(
      server,
      'mutation($i: InfluenceInput!) { upsertInfluence(input: $i) { outcome } }',
      {
        i: { source: 'kumanovo', target: `${p}-port`, date: 'May 2024', citations: [{ source: `${p}-memo`, excerpt: 'abc' }] },
      },
      KEY.ana,
    );
    expect(codeOf(r.body)).toBe('BAD_USER_INPUT');
    expect(r.body.errors![0]!.message).toMatch(/partial date/);
  });

  it('accepts keys made by an admin at once, and stops accepting them when revoked', async () => {
    const made = await post(server, 'mutation($n: String!) { createApiKey(name: $n, role: READER) { key } }', { n: `${p}-dash` }, KEY.root);
    const key = (made.body.data as { createApiKey: { key: string } }).createApiKey.key;
    expect((await post(server, '{ apiKeys { name } }', {}, key)).body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await post(server, '{ stats { __typename } }', {}, key)).status).toBe(200);
    await post(server, 'mutation($n: String!) { revokeApiKey(name: $n) }', { n: `${p}-dash` }, KEY.root);
    expect((await post(server, '{ stats { __typename } }', {}, key)).status).toBe(401);
  });

  it('blocks anonymous reads when REQUIRE_API_KEY is set', async () => {
    const anonymous = await post(locked, '{ city(id: "kumanovo") { name } }');
    expect(anonymous.status).toBe(401);
    expect(codeOf(anonymous.body)).toBe('UNAUTHENTICATED');
    expect((await post(locked, '{ city(id: "kumanovo") { name } }', {}, KEY.rita)).body.data).toEqual({ city: { name: 'Kumanovo' } });
  });

  it('keeps the keys of two servers in one process apart', async () => {
    const zoe = { name: `${p}-zoe`, key: 'zoe-admin-key-0123456789' };
    const other = await startTestServer({ db, env: { API_KEYS: `${zoe.name}:admin:${zoe.key}` } });
    try {
      const envKeysOf = async (s: RunningServer, key: string) =>
        ((await post(s, '{ apiKeys { name origin } }', {}, key)).body.data?.apiKeys as { name: string; origin: string }[])
          .filter((k) => k.origin === 'environment')
          .map((k) => k.name);
      expect(await envKeysOf(other, zoe.key)).toEqual([zoe.name]);
      expect(await envKeysOf(server, KEY.root)).toEqual(['ana', 'rita', 'root']);
      expect((await post(server, '{ stats { __typename } }', {}, zoe.key)).status).toBe(401);
      expect((await post(other, '{ stats { __typename } }', {}, KEY.root)).status).toBe(401);
      expect((await fetch(`${other.url}/export/csv?part=nodes`, { headers: { authorization: `Bearer ${KEY.root}` } })).status).toBe(401);
      // The other server's API_KEYS name is not taken here (the afterAll removes the stored key).
      const made = await post(server, 'mutation($n: String!) { createApiKey(name: $n, role: READER) { name } }', { n: zoe.name }, KEY.root);
      expect(made.body.errors).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});
