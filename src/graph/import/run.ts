import type { Db, Tx } from '../../neo4j/db';
import { emptyCounts, type WriteActor, type WriteCounts } from '../curation/upsert';
import { writeBatch, type BatchReport } from '../curation/batch';
import { batchSize, mergeBatches, slices } from './batch';
import { readImportPath, type Progress } from './read';

export interface ImportOptions {
  /** Validate and check references against the graph, then roll back: nothing is written. */
  dryRun?: boolean;
  actor?: WriteActor;
  progress?: Progress;
  /** Writes per statement; progress is reported after each slice. */
  sliceSize?: number;
}

export interface ImportReport extends BatchReport {
  files: string[];
  dryRun: boolean;
}

/** Thrown inside the transaction to roll a dry run back; carries what would have happened. */
class DryRunRollback extends Error {
  constructor(readonly report: BatchReport) {
    super('dry run: rolled back');
  }
}

function add(into: BatchReport, r: BatchReport): void {
  const sum = (a: WriteCounts, b: WriteCounts): WriteCounts => {
    a.created += b.created;
    a.updated += b.updated;
    a.unchanged += b.unchanged;
    return a;
  };
  sum(into.nodes, r.nodes);
  sum(into.relationships, r.relationships);
  for (const [k, c] of Object.entries(r.byLabel)) into.byLabel[k] = sum(into.byLabel[k] ?? emptyCounts(), c);
}

/**
 * Imports files all or nothing: every file is read and validated first (errors name file,
 * entry or row, and field), then everything is written in ONE write transaction through the
 * seed loader's writeBatch, so references, duplicates and the audit stamps behave exactly
 * as in the seed and the mutations. A second run of the same files reports all unchanged.
 *
 * A dry run runs the same transaction and rolls it back on purpose, so that references to
 * nodes created earlier in the same import are checked exactly as a real run would.
 */
export async function importFiles(db: Db, files: string[], opts: ImportOptions = {}): Promise<ImportReport> {
  const progress = opts.progress ?? (() => {});
  const batches = [];
  for (const file of files) batches.push(await readImportPath(file, progress));
  const batch = mergeBatches(batches);
  const size = batchSize(batch);
  const total = size.nodes + size.relationships;
  progress(`validated ${size.nodes} nodes and ${size.relationships} relationships; writing${opts.dryRun ? ' (dry run)' : ''}…`);

  const sliceSize = opts.sliceSize ?? 10_000;
  const work = async (tx: Tx): Promise<BatchReport> => {
    const report: BatchReport = { nodes: emptyCounts(), relationships: emptyCounts(), byLabel: {} };
    let done = 0;
    for (const slice of slices(batch, sliceSize)) {
      add(report, await writeBatch(tx, slice, opts.actor ?? { name: 'import' }));
      const n = batchSize(slice);
      done += n.nodes + n.relationships;
      if (total > sliceSize) progress(`written ${done} / ${total}`);
    }
    if (opts.dryRun) throw new DryRunRollback(report);
    return report;
  };
  try {
    return { ...(await db.write(work)), files, dryRun: false };
  } catch (err) {
    if (err instanceof DryRunRollback) return { ...err.report, files, dryRun: true };
    throw err;
  }
}
