import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { RelationshipInput } from '../model/link.input';
import type { Db } from '../neo4j/db';
import { writeBatch, type Batch, type BatchReport } from './curation/batch';
import type { NodeWrite, WriteActor } from './curation/upsert';
import { REL_TYPE_NAMES, relTypeNamed } from '../domain/relationships';
import type { NodeLabel } from '../domain/labels';
import { inputError, toNodeInput, toRelationshipInput } from './curation/validation';
import { bumpGraphVersion } from './curation/version';
import { readDataFile } from './curation/data-file';

/** Node files in load order (what is cited or referred to comes first). */
export const NODE_FILES: readonly [string, NodeLabel][] = [
  ['sources', 'Source'],
  ['regions', 'Region'],
  ['countries', 'Country'],
  ['cities', 'City'],
  ['hubs', 'Hub'],
  ['leaders', 'Leader'],
  ['organisations', 'Organisation'],
  ['practices', 'Practice'],
  ['events', 'Event'],
  ['challenges', 'Challenge'],
  ['groups', 'Group'],
];

async function readEntries(file: string, display: string): Promise<Record<string, unknown>[]> {
  const data = await readDataFile(file, display);
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw inputError({ file: display }, '(file)', 'must be a list of entries');
  return data as Record<string, unknown>[];
}

/** Reads and validates a seed-format folder: `<kind>.yaml` node files and `relationships/<type>.yaml`. */
export async function readSeedDir(dir: string): Promise<Batch> {
  const batch: Batch = { nodes: [], relationships: [] };
  const files = new Set(await readdir(dir));
  for (const [base, label] of NODE_FILES) {
    const name = [`${base}.yaml`, `${base}.yml`, `${base}.json`].find((f) => files.has(f));
    if (!name) continue;
    const entries = await readEntries(path.join(dir, name), name);
    const writes: NodeWrite[] = [];
    for (const [i, entry] of entries.entries()) {
      const ctx = { file: name, entry: i + 1 };
      writes.push({ input: await toNodeInput(label, entry, ctx), ctx });
    }
    batch.nodes.push({ label, writes });
  }
  const relDir = path.join(dir, 'relationships');
  const relFiles = files.has('relationships') ? (await readdir(relDir)).filter((f) => /\.(ya?ml|json)$/.test(f)).sort() : [];
  for (const name of relFiles) {
    const display = `relationships/${name}`;
    const type = relTypeNamed(name.replace(/\.(ya?ml|json)$/, ''));
    if (!type)
      throw inputError(
        { file: display },
        '(file)',
        `is not a relationship type; use one of ${REL_TYPE_NAMES.map((t) => t.toLowerCase()).join(', ')}`,
      );
    for (const [i, entry] of (await readEntries(path.join(relDir, name), display)).entries()) {
      const ctx = { file: display, entry: i + 1 };
      const input: RelationshipInput = await toRelationshipInput({ ...entry, type }, ctx);
      batch.relationships.push({ input, ctx });
    }
  }
  return batch;
}

/** Loads a seed folder in one write transaction. Loading it twice changes nothing. */
export async function loadSeed(db: Db, dir: string, actor: WriteActor = { name: 'seed' }): Promise<BatchReport> {
  const batch = await readSeedDir(dir);
  return db.write((tx) => writeBatch(tx, batch, actor));
}

/** True when the graph holds no facts yet (start-up loads the seed then). */
export async function graphIsEmpty(db: Db): Promise<boolean> {
  const rows = await db.query<{ any: boolean }>('OPTIONAL MATCH (n:Entity) WITH n LIMIT 1 RETURN n IS NOT NULL AS any');
  return !rows[0]?.any;
}

/** Removes every fact (used by `seed --reset --yes` and nothing else). API keys survive. */
export async function clearGraph(db: Db): Promise<number> {
  return db.write(async (tx) => {
    const rows = await tx.run<{ n: number }>('MATCH (n:Entity) WITH n LIMIT 100000 DETACH DELETE n RETURN count(*) AS n');
    await bumpGraphVersion(tx, new Date().toISOString(), 'seed --reset');
    return rows[0]?.n ?? 0;
  });
}
