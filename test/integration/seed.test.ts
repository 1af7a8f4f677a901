import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { loadSeed, readSeedDir } from '../../src/graph/seed';
import { testDb } from '../helpers/graphql';

describe('seed loading', () => {
  const db = testDb();

  it('is idempotent: loading the seed again changes nothing', async () => {
    const before = await db.query<{ nodes: number; rels: number; version: number }>(
      'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() WITH nodes, count(r) AS rels OPTIONAL MATCH (m:GraphMeta) RETURN nodes, rels, m.version AS version',
    );
    const report = await loadSeed(db, path.join(PROJECT_ROOT, 'seed'));
    expect(report.nodes).toMatchObject({ created: 0, updated: 0 });
    expect(report.relationships).toMatchObject({ created: 0, updated: 0 });
    const after = await db.query(
      'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() WITH nodes, count(r) AS rels OPTIONAL MATCH (m:GraphMeta) RETURN nodes, rels, m.version AS version',
    );
    expect(after).toEqual(before);
  });

  it('holds exactly the seed files: every entry is a node or relationship with its citations', async () => {
    const batch = await readSeedDir(path.join(PROJECT_ROOT, 'seed'));
    const nodeCount = batch.nodes.reduce((n, g) => n + g.writes.length, 0);
    const [row] = await db.query<{ nodes: number; rels: number; uncited: number }>(
      `MATCH (n:Entity) WHERE n.id IN $ids WITH count(n) AS nodes
       MATCH (:Entity)-[r]->(:Entity) WHERE r.updatedBy = 'seed' WITH nodes, count(r) AS rels, sum(CASE WHEN size(coalesce(r.citationSources, [])) = 0 THEN 1 ELSE 0 END) AS uncited
       RETURN nodes, rels, uncited`,
      { ids: batch.nodes.flatMap((g) => g.writes.map((w) => w.input.id)) },
    );
    expect(row).toEqual({ nodes: nodeCount, rels: batch.relationships.length, uncited: 0 });
  });
});
