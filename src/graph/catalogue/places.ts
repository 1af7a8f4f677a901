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
  // Events and groups are located by what is known: a city (place), else a country, else a region.
  areaCountry: 'MATCH (m:Country) WHERE m.id = n.country OR EXISTS { MATCH (:City {id: n.place})-[:IN_COUNTRY]->(m) }',
  areaRegion: `MATCH (m:Region) WHERE m.id = n.region OR EXISTS { MATCH (:Country {id: n.country})-[:IN_REGION]->(m) }
    OR EXISTS { MATCH (:City {id: n.place})-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(m) }`,
  areaHubs: `MATCH (a:Entity)-[:IN_COUNTRY|IN_REGION*0..2]->()-[:COVERED_BY]->(m:Hub)
    WHERE a.id IN [x IN [n.place, n.country, n.region] WHERE x IS NOT NULL]`,
  // Every event located in a country: at a city of it, or known only by the country.
  countryEvents: 'MATCH (m:Event) WHERE m.country = n.id OR EXISTS { MATCH (c:City)-[:IN_COUNTRY]->(n) WHERE c.id = m.place }',
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
