import type { Tx } from '../../neo4j/db';

/**
 * A counter that every committed change increments, so that caches (network metrics) in
 * any number of API processes know when to rebuild.
 */
export async function bumpGraphVersion(tx: Tx, now: string): Promise<void> {
  await tx.run('MERGE (m:GraphMeta {id: "graph"}) SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = $now', { now });
}

export async function graphVersion(tx: Tx): Promise<number> {
  const rows = await tx.run<{ v: number | null }>('OPTIONAL MATCH (m:GraphMeta {id: "graph"}) RETURN m.version AS v');
  return rows[0]?.v ?? 0;
}
