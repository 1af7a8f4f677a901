import type { NodeObject } from '../../model/node.type';
import type { KeysetPage } from '../../model/list-page';
import type { Db } from '../../neo4j/db';
import { fromProjection, projection, type Props, type Row } from './links';
import { lazy, toNode } from '../records';

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

/** Length of a place list's sort key: date, name, id. */
export const PLACE_KEY_LENGTH = 3;

/** A node as it came from one list, with the cursor of its position there. */
export type PagedNode = NodeObject & { cursor?: string | null };

/** The Cypher of one page of derived places for many nodes; parameters prefixed with `p`. */
export function placesCypher(kind: PlaceKind, p: string, part = 0): string {
  return `UNWIND $${p}ids AS id
     MATCH (n:Entity {id: id})
     CALL (n) {
       ${placePageCypher(kind, p)}
       RETURN m, key
     }
     RETURN ${part} AS part, id, [labels(m), ${projection('m', `${p}props`)}, key] AS row`;
}

/** One page of derived places at the node `n` (in scope): rows `m, key` in list order, to be followed by a RETURN (see linkPageCypher). */
export function placePageCypher(kind: PlaceKind, p: string): string {
  return `${PLACE_QUERIES[kind]}
       WITH DISTINCT m
       WITH m, [coalesce(m.date, ''), coalesce(m.name, ''), m.id] AS key
       WHERE $${p}after IS NULL OR key > $${p}after
       WITH m, key ORDER BY key LIMIT toInteger($${p}first)`;
}

export const placesParams = (ids: readonly string[], page: KeysetPage, props: Props, p: string): Record<string, unknown> => ({
  [`${p}ids`]: ids,
  [`${p}after`]: page.after,
  [`${p}first`]: page.first,
  [`${p}props`]: props,
});

export function groupPlaces(ids: readonly string[], rows: Row[], props: Props, cursor: (key: unknown[]) => string): PagedNode[][] {
  const byId = new Map<string, PagedNode[]>(ids.map((id) => [id, []]));
  for (const { id, row } of rows) {
    const [ml, mv, key] = row as [string[], unknown, unknown[]];
    const node: PagedNode = toNode({ ...fromProjection(mv, props), __labels: ml });
    lazy(node, 'cursor', () => cursor(key));
    byId.get(id)?.push(node);
  }
  return ids.map((id) => byId.get(id) ?? []);
}

export async function placesOf(
  db: Db,
  kind: PlaceKind,
  ids: readonly string[],
  page: KeysetPage,
  props: Props = null,
  cursor: (key: unknown[]) => string = () => '',
): Promise<PagedNode[][]> {
  const rows = await db.query<Row>(placesCypher(kind, ''), placesParams(ids, page, props, ''));
  return groupPlaces(ids, rows, props, cursor);
}
