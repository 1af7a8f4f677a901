import type { ChangeAction, ChangeKind } from '../../domain/changes';
import type { Db } from '../../neo4j/db';

/** A change as the `changes` query lists it (see model/audit.type.ts). */
export interface ChangeRow {
  action: ChangeAction;
  kind: ChangeKind;
  label: string;
  id: string | null;
  from: string | null;
  to: string | null;
  at: string;
  createdAt: string | null;
  by: string | null;
  detached: number | null;
}

export interface ChangeWindow {
  /** ISO instants; `updatedAt` values are ISO strings in UTC, so they compare as strings. */
  since: string;
  before?: string | null;
  first: number;
}

/**
 * What changed after `since` (and before `before`), newest first: nodes and relationships by
 * their updatedAt, plus `Deletion` tombstones. Each branch is cut to `first` before the
 * union is sorted, so the cost follows the page size. Nodes use the entity_updated index;
 * relationships are scanned (a few thousand at the graph's scale).
 */
export async function listChanges(db: Db, w: ChangeWindow): Promise<ChangeRow[]> {
  return db.query<ChangeRow>(
    `CALL () {
       MATCH (n:Entity) WHERE n.updatedAt > $since AND ($before IS NULL OR n.updatedAt < $before)
       WITH n ORDER BY n.updatedAt DESC LIMIT toInteger($first)
       RETURN CASE WHEN n.createdAt = n.updatedAt THEN 'CREATED' ELSE 'UPDATED' END AS action, 'NODE' AS kind,
              [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.id AS id, null AS fromId, null AS toId,
              n.updatedAt AS at, n.createdAt AS createdAt, n.updatedBy AS by, null AS detached
       UNION ALL
       MATCH (a:Entity)-[r]->(b:Entity) WHERE r.updatedAt > $since AND ($before IS NULL OR r.updatedAt < $before)
       WITH a, r, b ORDER BY r.updatedAt DESC LIMIT toInteger($first)
       RETURN CASE WHEN r.createdAt = r.updatedAt THEN 'CREATED' ELSE 'UPDATED' END AS action, 'RELATIONSHIP' AS kind,
              type(r) AS label, null AS id, a.id AS fromId, b.id AS toId,
              r.updatedAt AS at, r.createdAt AS createdAt, r.updatedBy AS by, null AS detached
       UNION ALL
       MATCH (d:Deletion) WHERE d.at > $since AND ($before IS NULL OR d.at < $before)
       WITH d ORDER BY d.at DESC LIMIT toInteger($first)
       RETURN 'DELETED' AS action, d.kind AS kind, d.label AS label, d.id AS id, d.from AS fromId, d.to AS toId,
              d.at AS at, null AS createdAt, d.by AS by, d.detached AS detached
     }
     RETURN action, kind, label, id, fromId AS \`from\`, toId AS \`to\`, at, createdAt, by, detached
     ORDER BY at DESC, kind, label, coalesce(id, fromId), toId
     LIMIT toInteger($first)`,
    { since: w.since, before: w.before ?? null, first: w.first },
  );
}
