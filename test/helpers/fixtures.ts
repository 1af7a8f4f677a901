import { randomBytes } from 'node:crypto';
import { afterAll } from 'vitest';
import type { Db } from '../../src/neo4j/db';
import { writeBatch, type Batch } from '../../src/graph/curation/batch';
import { deleteNodes } from '../../src/graph/curation/delete';
import { toNodeInput, toRelationshipInput } from '../../src/graph/curation/validation';
import type { NodeLabel } from '../../src/domain/labels';

/**
 * Test-owned data: every id starts with a prefix unique to the test file, and everything
 * with that prefix is deleted after the file's tests. The seed itself is never modified.
 */
export function fixturePrefix(db: Db): string {
  const prefix = `t${randomBytes(4).toString('hex')}`;
  afterAll(async () => {
    await db.write(async (tx) => {
      const ids = await tx.run<{ id: string }>('MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN n.id AS id', { p: `${prefix}-` });
      // Through the curation path, so that caches keyed by the graph version see the deletion.
      await deleteNodes(
        tx,
        ids.map((r) => r.id),
        { name: 'test' },
      );
    });
  });
  return prefix;
}

export type Plain = Record<string, unknown>;

/** Writes nodes and relationships through the real upsert path (validation included). */
export async function writeFixture(db: Db, nodes: [NodeLabel, Plain][], relationships: Plain[] = []): Promise<void> {
  const batch: Batch = { nodes: [], relationships: [] };
  for (const [label, plain] of nodes) {
    let group = batch.nodes.find((g) => g.label === label);
    if (!group) batch.nodes.push((group = { label, writes: [] }));
    group.writes.push({ input: await toNodeInput(label, plain) });
  }
  for (const r of relationships) batch.relationships.push({ input: await toRelationshipInput(r) });
  // Sources first, then the rest in the given order.
  batch.nodes.sort((a, b) => Number(b.label === 'Source') - Number(a.label === 'Source'));
  await db.write((tx) => writeBatch(tx, batch, { name: 'test' }));
}

/** A citation pointing at the fixture's own source. */
export const cite = (prefix: string, excerpt = 'a test fact') => [{ source: `${prefix}-src`, excerpt }];

/**
 * `n` cities in one country, each with a leader, an adoption and an attendance: the shape
 * the N+1 test needs.
 */
export async function cityWeb(db: Db, prefix: string, n: number): Promise<string[]> {
  const c = cite(prefix);
  const nodes: [NodeLabel, Plain][] = [
    ['Source', { id: `${prefix}-src`, title: `Test source ${prefix}` }],
    ['Country', { id: `${prefix}-land`, name: `Testland ${prefix}`, citations: c }],
    ['Practice', { id: `${prefix}-council`, name: 'Test council', category: 'MULTI_ACTOR_MECHANISM', citations: c }],
    ['Event', { id: `${prefix}-summit`, name: 'Test summit', kind: 'SUMMIT', date: '2023-05', citations: c }],
  ];
  const rels: Plain[] = [];
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const id = `${prefix}-city-${i}`;
    ids.push(id);
    nodes.push(['City', { id, name: `Testcity ${prefix} ${i}`, kind: 'CITY', country: `${prefix}-land`, lat: 1, lon: 2, citations: c }]);
    nodes.push(['Leader', { id: `${prefix}-mayor-${i}`, name: `Mayor ${i}`, title: 'Mayor', citations: c }]);
    rels.push(
      { type: 'IN_COUNTRY', from: id, to: `${prefix}-land`, citations: c },
      { type: 'ADOPTED', from: id, to: `${prefix}-council`, status: 'IMPLEMENTED', date: '2023', citations: c },
      { type: 'ATTENDED', from: id, to: `${prefix}-summit`, citations: c },
      { type: 'LEADS', from: `${prefix}-mayor-${i}`, to: id, role: 'Mayor', since: '2021', citations: c },
    );
  }
  await writeFixture(db, nodes, rels);
  return ids;
}
