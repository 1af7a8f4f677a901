import type { Db } from '../../neo4j/db';
import { REL_TYPES, type RelType } from '../../domain/relationships';
import type { LinkObject } from '../../model/link.type';
import { toLink, type RawNode, type RawRel } from '../records';

export type Direction = 'OUT' | 'IN';

/**
 * Relationships of one type for many nodes in one round trip (what the loaders batch).
 * `OUT`: the given ids are the relationships' start nodes; `IN`: their end nodes.
 * The type comes from REL_TYPES (a constant), never from a request.
 */
export async function linksOf(db: Db, type: RelType, direction: Direction, ids: readonly string[]): Promise<LinkObject[][]> {
  if (!(type in REL_TYPES)) throw new Error(`Unknown relationship type ${type}`);
  const pattern = direction === 'OUT' ? `(n)-[r:${type}]->(m)` : `(m)-[r:${type}]->(n)`;
  const rows = await db.query<{ id: string; n: RawNode; r: RawRel; m: RawNode }>(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     MATCH ${pattern}
     RETURN id, n, r, m
     ORDER BY coalesce(r.date, r.since, m.date, '') , m.name`,
    { ids },
  );
  const byId = new Map<string, LinkObject[]>(ids.map((id) => [id, []]));
  for (const { id, n, r, m } of rows) {
    const link = direction === 'OUT' ? toLink(type, n, r, m) : toLink(type, m, r, n);
    byId.get(id)?.push(link);
  }
  return ids.map((id) => byId.get(id) ?? []);
}
