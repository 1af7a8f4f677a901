import type { Db } from '../../neo4j/db';
import type { KeysetPage } from '../../model/list-page';
import { REL_TYPES, type RelType } from '../../domain/relationships';
import { lazy, toLink, type RawNode, type RawRel } from '../records';
import { type LinkObject } from '../../model/link.type';

/** `OUT`: the given ids are the relationships' start nodes; `IN`: their end nodes; `BOTH`: either (partnerships). */
export type Direction = 'OUT' | 'IN' | 'BOTH';

/**
 * Which properties to read: a list of property names, or `null` for all of them. Reads
 * project only what the GraphQL selection asks for (src/loaders/selection.ts).
 */
export type Props = readonly string[] | null;

export interface LinkShape {
  /** The node the list hangs off (its end of each relationship). */
  near: Props;
  /** The related node. */
  far: Props;
  rel: Props;
}

export const ALL_PROPS: LinkShape = { near: null, far: null, rel: null };

/** Length of a relationship list's sort key (see LINK_KEY); cursors carry one. */
export const LINK_KEY_LENGTH = 4;

/**
 * Relationship lists are ordered by date (the relationship's date or since, else the
 * related node's date), then name, then id, and finally the relationship's element id, so
 * that the order is total and a cursor names one position in it.
 */
const LINK_KEY = "[coalesce(r.date, r.since, m.date, ''), coalesce(m.name, ''), m.id, elementId(r)]";

/** Values of a projection (a list in the order of `props`) or all properties (a map) back into an object. */
export function fromProjection(values: unknown, props: Props): Record<string, unknown> {
  if (!Array.isArray(values)) return (values ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  (props ?? []).forEach((p, i) => {
    if (values[i] !== null && values[i] !== undefined) out[p] = values[i];
  });
  return out;
}

/** Cypher for reading `v` projected on the parameter `$param` (null: all properties). */
export const projection = (v: string, param: string): string =>
  `CASE WHEN $${param} IS NULL THEN properties(${v}) ELSE [k IN $${param} | ${v}[k]] END`;

/** A link as it came from one list, with the cursor of its position there. */
export interface PagedLink extends LinkObject {
  cursor: string | null;
}

/** What one relationship comes back as: the id it was asked for and `[out, nLabels, nValues, rValues, mLabels, mValues, key]`. */
export interface Row {
  id: string;
  row: unknown[];
}

/**
 * The Cypher of one page of relationships of one type for many nodes (what the loaders
 * batch): every parameter is prefixed with `p` so that several lists can share a statement.
 * The type comes from REL_TYPES (a constant), never from a request.
 */
export function linksCypher(type: RelType, direction: Direction, p: string, part = 0): string {
  return `UNWIND $${p}ids AS id
     MATCH (n:Entity {id: id})
     CALL (n) {
       ${linkPageCypher(type, direction, p)}
       RETURN r, m, key
     }
     RETURN ${part} AS part, id, [startNode(r) = n, labels(n), ${projection('n', `${p}near`)}, ${projection('r', `${p}rel`)},
            labels(m), ${projection('m', `${p}far`)}, key] AS row`;
}

/**
 * One page of the relationships of one type at the node `n` (in scope): rows `r, m, key`
 * in list order (a WITH … ORDER BY key LIMIT, to be followed by a RETURN), after `$<p>after`, at most `$<p>first`. The loaders batch it per parent
 * (linksCypher); the compiled read path (src/compile) nests it under each parent row.
 */
export function linkPageCypher(type: RelType, direction: Direction, p: string): string {
  if (!(type in REL_TYPES)) throw new Error(`Unknown relationship type ${type}`);
  const pattern = direction === 'OUT' ? `(n)-[r:${type}]->(m)` : direction === 'IN' ? `(m)-[r:${type}]->(n)` : `(n)-[r:${type}]-(m)`;
  return `MATCH ${pattern}
       WITH r, m, ${LINK_KEY} AS key
       WHERE $${p}after IS NULL OR key > $${p}after
       WITH r, m, key ORDER BY key LIMIT toInteger($${p}first)`;
}

export const linksParams = (ids: readonly string[], page: KeysetPage, shape: LinkShape, p: string): Record<string, unknown> => ({
  [`${p}ids`]: ids,
  [`${p}after`]: page.after,
  [`${p}first`]: page.first,
  [`${p}near`]: shape.near,
  [`${p}far`]: shape.far,
  [`${p}rel`]: shape.rel,
});

/** Rows of linksCypher grouped by the id asked for, in the order asked. */
export function groupLinks(
  type: RelType,
  ids: readonly string[],
  rows: Row[],
  shape: LinkShape,
  cursor: (key: unknown[]) => string,
): PagedLink[][] {
  const byId = new Map<string, PagedLink[]>(ids.map((id) => [id, []]));
  for (const { id, row } of rows) {
    const [out, nl, nv, rv, ml, mv, key] = row as [boolean, string[], unknown, unknown, string[], unknown, unknown[]];
    const n: RawNode = { ...fromProjection(nv, shape.near), id, __labels: nl };
    const m: RawNode = { ...fromProjection(mv, shape.far), __labels: ml };
    const r: RawRel = fromProjection(rv, shape.rel);
    const link = (out ? toLink(type, n, r, m) : toLink(type, m, r, n)) as PagedLink;
    lazy(link, 'cursor', () => cursor(key));
    byId.get(id)?.push(link);
  }
  return ids.map((id) => byId.get(id) ?? []);
}

/** One page of relationships of one type for many nodes, in one round trip. */
export async function linksOf(
  db: Db,
  type: RelType,
  direction: Direction,
  ids: readonly string[],
  page: KeysetPage,
  shape: LinkShape = ALL_PROPS,
  cursor: (key: unknown[]) => string = () => '',
): Promise<PagedLink[][]> {
  const rows = await db.query<Row>(linksCypher(type, direction, ''), linksParams(ids, page, shape, ''));
  return groupLinks(type, ids, rows, shape, cursor);
}
