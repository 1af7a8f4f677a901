import { afterAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/context';
import type { ChangeRow } from '../../src/graph/curation/audit';
import { ChangesDocument, DeleteNodeDocument, UpsertCityDocument, UpsertRelationshipDocument } from '../../src/generated/graphql';
import { dataOf, expectError, gql, testDb } from '../helpers/graphql';
import { fixturePrefix, writeFixture } from '../helpers/fixtures';

describe('audit trail', () => {
  const db = testDb();
  const p = fixturePrefix(db);
  afterAll(async () => {
    await db.write((tx) => tx.run('MATCH (d:Deletion) WHERE d.id STARTS WITH $p OR d.from STARTS WITH $p DELETE d', { p: `${p}-` }));
  });
  const ana: Viewer = { name: 'ana', role: 'editor' };
  const cite = [{ source: `${p}-src`, excerpt: 'an audited fact' }];
  /** A change as the `changes` query answers it (the row the API reads, with the node instead of a count). */
  type Change = Omit<ChangeRow, 'detached'> & { node: { id: string } | null };
  const mine = (changes: Change[]) => changes.filter((c) => (c.id ?? c.from ?? '').startsWith(`${p}-`));

  it('stamps createdAt, updatedAt and updatedBy (the key name, never the key) on nodes and relationships', async () => {
    await writeFixture(db, [
      ['Source', { id: `${p}-src`, title: 'Audit source' }],
      ['Practice', { id: `${p}-council`, name: 'Council', category: 'MULTI_ACTOR_MECHANISM', citations: cite }],
    ]);
    const before = new Date().toISOString();
    dataOf(await gql(UpsertCityDocument, { input: { id: `${p}-town`, name: 'Audit town', kind: 'TOWN', citations: cite } }, ana));
    dataOf(
      await gql(
        UpsertRelationshipDocument,
        { input: { type: 'ADOPTED', from: `${p}-town`, to: `${p}-council`, status: 'PLANNED', citations: cite } },
        ana,
      ),
    );
    const [row] = await db.query<{ n: Record<string, unknown>; r: Record<string, unknown> }>(
      'MATCH (n:City {id: $id})-[r:ADOPTED]->() RETURN n {.createdAt, .updatedAt, .updatedBy} AS n, r {.createdAt, .updatedAt, .updatedBy} AS r',
      { id: `${p}-town` },
    );
    for (const stamp of [row!.n, row!.r]) {
      expect(stamp.updatedBy).toBe('ana');
      expect(String(stamp.createdAt) >= before).toBe(true);
      expect(stamp.updatedAt).toBe(stamp.createdAt);
    }
  });

  it('lists what changed since a moment, newest first, with deletions', async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    dataOf(
      await gql(
        UpsertCityDocument,
        { input: { id: `${p}-town`, name: 'Audit town (renamed)', kind: 'TOWN', citations: cite } },
        { name: 'bo', role: 'editor' },
      ),
    );
    const live = mine(dataOf(await gql(ChangesDocument, { since, first: 100 })).changes as Change[]);
    expect(live[0]).toMatchObject({ action: 'UPDATED', kind: 'NODE', label: 'City', id: `${p}-town`, by: 'bo', node: { id: `${p}-town` } });
    expect(live.find((c) => c.kind === 'RELATIONSHIP')).toMatchObject({
      action: 'CREATED',
      label: 'ADOPTED',
      from: `${p}-town`,
      to: `${p}-council`,
      by: 'ana',
    });
    expect(live.find((c) => c.id === `${p}-council`)).toMatchObject({
      action: 'CREATED',
      label: 'Practice',
      by: 'test',
      node: { id: `${p}-council` },
    });

    dataOf(await gql(DeleteNodeDocument, { id: `${p}-town` }, { name: 'root', role: 'admin' }));
    const { changes } = dataOf(await gql(ChangesDocument, { since, first: 100 }));
    const after = mine(changes as Change[]);
    expect(after[0]).toMatchObject({ action: 'DELETED', kind: 'NODE', label: 'City', id: `${p}-town`, by: 'root', node: null });
    // The relationships went with the node: its tombstone stands for them.
    expect(after.filter((c) => c.kind === 'RELATIONSHIP')).toEqual([]);
    const ats = (changes as Change[]).map((c) => c.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    expect(ats.every((a) => a > since)).toBe(true);
  });

  it('pages with first and before, and finds nothing after now', async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    const one = dataOf(await gql(ChangesDocument, { since, first: 1 })).changes;
    expect(one).toHaveLength(1);
    const older = dataOf(await gql(ChangesDocument, { since, before: one[0]!.at, first: 100 })).changes;
    expect(older.every((c) => String(c.at) < String(one[0]!.at))).toBe(true);
    expect(dataOf(await gql(ChangesDocument, { since: new Date(Date.now() + 60_000).toISOString() })).changes).toEqual([]);
    expect(expectError(await gql(ChangesDocument, { since, first: 1000 }), 'BAD_USER_INPUT').extensions?.field).toBe('first');
  });
});
