import type { NodeLabel } from '../../domain/labels';
import type { Tx } from '../../neo4j/db';
import {
  addOutcomes,
  emptyCounts,
  upsertNodes,
  upsertRelationships,
  type NodeWrite,
  type RelationshipWrite,
  type WriteActor,
  type WriteCounts,
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

/** Writes a validated batch inside the caller's transaction (so a failure writes nothing). */
export async function writeBatch(tx: Tx, batch: Batch, actor: WriteActor): Promise<BatchReport> {
  const report: BatchReport = { nodes: emptyCounts(), relationships: emptyCounts(), byLabel: {} };
  for (const { label, writes } of batch.nodes) {
    const outcomes = await upsertNodes(tx, label, writes, actor);
    addOutcomes(report.nodes, outcomes);
    report.byLabel[label] = addOutcomes(report.byLabel[label] ?? emptyCounts(), outcomes);
  }
  const outcomes = await upsertRelationships(tx, batch.relationships, actor);
  addOutcomes(report.relationships, outcomes);
  batch.relationships.forEach((w, i) => {
    report.byLabel[w.input.type] = addOutcomes(report.byLabel[w.input.type] ?? emptyCounts(), [outcomes[i]!]);
  });
  return report;
}
