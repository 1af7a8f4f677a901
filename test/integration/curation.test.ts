import { afterAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/context';
import {
  DeleteNodeDocument,
  DeleteRelationshipDocument,
  UpsertCityDocument,
  UpsertInfluenceDocument,
  UpsertRelationshipDocument,
  type CityInput,
} from '../../src/generated/graphql';
import { dataOf, expectError, gql, testDb } from '../helpers/graphql';
import { fixturePrefix, writeFixture } from '../helpers/fixtures';

const ana: Viewer = { name: 'ana', role: 'editor' };
const root: Viewer = { name: 'root', role: 'admin' };
const rita: Viewer = { name: 'rita', role: 'reader' };

describe('curation mutations', () => {
  const db = testDb();
  const p = fixturePrefix(db);
  afterAll(async () => {
    await db.write((tx) =>
      tx.run('MATCH (d:Deletion) WHERE d.id STARTS WITH $p OR d.from STARTS WITH $p OR d.to STARTS WITH $p DELETE d', { p: `${p}-` }),
    );
  });
  const src = `${p}-report`;
  const city = (extra: Partial<CityInput> = {}): CityInput => ({
    id: `${p}-nova`,
    name: 'Nova Gorica',
    kind: 'MUNICIPALITY',
    country: 'north-macedonia',
    citations: [{ source: src, excerpt: 'Nova Gorica joined the network in 2024.' }],
    ...extra,
  });
  const newSource = [{ id: src, title: `Field report ${p}`, publisher: 'Hub staff', date: '2024-05' }];
  const count = async (id: string) => (await db.query<{ n: number }>('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id }))[0]!.n;

  it('refuses anonymous writes (UNAUTHENTICATED) and readers (FORBIDDEN), writing nothing', async () => {
    expectError(await gql(UpsertCityDocument, { input: city(), sources: newSource }), 'UNAUTHENTICATED');
    const forbidden = expectError(await gql(UpsertCityDocument, { input: city(), sources: newSource }, rita), 'FORBIDDEN');
    expect(forbidden.message).toMatch(/editor/);
    expect(await count(`${p}-nova`)).toBe(0);
    expect(await count(src)).toBe(0);
  });

  it('lets an editor create a city citing a new source, with its country, in one call', async () => {
    const r = dataOf(await gql(UpsertCityDocument, { input: city(), sources: newSource }, ana));
    expect(r.upsertCity.outcome).toBe('CREATED');
    expect(r.upsertCity.city).toMatchObject({ id: `${p}-nova`, country: { id: 'north-macedonia' }, updatedBy: 'ana' });
    expect(r.upsertCity.city.citations).toEqual([{ excerpt: 'Nova Gorica joined the network in 2024.', source: { id: src } }]);
    expect(r.upsertCity.city.createdAt).toBe(r.upsertCity.city.updatedAt);
    const location = dataOf(
      await gql<{ city: { location: { citations: { excerpt: string }[] } } }>(
        `{ city(id: "${p}-nova") { location { citations { excerpt } } } }`,
      ),
    );
    expect(location.city.location.citations).toHaveLength(1);
  });

  it('reports UNCHANGED for the same write, and UPDATED (keeping createdAt) for a change', async () => {
    const again = dataOf(await gql(UpsertCityDocument, { input: city() }, ana));
    expect(again.upsertCity.outcome).toBe('UNCHANGED');
    const changed = dataOf(
      await gql(UpsertCityDocument, { input: city({ name: 'Nova Gorica (municipality)' }) }, { name: 'bo', role: 'editor' }),
    );
    expect(changed.upsertCity.outcome).toBe('UPDATED');
    expect(changed.upsertCity.city.updatedBy).toBe('bo');
    expect(changed.upsertCity.city.createdAt).toBe(again.upsertCity.city.createdAt);
    expect(changed.upsertCity.city.updatedAt! > again.upsertCity.city.updatedAt!).toBe(true);
  });

  it('moves a city to another country: IN_COUNTRY is replaced, not added', async () => {
    await writeFixture(db, [
      ['Country', { id: `${p}-land`, name: `Testland ${p}`, citations: [{ source: src, excerpt: 'a test country' }] }],
    ]);
    const moved = dataOf(await gql(UpsertCityDocument, { input: city({ country: `${p}-land` }) }, ana));
    expect(moved.upsertCity.outcome).toBe('UPDATED');
    expect(moved.upsertCity.city.country?.id).toBe(`${p}-land`);
    const rows = await db.query<{ to: string }>('MATCH (:City {id: $id})-[:IN_COUNTRY]->(c) RETURN c.id AS to', { id: `${p}-nova` });
    expect(rows).toEqual([{ to: `${p}-land` }]);
    // Without `country`, the current one stays.
    const kept = dataOf(await gql(UpsertCityDocument, { input: city({ country: null }) }, ana));
    expect(kept.upsertCity.city.country?.id).toBe(`${p}-land`);
  });

  it('lets an editor state an influence with a citation, seen at once by a researcher', async () => {
    const r = dataOf(
      await gql(
        UpsertInfluenceDocument,
        {
          input: {
            source: 'kumanovo',
            target: `${p}-nova`,
            date: '2024-03',
            citations: [{ source: src, excerpt: 'Experts from Kumanovo advised Nova Gorica.' }],
          },
        },
        ana,
      ),
    );
    expect(r.upsertInfluence).toMatchObject({
      outcome: 'CREATED',
      influence: { source: { __typename: 'City', id: 'kumanovo' }, target: { id: `${p}-nova` }, date: '2024-03' },
    });
    const seen = dataOf(
      await gql<{ city: { influencedBy: { source: { id: string }; citations: { excerpt: string; source: { id: string } }[] }[] } }>(
        `{ city(id: "${p}-nova") { influencedBy { source { id } citations { excerpt source { id } } } } }`,
      ),
    );
    expect(seen.city.influencedBy).toEqual([
      { source: { id: 'kumanovo' }, citations: [{ excerpt: 'Experts from Kumanovo advised Nova Gorica.', source: { id: src } }] },
    ]);
    // The researcher's path query sees the new influence at once (the projection is keyed by the graph version).
    const paths = await gql<{ influencePaths: { hops: { kind: string; citations: { excerpt: string }[] }[] }[] }>(
      `{ influencePaths(from: "kumanovo", to: "${p}-nova", maxHops: 1) { hops { kind citations { excerpt } } } }`,
    );
    expect(dataOf(paths).influencePaths).toEqual([
      { hops: [{ kind: 'INSPIRED', citations: [{ excerpt: 'Experts from Kumanovo advised Nova Gorica.' }] }] },
    ]);
  });

  it('returns any relationship as the object type of its kind', async () => {
    await writeFixture(db, [
      [
        'Practice',
        {
          id: `${p}-watch`,
          name: 'Test watch',
          category: 'COMMUNITY_ENGAGEMENT',
          citations: [{ source: src, excerpt: 'a test practice' }],
        },
      ],
    ]);
    const r = dataOf(
      await gql(
        UpsertRelationshipDocument,
        {
          input: {
            type: 'ADOPTED',
            from: `${p}-nova`,
            to: `${p}-watch`,
            status: 'PILOTING',
            date: '2024',
            citations: [{ source: src, excerpt: 'Nova Gorica piloted a watch.' }],
          },
        },
        ana,
      ),
    );
    expect(r.upsertRelationship).toMatchObject({
      outcome: 'CREATED',
      relationship: {
        __typename: 'Adoption',
        status: 'PILOTING',
        adopter: { __typename: 'City', id: `${p}-nova` },
        practice: { id: `${p}-watch` },
      },
    });
  });

  it('names the field of invalid input (BAD_USER_INPUT) and the id of unknown references (NOT_FOUND)', async () => {
    expect(expectError(await gql(UpsertCityDocument, { input: city({ id: 'Not A Slug' }) }, ana), 'BAD_USER_INPUT').extensions?.field).toBe(
      'id',
    );
    expect(expectError(await gql(UpsertCityDocument, { input: city({ citations: [] }) }, ana), 'BAD_USER_INPUT').extensions?.field).toBe(
      'citations',
    );
    const noCountry = expectError(await gql(UpsertCityDocument, { input: city({ country: `${p}-atlantis` }) }, ana), 'NOT_FOUND');
    expect(noCountry.extensions).toMatchObject({ field: 'country', id: `${p}-atlantis` });
    const noSource = expectError(
      await gql(UpsertCityDocument, { input: city({ citations: [{ source: `${p}-nowhere`, excerpt: 'nothing here' }] }) }, ana),
      'NOT_FOUND',
    );
    expect(noSource.extensions).toMatchObject({ field: 'citations.0.source', id: `${p}-nowhere` });
    const wrongEnd = expectError(
      await gql(
        UpsertInfluenceDocument,
        { input: { source: src, target: `${p}-nova`, citations: [{ source: src, excerpt: 'sources do not inspire' }] } },
        ana,
      ),
      'BAD_USER_INPUT',
    );
    expect(wrongEnd.extensions?.field).toBe('source');
    expect(wrongEnd.message).toMatch(/is a Source/);
    const role = expectError(
      await gql(
        UpsertRelationshipDocument,
        { input: { type: 'ADOPTED', from: `${p}-nova`, to: `${p}-watch`, role: 'x', citations: [{ source: src, excerpt: 'abc' }] } },
        ana,
      ),
      'BAD_USER_INPUT',
    );
    expect(role.extensions?.field).toBe('role');
    // (A malformed partial date never reaches a resolver: the server refuses the variable; see test/e2e/auth.test.ts.)
  });

  it('stores text that looks like Cypher, quotes or bidi controls verbatim, and refuses broken Unicode', async () => {
    const name = `'"\` ") MATCH (n) DETACH DELETE n // $param {} \u202eevil 🏙️ 城市`;
    const doc = 'mutation($input: LeaderInput!) { upsertLeader(input: $input) { leader { name title } } }';
    const input = { id: `${p}-mayor`, name, title: 'Mayor {of} $city', citations: [{ source: src, excerpt: name }] };
    const r = dataOf(await gql<{ upsertLeader: { leader: { name: string; title: string } } }>(doc, { input }, ana));
    expect(r.upsertLeader.leader).toEqual({ name, title: 'Mayor {of} $city' });
    expect(dataOf(await gql<{ leader: { name: string } }>(`{ leader(id: "${p}-mayor") { name } }`)).leader.name).toBe(name);
    const broken = expectError(await gql(doc, { input: { ...input, name: 'a\ud800b' } }, ana), 'BAD_USER_INPUT');
    expect(broken.extensions?.field).toBe('name');
  });

  it('keeps the network panel answering through its rebuild after a write: the last figures marked stale, then the new ones', async () => {
    type Net = { stats: { network: { nodes: number; stale: boolean } } };
    const network = async () => dataOf(await gql<Net>('{ stats { network { nodes stale } } }')).stats.network;
    const settled = async () => {
      for (let i = 0; i < 200; i++) {
        const n = await network();
        if (!n.stale) return n;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('the network figures never caught up with the graph');
    };
    const before = await settled();
    const input = {
      id: `${p}-deputy`,
      name: 'Deputy Mayor',
      title: 'Deputy Mayor',
      citations: [{ source: `${p}-stale-report`, excerpt: 'A deputy.' }],
    };
    const sources = [{ id: `${p}-stale-report`, title: `Stale report ${p}`, publisher: 'Hub staff' }];
    const doc = 'mutation($input: LeaderInput!, $sources: [SourceInput!]) { upsertLeader(input: $input, sources: $sources) { outcome } }';
    expect(dataOf(await gql<{ upsertLeader: { outcome: string } }>(doc, { input, sources }, ana)).upsertLeader.outcome).toBe('CREATED');
    expect(await network()).toEqual({ nodes: before.nodes, stale: true });
    expect(await settled()).toEqual({ nodes: before.nodes + 2, stale: false });
  });

  it('writes a mutation in one transaction: a failure leaves no new source behind', async () => {
    const other = `${p}-other-report`;
    const r = await gql(
      UpsertCityDocument,
      {
        input: city({ id: `${p}-ghost`, country: `${p}-atlantis`, citations: [{ source: other, excerpt: 'a ghost town' }] }),
        sources: [{ id: other, title: 'Another report' }],
      },
      ana,
    );
    expectError(r, 'NOT_FOUND');
    expect(await count(other)).toBe(0);
    expect(await count(`${p}-ghost`)).toBe(0);
  });

  it('lets only admins delete; deletion detaches, and refuses while others cite or name the node', async () => {
    expectError(await gql(DeleteNodeDocument, { id: `${p}-nova` }, ana), 'FORBIDDEN');
    const cited = expectError(await gql(DeleteNodeDocument, { id: src }, root), 'CONFLICT');
    expect(cited.message).toMatch(/refer/);
    const rel = dataOf(await gql(DeleteRelationshipDocument, { input: { type: 'INSPIRED', from: 'kumanovo', to: `${p}-nova` } }, root));
    expect(rel.deleteRelationship).toMatchObject({
      action: 'DELETED',
      kind: 'RELATIONSHIP',
      label: 'INSPIRED',
      from: 'kumanovo',
      by: 'root',
    });
    expectError(
      await gql(DeleteRelationshipDocument, { input: { type: 'INSPIRED', from: 'kumanovo', to: `${p}-nova` } }, root),
      'NOT_FOUND',
    );
    const gone = dataOf(await gql(DeleteNodeDocument, { id: `${p}-nova` }, root));
    expect(gone.deleteNode).toMatchObject({ action: 'DELETED', label: 'City', id: `${p}-nova`, detached: 2 });
    expect(await count(`${p}-nova`)).toBe(0);
    expectError(await gql(DeleteNodeDocument, { id: `${p}-nova` }, root), 'NOT_FOUND');
    expect(dataOf(await gql<{ city: unknown }>('{ city(id: "kumanovo") { id } }')).city).toEqual({ id: 'kumanovo' });
  });
});
