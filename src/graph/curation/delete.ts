import { AppError } from '../../errors';
import type { Tx } from '../../neo4j/db';
import type { WriteActor } from './upsert';
import { bumpGraphVersion } from './version';
import { REL_TYPES, type RelType } from '../../domain/relationships';

/*
 * Deleting facts (admin only): nodes with what hangs on them, or single relationships.
 * Every deletion leaves a `Deletion` tombstone for the audit trail and bumps the graph version.
 */

/**
 * Facts outside `ids` that name one of them in a property or a citation: an event's `place`, a
 * city's `country`, an influence's `practice`, a citation's source. Deleting the node would
 * leave them dangling, so deletion refuses while they exist. (Full scans: fine at the graph's
 * size; revisit with indexes if it grows past ~100k facts.)
 */
async function referencesTo(tx: Tx, ids: string[]): Promise<string[]> {
  const rows = await tx.run<{ what: string }>(
    `MATCH (m:Entity)
     WHERE NOT m.id IN $ids
       AND (m.place IN $ids OR m.country IN $ids OR m.region IN $ids OR any(s IN coalesce(m.citationSources, []) WHERE s IN $ids))
     RETURN 'node "' + m.id + '"' AS what
     UNION
     MATCH (a:Entity)-[r]->(b:Entity)
     WHERE NOT a.id IN $ids AND NOT b.id IN $ids
       AND (r.practice IN $ids OR r.via IN $ids OR any(s IN coalesce(r.citationSources, []) WHERE s IN $ids))
     RETURN type(r) + ' ' + a.id + ' -> ' + b.id AS what`,
    { ids },
  );
  return rows.map((r) => r.what);
}

/**
 * Deletes nodes and the relationships attached to them (admin), leaving a `Deletion`
 * tombstone per node so that `changes` can report it. Refuses (CONFLICT) while other facts
 * refer to a node by property or cite it. Returns the ids that existed.
 */
export async function deleteNodes(tx: Tx, ids: string[], actor: WriteActor): Promise<string[]> {
  const refs = await referencesTo(tx, ids);
  if (refs.length) {
    throw new AppError(
      'CONFLICT',
      `Other facts still refer to ${ids.map((id) => `"${id}"`).join(', ')}: ${refs.slice(0, 5).join('; ')}${refs.length > 5 ? ` and ${refs.length - 5} more` : ''}. Change or delete those first.`,
      {
        id: ids[0],
        references: refs.length,
      },
    );
  }
  const now = actor.now ?? new Date().toISOString();
  const rows = await tx.run<{ id: string }>(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     WITH n, id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, COUNT { (n)--() } AS detached
     DETACH DELETE n
     CREATE (:Deletion {kind: 'NODE', id: id, label: label, detached: detached, at: $now, by: $actor})
     RETURN id`,
    { ids, now, actor: actor.name },
  );
  if (rows.length) await bumpGraphVersion(tx, now, actor.name);
  return rows.map((r) => r.id);
}

/** Names one relationship: its type, ends and key properties (see relationshipKey). */
export interface RelationshipRef {
  type: RelType;
  from: string;
  to: string;
  key: string;
}

/** Deletes relationships (admin), each with a `Deletion` tombstone. Returns those that existed. */
export async function deleteRelationships(tx: Tx, refs: RelationshipRef[], actor: WriteActor): Promise<RelationshipRef[]> {
  const now = actor.now ?? new Date().toISOString();
  const deleted: RelationshipRef[] = [];
  for (const type of new Set(refs.map((r) => r.type))) {
    if (!(type in REL_TYPES)) throw new Error(`Unknown relationship type ${type}`);
    const group = refs.filter((r) => r.type === type);
    const rows = await tx.run<{ i: number }>(
      `UNWIND $rows AS row
       MATCH (a:Entity {id: row.from})-[r:${type} {key: row.key}]->(b:Entity {id: row.to})
       DELETE r
       CREATE (:Deletion {kind: 'RELATIONSHIP', label: $type, from: row.from, to: row.to, key: row.key, at: $now, by: $actor})
       RETURN row.i AS i`,
      { rows: group.map((r, i) => ({ ...r, i })), type, now, actor: actor.name },
    );
    deleted.push(...rows.map((r) => group[r.i]!));
  }
  if (deleted.length) await bumpGraphVersion(tx, now, actor.name);
  return deleted;
}
