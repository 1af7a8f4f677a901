import { describe, expect, inject, it } from 'vitest';
import { AnswerCache, VersionGate } from '../../src/answer-cache';
import { readGraphVersion } from '../../src/graph/versioned';
import { bumpGraphVersion } from '../../src/graph/curation/version';
import { Db } from '../../src/neo4j/db';
import { fixturePrefix } from '../helpers/fixtures';
import { testDb } from '../helpers/graphql';
import { testServer } from '../helpers/server';

/** What the tests read of an answer. */
type Data = { upsertCity: { outcome: string }; city: { name: string } | null } & Record<string, unknown>;

const KEY = { ana: 'ana-editor-key-0123456789' };
const API_KEYS = `ana:editor:${KEY.ana}`;

type Body = { data?: Data | null; errors?: { message: string; extensions: { code: string } }[] };

describe('answers kept per graph version (issue 10)', () => {
  const base = testDb();
  const p = fixturePrefix(base);
  // As served: the graph version read again after 1 s, or at once after a write through this server.
  const answers = new AnswerCache(8 * 2 ** 20, new VersionGate(readGraphVersion, 1_000));
  const server = testServer({ db: base, env: { API_KEYS }, answers });
  const off = testServer({ db: base, env: { ANSWER_CACHE_MB: '0' } });
  const lagged = testServer({ db: base, env: { ANSWER_CACHE_LAG_MS: '300' } });

  const post = async (query: string, variables: Record<string, unknown> = {}, { key, url }: { key?: string; url?: string } = {}) => {
    const res = await fetch(`${url ?? server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as Body;
  };
  const CITY = 'query City($id: ID!) { city(id: $id) { name } }';
  const upsert = (name: string) =>
    post(
      'mutation($input: CityInput!, $sources: [SourceInput!]) { upsertCity(input: $input, sources: $sources) { outcome } }',
      {
        input: {
          id: `${p}-port`,
          name,
          kind: 'CITY',
          country: 'north-macedonia',
          citations: [{ source: `${p}-memo`, excerpt: 'Port joined the network.' }],
        },
        sources: [{ id: `${p}-memo`, title: 'Hub memo' }],
      },
      { key: KEY.ana },
    );

  it('answers a repeated question from memory, and the first question after a write from the graph', async () => {
    expect((await upsert('Port')).data?.upsertCity.outcome).toBe('CREATED');
    const hits = answers.hits;
    expect((await post(CITY, { id: `${p}-port` })).data).toEqual({ city: { name: 'Port' } });
    expect((await post(CITY, { id: `${p}-port` })).data).toEqual({ city: { name: 'Port' } });
    expect(answers.hits).toBe(hits + 1);
    // Operators see the same in /metrics.
    expect(await (await fetch(`${server.url}/metrics`)).text()).toMatch(/^pg_answer_cache_total\{outcome="hit"\} [1-9]/m);

    // The write is answered before the next read is sent: that read sees it.
    expect((await upsert('Port Louis')).data?.upsertCity.outcome).toBe('UPDATED');
    expect((await post(CITY, { id: `${p}-port` })).data).toEqual({ city: { name: 'Port Louis' } });
    expect(answers.hits).toBe(hits + 1);
    // The server with the cache turned off answers the same.
    expect((await post(CITY, { id: `${p}-port` }, { url: off.url })).data).toEqual({ city: { name: 'Port Louis' } });
  });

  it('writes a kept answer as the very text of the computed one (names past Latin-1, citations, lists)', async () => {
    const card = `query Card($id: ID!) {
      city(id: $id) { name country { name } citations { excerpt }
        adoptions(first: 5) { status date practice { name } citations { excerpt source { id } } }
        influencedBy(first: 5) { kind source { id } citations { excerpt } } }
      search(text: "cair", first: 3) { __typename id }
    }`;
    const text = async (url: string) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' },
        body: JSON.stringify({ query: card, variables: { id: 'cair' } }),
      });
      expect(res.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
      return res.text();
    };
    const hits = answers.hits;
    const computed = await text(server.url);
    expect(computed).toContain('Čair');
    expect(JSON.parse(computed)).not.toHaveProperty('errors');
    const kept = await text(server.url);
    expect(answers.hits).toBe(hits + 1);
    expect(kept).toBe(computed);
    expect(await text(off.url)).toBe(computed); // and what a server without the cache writes
  });

  it('shows a write by another process within ANSWER_CACHE_LAG_MS', async () => {
    const other = Db.connect(inject('neo4j')); // the importer, another API process: not this server's connection
    try {
      const ask = async () => (await post(CITY, { id: `${p}-port` }, { url: lagged.url })).data?.city;
      const before = (await ask())?.name;
      await other.write(async (tx) => {
        await tx.run('MATCH (c:City {id: $id}) SET c.name = $name', { id: `${p}-port`, name: `${before} Bay` });
        await bumpGraphVersion(tx, new Date().toISOString(), 'test');
      });
      await new Promise((r) => setTimeout(r, 400));
      expect(await ask()).toEqual({ name: `${before} Bay` });
    } finally {
      await other.close();
    }
  });

  it('computes a burst of the same question once, and answers all of it alike', async () => {
    const q = `query Reach($id: ID!) { influenceReach(id: $id, direction: DOWNSTREAM, maxHops: 3, first: 20) { depth actor { id } } }`;
    const misses = answers.misses;
    const all = await Promise.all(Array.from({ length: 16 }, () => post(q, { id: 'cape-town' })));
    expect(all[0]!.errors).toBeUndefined();
    expect(new Set(all.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(answers.misses).toBe(misses + 1);
  });

  it('keeps no answer with errors or of the change feed, and none across viewers', async () => {
    const bad = 'query Bad { cities(first: 5, after: "forged") { totalCount } }';
    const hits = answers.hits;
    for (let i = 0; i < 2; i++) expect((await post(bad)).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(answers.hits).toBe(hits);

    // The change feed is about freshness: never kept, even beside a kept field.
    const feed = '{ changes(since: "2000-01-01T00:00:00Z", first: 5) { at } city(id: "cape-town") { name } }';
    for (let i = 0; i < 2; i++) expect((await post(feed)).errors).toBeUndefined();
    expect(answers.hits).toBe(hits);

    const card = '{ city(id: "cape-town") { name } }';
    await post(card);
    await post(card, {}, { key: KEY.ana });
    expect(answers.hits).toBe(hits); // the editor's question is not the anonymous one
    await post(card, {}, { key: KEY.ana });
    expect(answers.hits).toBe(hits + 1);
  });
});
