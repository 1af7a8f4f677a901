import type { NodeObject } from '../../model/node.type';
import type { Db } from '../../neo4j/db';
import { toNode, type RawNode } from '../records';

/**
 * Geography derived over two or three hops, batched like the other loaders. Hubs cover
 * cities directly or through their country or region, so "which hub covers Kumanovo" works
 * whichever level the documents state.
 */
const PLACE_QUERIES = {
  cityRegion: 'MATCH (n)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(m:Region)',
  hubsOf: 'MATCH (n)-[:IN_COUNTRY|IN_REGION*0..2]->()-[:COVERED_BY]->(m:Hub)',
  hubCities: 'MATCH (m:City)-[:IN_COUNTRY|IN_REGION*0..2]->()-[:COVERED_BY]->(n)',
  hubCountries: 'MATCH (m:Country)-[:IN_REGION*0..1]->()-[:COVERED_BY]->(n)',
  regionCities: 'MATCH (m:City)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(n)',
  countryCities: 'MATCH (m:City)-[:IN_COUNTRY]->(n)',
  eventsAt: 'MATCH (m:Event) WHERE m.place = n.id',
} as const;

export type PlaceKind = keyof typeof PLACE_QUERIES;

export async function placesOf(db: Db, kind: PlaceKind, ids: readonly string[]): Promise<NodeObject[][]> {
  const rows = await db.query<{ id: string; ms: RawNode[] }>(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     CALL (n) { ${PLACE_QUERIES[kind]} RETURN DISTINCT m ORDER BY coalesce(m.date, ''), m.name }
     RETURN id, collect(m) AS ms`,
    { ids },
  );
  const byId = new Map(rows.map((r) => [r.id, r.ms.map(toNode)]));
  return ids.map((id) => byId.get(id) ?? []);
}
