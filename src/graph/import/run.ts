import type { Db, Tx } from '../../neo4j/db';
import type { WriteActor } from '../curation/upsert';
import { writeBatch, type BatchReport } from '../curation/batch';
import { batchSize, mergeBatches } from './batch';
import { readImportPath, type Progress } from './read';

export interface ImportOptions {
  /** Validate and check references against the graph, then roll back: nothing is written. */
  dryRun?: boolean;
  actor?: WriteActor;
  progress?: Progress;
  /** Rows per statement; progress is reported after each. */
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
    const report = await writeBatch(tx, batch, opts.actor ?? { name: 'import' }, {
      chunkSize: sliceSize,
      progress: (done) => {
        if (total > sliceSize) progress(`written ${done} / ${total}`);
      },
    });
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
