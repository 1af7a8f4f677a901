import type { NodeObject } from '../../model/node.type';
import type { Db } from '../../neo4j/db';
import { bounds } from '../../domain/partial-date';
import { NODE_LABELS, type NodeLabel } from '../../domain/labels';
import type { NodeOrderField, SortDirection } from '../../domain/ordering';
import { toNode, type RawNode } from '../records';
import { fromProjection, projection, type Props } from './links';

/** Nodes by id, in the order asked, `null` where there is none (what the node loader batches). */
export async function nodesByIds(db: Db, ids: readonly string[]): Promise<(NodeObject | null)[]> {
  const rows = await db.query<{ n: RawNode }>('UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n', { ids });
  const byId = new Map(rows.map(({ n }) => [String(n.id), toNode(n)]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Filters a list query may use; each maps to a fixed Cypher clause with parameters. */
export interface NodeFilter {
  ids?: string[] | null;
  text?: string | null;
  nameStartsWith?: string | null;
  country?: string | null;
  region?: string | null;
  hub?: string | null;
  kind?: string[] | null;
  category?: string[] | null;
  practice?: string | null;
  city?: string | null;
  dateFrom?: string | null;
  dateTo?: string | null;
}

/** How a node is tied to places, so that country / region / hub filters mean "where it happened". */
const SELF = 'self';
const ANCHOR: Partial<Record<NodeLabel, string>> = {
  // The node itself: `SELF` patterns start at n (a `MATCH (c) WHERE c = n` would scan every node per row).
  City: SELF,
  Country: SELF,
  Region: SELF,
  Hub: 'MATCH (c:Entity)-[:COVERED_BY]->(n)',
  Leader: 'MATCH (n)-[:LEADS]->(c:City)',
  Organisation: 'MATCH (c:Country:Entity {id: n.country})',
  Practice: 'MATCH (c:City)-[:ADOPTED]->(n)',
  // Where it took place as far as known: its city, else its country or region (or a host city).
  Event: 'MATCH (c:Entity) WHERE c.id IN [x IN [n.place, n.country, n.region] WHERE x IS NOT NULL] OR (c:City AND (c)-[:HOSTED]->(n))',
  // A group's own country or region, or where its known members are.
  Group: 'MATCH (c:Entity) WHERE c.id IN [x IN [n.country, n.region] WHERE x IS NOT NULL] OR (c:City AND (c)-[:MEMBER_OF]->(n))',
  Challenge: 'MATCH (c:Entity)-[:FACES]->(n)',
};

/** The partial-date property a label is ordered and range-filtered by. */
export const DATE_FIELD: Partial<Record<NodeLabel, string>> = { Event: 'date', Source: 'date', Hub: 'launched' };

/** What "city" means as a filter on other labels. */
const CITY_FILTER: Partial<Record<NodeLabel, string>> = {
  Event: 'EXISTS { MATCH (c:City {id: $city}) WHERE c.id = n.place OR (c)-[:HOSTED|ATTENDED]->(n) }',
  Leader: 'EXISTS { MATCH (n)-[:LEADS]->(:City {id: $city}) }',
  Practice: 'EXISTS { MATCH (:City {id: $city})-[:ADOPTED]->(n) }',
  Country: 'EXISTS { MATCH (:City {id: $city})-[:IN_COUNTRY]->(n) }',
  Challenge: 'EXISTS { MATCH (:City {id: $city})-[:FACES]->(n) }',
  Hub: 'EXISTS { MATCH (:City {id: $city})-[:IN_COUNTRY|IN_REGION*0..2]->()-[:COVERED_BY]->(n) }',
  Group: 'EXISTS { MATCH (:Entity {id: $city})-[:MEMBER_OF]->(n) }',
};

const AREA = '[:IN_COUNTRY|IN_REGION*0..2]';

/** "Where it happened" is in the area `tail` leads to, from the node or its anchor. */
function anchored(anchor: string | undefined, tail: string): string {
  if (!anchor) return 'false';
  return anchor === SELF ? `EXISTS { MATCH (n)${tail} }` : `EXISTS { ${anchor} MATCH (c)${tail} }`;
}

export function filterClauses(label: NodeLabel, f: NodeFilter = {}): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const anchor = ANCHOR[label];
  if (f.ids?.length) {
    where.push('n.id IN $ids');
    params.ids = f.ids;
  }
  if (f.text) {
    where.push('(toLower(n.name) CONTAINS $text OR toLower(coalesce(n.description, "")) CONTAINS $text)');
    params.text = f.text.toLowerCase();
  }
  if (f.nameStartsWith) {
    // Index-backed (every label has a range index on name): a prefix seek, not a scan.
    where.push('n.name STARTS WITH $nameStartsWith');
    params.nameStartsWith = f.nameStartsWith;
  }
  if (f.country) {
    where.push(anchored(anchor, `-${AREA}->(:Country {id: $country})`));
    params.country = f.country;
  }
  if (f.region) {
    where.push(anchored(anchor, `-${AREA}->(:Region {id: $region})`));
    params.region = f.region;
  }
  if (f.hub) {
    where.push(anchored(anchor, `-${AREA}->()-[:COVERED_BY]->(:Hub {id: $hub})`));
    params.hub = f.hub;
  }
  if (f.kind?.length) {
    where.push('n.kind IN $kind');
    params.kind = f.kind;
  }
  if (f.category?.length) {
    where.push('n.category IN $category');
    params.category = f.category;
  }
  if (f.practice) {
    where.push('EXISTS { MATCH (n)-[:ADOPTED]->(:Practice {id: $practice}) }');
    params.practice = f.practice;
  }
  if (f.city) {
    where.push(CITY_FILTER[label] ?? 'n.id = $city');
    params.city = f.city;
  }
  const dateField = DATE_FIELD[label];
  if (f.dateFrom) {
    // Overlap semantics: an event dated "2023" is inside a range starting 2023-05.
    where.push(dateField ? `n.${dateField}End >= $dateFrom` : 'false');
    params.dateFrom = bounds(f.dateFrom).start;
  }
  if (f.dateTo) {
    where.push(dateField ? `n.${dateField}Start <= $dateTo` : 'false');
    params.dateTo = bounds(f.dateTo).end;
  }
  return { where, params };
}

/**
 * The sort key of a list: the ordered value (never null, so that keyset comparisons hold:
 * missing dates and times sort after all others, as Cypher sorts nulls) and the id.
 */
function orderExpression(label: NodeLabel, field: NodeOrderField = 'NAME'): string {
  switch (field) {
    case 'ID':
      return 'n.id';
    case 'DATE':
      return `coalesce(toString(n.${DATE_FIELD[label] ?? 'createdAt'}), '\uffff')`;
    case 'UPDATED_AT':
      return "coalesce(toString(n.updatedAt), '\uffff')";
    default:
      return "coalesce(toLower(n.name), '')";
  }
}

/** Length of a catalogue list's sort key (ordered value, id); cursors carry one. */
export const LIST_KEY_LENGTH = 2;

export interface ListQuery {
  filter?: NodeFilter;
  orderBy?: { field: NodeOrderField; direction: SortDirection };
  /** Page size; one more is read to know whether a next page exists. */
  limit: number;
  /** The sort key of the last node of the previous page (keyset paging). */
  after: readonly unknown[] | null;
  /** Properties to read (null: all). */
  props: Props;
  /** Count every match (only when `totalCount` is asked: counting reads every match). */
  count: boolean;
}

export interface KeyedPage {
  total: number | null;
  nodes: { node: NodeObject; key: unknown[] }[];
  hasNext: boolean;
}

/** The parts of a catalogue page's Cypher, shared by listNodes and the compiled read path (src/compile). */
export interface ListCypher {
  /** `MATCH (n:<label>) WHERE …`: the nodes of the list. */
  match: string;
  /** Rows `n, key` of one page plus one, in list order, from `match`, `$<p>after` and `$<p>limit`. */
  page: string;
  /** The ORDER BY of `key` (to restore the order after per-row subqueries). */
  order: string;
  /** The filter's parameters, prefixed with `p`. */
  params: Record<string, unknown>;
}

export function listCypher(label: NodeLabel, q: Pick<ListQuery, 'filter' | 'orderBy'>, p = ''): ListCypher {
  if (!NODE_LABELS.includes(label)) throw new Error(`Unknown label ${label}`);
  const { where, params } = filterClauses(label, q.filter);
  const desc = q.orderBy?.direction === 'DESC';
  const dir = desc ? 'DESC' : 'ASC';
  const order = orderExpression(label, q.orderBy?.field);
  // The clauses name fixed parameters ($text, $country…): prefixed so that several lists can share a statement.
  const prefixed = p ? where.map((w) => w.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, `$${p}$1`)) : where;
  const match = `MATCH (n:${label}) ${prefixed.length ? `WHERE ${prefixed.join(' AND ')}` : ''}`;
  const orderBy = `key[0] ${dir}, key[1] ${dir}`;
  return {
    match,
    page: `${match}
       WITH n, [${order}, n.id] AS key
       WHERE $${p}after IS NULL OR key ${desc ? '<' : '>'} $${p}after
       WITH n, key ORDER BY ${orderBy} LIMIT toInteger($${p}limit) + 1`,
    order: orderBy,
    params: Object.fromEntries(Object.entries(params).map(([k, v]) => [`${p}${k}`, v])),
  };
}

/**
 * One page of a label's nodes after a keyset position, with only the properties asked for,
 * and the total with count() when asked — in one round trip. Keyset paging stays stable
 * while nodes are added before the cursor, and never skips over the rows before it.
 */
export async function listNodes(db: Db, label: NodeLabel, q: ListQuery): Promise<KeyedPage> {
  const { match, page, params } = listCypher(label, q);
  const rows = await db.query<{ total: number | null; page: [string[], unknown, unknown[]][] }>(
    `${q.count ? `CALL () { ${match} RETURN count(n) AS total }` : 'WITH null AS total'}
     CALL () {
       ${page}
       RETURN collect([labels(n), ${projection('n', 'props')}, key]) AS page
     }
     RETURN total, page`,
    { ...params, after: q.after, limit: q.limit, props: q.props },
  );
  const row = rows[0] ?? { total: 0, page: [] };
  const nodes = row.page
    .slice(0, q.limit)
    .map(([labels, values, key]) => ({ node: toNode({ ...fromProjection(values, q.props), __labels: labels }), key }));
  return { total: row.total, nodes, hasNext: row.page.length > q.limit };
}

/**
 * Turns what a person types into a safe Lucene query: every term is escaped, folded to
 * ASCII lower case (the index uses the standard-folding analyzer) and matched as a prefix,
 * so "nans" finds Nansana and "cair" finds Čair; words of five letters or more also match
 * one typo away.
 */
export function toLuceneQuery(text: string): string | undefined {
  const terms = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  if (!terms.length) return undefined;
  // Names outrank descriptions; exact words outrank prefixes (type-ahead), which outrank
  // near spellings of longer words.
  return terms.map((t) => `(name:${t}^8 OR name:${t}*^4 OR ${t}^2 OR ${t}*${t.length >= 5 ? ` OR ${t}~1` : ''})`).join(' AND ');
}

export interface SearchHit {
  node: NodeObject;
  score: number;
}

/** Full-text search over names and descriptions of every label, reading the properties `props` names (null: all). */
export async function searchNodes(db: Db, text: string, limit: number, labels?: NodeLabel[], props: Props = null): Promise<SearchHit[]> {
  const q = toLuceneQuery(text);
  if (!q) return [];
  const rows = await db.query<{ nl: string[]; nv: unknown; score: number }>(
    `CALL db.index.fulltext.queryNodes('entity_text', $q) YIELD node AS n, score
     WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
     WITH n, score ORDER BY score DESC, n.name LIMIT toInteger($limit)
     RETURN labels(n) AS nl, ${projection('n', 'props')} AS nv, score`,
    { q, limit, labels: labels?.length ? labels : null, props },
  );
  return rows.map(({ nl, nv, score }) => ({ node: toNode({ ...fromProjection(nv, props), __labels: nl }), score }));
}
