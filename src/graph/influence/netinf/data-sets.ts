/**
 * Adoption cascades stored as their own data set: `(:CascadeDataSet {id})` and one
 * `(:CascadeAdoption {dataSet, row, node, cascade, time, timeText})` per row, in input order
 * (the order of first appearance fixes NetInf's node ids, hence its tie-breaking). These nodes
 * never carry the `Entity` label: they are research data, not cited facts, and no search,
 * catalogue, export or influence query of the graph sees them.
 */
import type { Db, Tx } from '../../../neo4j/db';
import type { AdoptionEvent } from './cascades';
import { NetinfInputError } from './models';

export interface CascadeDataSetInfo {
  id: string;
  name: string;
  description: string | null;
  adoptions: number;
  nodes: number;
  cascades: number;
  importedAt: string;
  importedBy: string;
}

export interface CascadeImport {
  id: string;
  name?: string;
  description?: string;
  events: readonly (AdoptionEvent & { timeText?: string })[];
  by?: string;
  /** Check everything, write in a transaction, then roll it back. */
  dryRun?: boolean;
  /** Replace a data set of the same id (otherwise that is refused). */
  replace?: boolean;
  progress?: (line: string) => void;
  sliceSize?: number;
}

export const DATA_SET_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

class DryRun extends Error {
  constructor(readonly info: CascadeDataSetInfo) {
    super('dry run');
  }
}

/** Writes a data set in ONE transaction: all of it, or (on any error, or a dry run) nothing. */
export async function importCascadeDataSet(
  db: Db,
  input: CascadeImport,
): Promise<CascadeDataSetInfo & { dryRun: boolean; replaced: boolean }> {
  if (!DATA_SET_ID.test(input.id))
    throw new NetinfInputError('A data set id is 1–80 lower-case letters, digits and "-", starting with a letter or digit.', 'id');
  if (!input.events.length) throw new NetinfInputError('There are no adoptions to import.', 'file');
  const progress = input.progress ?? (() => {});
  const slice = input.sliceSize ?? 2000;
  const info: CascadeDataSetInfo = {
    id: input.id,
    name: input.name ?? input.id,
    description: input.description ?? null,
    adoptions: input.events.length,
    nodes: new Set(input.events.map((e) => e.node)).size,
    cascades: new Set(input.events.map((e) => e.cascade)).size,
    importedAt: new Date().toISOString(),
    importedBy: input.by ?? 'import',
  };
  let replaced = false;
  const work = async (tx: Tx): Promise<CascadeDataSetInfo> => {
    const existing = await tx.run<{ n: number }>('MATCH (d:CascadeDataSet {id: $id}) RETURN count(d) AS n', { id: input.id });
    if ((existing[0]?.n ?? 0) > 0) {
      if (!input.replace)
        throw new NetinfInputError(`A cascade data set "${input.id}" exists already. Choose another id, or replace it.`, 'id');
      await deleteIn(tx, input.id);
      replaced = true;
    }
    await tx.run(
      `CREATE (d:CascadeDataSet {id: $id, name: $name, description: $description, adoptions: $adoptions, nodes: $nodes,
                                cascades: $cascades, importedAt: datetime($importedAt), importedBy: $importedBy})`,
      { ...info },
    );
    for (let at = 0; at < input.events.length; at += slice) {
      const rows = input.events
        .slice(at, at + slice)
        .map((e, i) => ({ row: at + i, node: e.node, cascade: e.cascade, time: e.time, timeText: e.timeText ?? null }));
      await tx.run(
        `UNWIND $rows AS r
         CREATE (:CascadeAdoption {dataSet: $id, row: r.row, node: r.node, cascade: r.cascade, time: r.time, timeText: r.timeText})`,
        { id: input.id, rows },
      );
      progress(`written ${Math.min(at + slice, input.events.length)} / ${input.events.length} adoptions`);
    }
    if (input.dryRun) throw new DryRun(info);
    return info;
  };
  try {
    return { ...(await db.write(work)), dryRun: false, replaced };
  } catch (err) {
    if (err instanceof DryRun) return { ...err.info, dryRun: true, replaced };
    throw err;
  }
}

async function deleteIn(tx: Tx, id: string): Promise<void> {
  await tx.run('MATCH (a:CascadeAdoption {dataSet: $id}) DETACH DELETE a', { id });
  await tx.run('MATCH (d:CascadeDataSet {id: $id}) DETACH DELETE d', { id });
}

/** Deletes a data set; false when there was none. */
export async function deleteCascadeDataSet(db: Db, id: string): Promise<boolean> {
  return db.write(async (tx) => {
    const found = await tx.run<{ n: number }>('MATCH (d:CascadeDataSet {id: $id}) RETURN count(d) AS n', { id });
    if (!(found[0]?.n ?? 0)) return false;
    await tx.run('MATCH (a:CascadeAdoption {dataSet: $id}) DETACH DELETE a', { id });
    await tx.run('MATCH (d:CascadeDataSet {id: $id}) DETACH DELETE d', { id });
    return true;
  });
}

export async function listCascadeDataSets(db: Db): Promise<CascadeDataSetInfo[]> {
  const rows = await db.query<CascadeDataSetInfo>(
    `MATCH (d:CascadeDataSet)
     RETURN d.id AS id, d.name AS name, d.description AS description, d.adoptions AS adoptions, d.nodes AS nodes,
            d.cascades AS cascades, toString(d.importedAt) AS importedAt, d.importedBy AS importedBy
     ORDER BY d.id`,
  );
  return rows;
}

/** The adoptions of a data set in input order; undefined when it does not exist. */
export async function readCascadeDataSet(db: Db, id: string): Promise<AdoptionEvent[] | undefined> {
  return db.read(async (tx) => {
    const found = await tx.run<{ n: number }>('MATCH (d:CascadeDataSet {id: $id}) RETURN count(d) AS n', { id });
    if (!(found[0]?.n ?? 0)) return undefined;
    return tx.run<AdoptionEvent>(
      'MATCH (a:CascadeAdoption {dataSet: $id}) RETURN a.node AS node, a.cascade AS cascade, a.time AS time ORDER BY a.row',
      { id },
    );
  });
}
