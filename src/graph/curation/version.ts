import type { Tx } from '../../neo4j/db';

/*
 * The graph version: a number that changes whenever a write commits, so that caches
 * (network metrics, the influence projection) in any number of API processes know when to
 * rebuild — computed once per graph version and shared.
 *
 * It used to be a counter on one `GraphMeta` node that every write transaction locked; under
 * load, writes queued on that lock and deadlocked (issue 11). Now every write transaction
 * CREATEs its own small `GraphChange` node (a write log entry: when and by whom), which takes
 * no lock any other transaction needs, and the version is how many there are. Neo4j answers
 * `MATCH (c:GraphChange) RETURN count(c)` from its counts store (NodeCountFromCountStore) in
 * constant time, transactionally, so the read stays as cheap as the old property read.
 *
 * The log is compacted (compactGraphChanges, at start-up): old entries are deleted and their
 * number added to `GraphChangeEpoch.compacted` in the same transaction, so the version never
 * goes back and never repeats. Only compaction touches that node.
 */

/** Records that this transaction changed the graph. Cheap, lock-free with respect to other writers. */
export async function bumpGraphVersion(tx: Tx, now: string, by?: string): Promise<void> {
  await tx.run('CREATE (:GraphChange {at: $now, by: $by})', { now, by: by ?? null });
}

/** The current graph version (0 for a graph never written through the app). */
export async function graphVersion(tx: Tx): Promise<number> {
  const rows = await tx.run<{ v: number }>(
    `CALL { MATCH (c:GraphChange) RETURN count(c) AS changes }
     CALL { OPTIONAL MATCH (e:GraphChangeEpoch {id: 'graph'}) RETURN coalesce(e.compacted, 0) AS compacted }
     RETURN changes + compacted AS v`,
  );
  return rows[0]?.v ?? 0;
}

/**
 * Folds all but the newest `keep` log entries into the epoch counter, in batches (one
 * transaction each, so a large log never needs one huge transaction), and retires the old
 * `GraphMeta` counter the same way. Returns how many entries were folded.
 */
export async function compactGraphChanges(
  write: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>,
  keep = 1_000,
  batch = 10_000,
): Promise<number> {
  await write((tx) =>
    tx.run(
      `MATCH (m:GraphMeta {id: 'graph'})
       MERGE (e:GraphChangeEpoch {id: 'graph'})
       SET e.compacted = coalesce(e.compacted, 0) + coalesce(m.version, 0)
       DELETE m`,
    ),
  );
  let folded = 0;
  for (;;) {
    const n = await write(async (tx) => {
      const [row] = await tx.run<{ total: number }>('MATCH (c:GraphChange) RETURN count(c) AS total');
      const excess = Math.min(batch, (row?.total ?? 0) - keep);
      if (excess <= 0) return 0;
      const rows = await tx.run<{ n: number }>(
        `MATCH (c:GraphChange) WITH c ORDER BY c.at ASC LIMIT $excess
         WITH collect(c) AS old
         FOREACH (c IN old | DELETE c)
         MERGE (e:GraphChangeEpoch {id: 'graph'})
         SET e.compacted = coalesce(e.compacted, 0) + size(old)
         RETURN size(old) AS n`,
        { excess: Math.trunc(excess) },
      );
      return rows[0]?.n ?? 0;
    });
    folded += n;
    if (n < batch) return folded;
  }
}
