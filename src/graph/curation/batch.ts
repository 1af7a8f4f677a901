import type { NodeLabel } from '../../domain/labels';
import type { Tx } from '../../neo4j/db';
import {
  addOutcomes,
  emptyCounts,
  upsertBatch,
  type NodeWrite,
  type RelationshipWrite,
  type WriteActor,
  type WriteCounts,
  type WriteOptions,
} from './upsert';

/** A validated data set, ready to write: what the seed, an import file or a CSV becomes. */
export interface Batch {
  nodes: { label: NodeLabel; writes: NodeWrite[] }[];
  relationships: RelationshipWrite[];
}

export interface BatchReport {
  nodes: WriteCounts;
  relationships: WriteCounts;
  byLabel: Record<string, WriteCounts>;
}

/**
 * Writes a validated batch inside the caller's transaction (so a failure writes nothing):
 * every reference and repeat is checked before the first write, then each label and
 * relationship type is written in chunks of `opts.chunkSize` rows.
 */
export async function writeBatch(tx: Tx, batch: Batch, actor: WriteActor, opts: WriteOptions = {}): Promise<BatchReport> {
  const report: BatchReport = { nodes: emptyCounts(), relationships: emptyCounts(), byLabel: {} };
  const outcomes = await upsertBatch(tx, batch.nodes, batch.relationships, actor, opts);
  batch.nodes.forEach(({ label }, g) => {
    addOutcomes(report.nodes, outcomes.nodes[g]!);
    report.byLabel[label] = addOutcomes(report.byLabel[label] ?? emptyCounts(), outcomes.nodes[g]!);
  });
  addOutcomes(report.relationships, outcomes.relationships);
  batch.relationships.forEach((w, i) => {
    const c = (report.byLabel[w.input.type] ??= emptyCounts());
    c[outcomes.relationships[i]!] += 1;
  });
  return report;
}
