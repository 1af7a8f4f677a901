import { notFound } from '../../errors';
import type { Citation } from '../../model/node.type';
import type { Db, Tx } from '../../neo4j/db';
import { assembleCascade, readCascade } from '../influence/diffusion';
import { influenceGraph } from '../influence/cache';
import type { Hop } from '../influence/graph';
import { loadGeography, PLACE_FIELDS, PlaceIndex, type PlaceRow } from '../influence/places';
import { influenceReach } from '../influence/reach';
import { knownAsOf, spanOf } from '../influence/time';
import { citationsOf } from '../records';
import { citationAttrs, edgeTime, type AttrValue, type ExportEdge, type ExportGraph, type ExportNode } from './model';
import type { ExportRequest } from './scope';

/*
 * Reads the graph or a part of it into an ExportGraph. "All" is every node except the
 * source documents (they are cited by every edge's `sources` instead of being isolated
 * nodes) and every relationship between them. Events date the HOSTED / ATTENDED /
 * ORGANISED edges that point at them, and an INSPIRED edge without a date takes its
 * `via` event's, as in the influence hops. With asOf, nodes and edges certainly after it
 * are left out, and so are edges whose ends were.
 */
type NodeRow = PlaceRow & {
  name: string;
  kind: string | null;
  category: string | null;
  date: string | null;
  lat: number | null;
  lon: number | null;
};

const NODE_FIELDS = `n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name, n.kind AS kind,
  n.category AS category, coalesce(n.date, n.launched) AS date, n.lat AS lat, n.lon AS lon, ${PLACE_FIELDS}`;

interface RelRow {
  source: string;
  target: string;
  type: string;
  date: string | null;
  since: string | null;
  until: string | null;
  practice: string | null;
  via: string | null;
  influence: string | null;
  after: string | null;
  status: string | null;
  role: string | null;
  description: string | null;
  cs: string[] | null;
  ce: string[] | null;
}

// Flat columns and no ORDER BY: both cost more in the database and the driver than a sort here.
const RELS_CYPHER = `
  MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT a:Source AND NOT b:Source
  OPTIONAL MATCH (v:Event {id: r.via})
  RETURN a.id AS source, b.id AS target, type(r) AS type,
         coalesce(r.date, CASE WHEN type(r) IN ['HOSTED', 'ATTENDED', 'ORGANISED', 'FORMED_AT'] THEN b.date END, v.date,
                  CASE WHEN type(r) = 'INSPIRED' AND a:Event THEN a.date END) AS date,
         r.since AS since, r.until AS until, r.practice AS practice, r.via AS via,
         CASE WHEN type(r) = 'INSPIRED' THEN coalesce(r.kind, 'INSPIRED') END AS influence, r.after AS after, r.status AS status, r.role AS role,
         r.description AS description, r.citationSources AS cs, r.citationExcerpts AS ce`;

const relOrder = (a: RelRow, b: RelRow): number =>
  a.type.localeCompare(b.type) ||
  a.source.localeCompare(b.source) ||
  a.target.localeCompare(b.target) ||
  (a.practice ?? '').localeCompare(b.practice ?? '') ||
  (a.via ?? '').localeCompare(b.via ?? '');

async function readNodes(tx: Tx, ids: string[] | null): Promise<ExportNode[]> {
  const rows = ids
    ? await tx.run<NodeRow>(`UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN ${NODE_FIELDS} ORDER BY id`, { ids })
    : await tx.run<NodeRow>(`MATCH (n:Entity) WHERE NOT n:Source RETURN ${NODE_FIELDS} ORDER BY id`);
  const { countryRegion, coverage } = await loadGeography(tx);
  // Cities outside `ids` still place the events held in them: read their countries too.
  const venueIds = ids ? rows.map((r) => r.place ?? r.ledCity).filter(Boolean) : [];
  const venues = venueIds.length
    ? await tx.run<PlaceRow>(`MATCH (n:City) WHERE n.id IN $venueIds RETURN n.id AS id, 'City' AS label, n.country AS country`, {
        venueIds,
      })
    : [];
  const places = new PlaceIndex([...rows, ...venues], countryRegion, coverage);
  return rows.map((r) => {
    const p = places.of(r);
    const attrs = {
      label: r.name,
      type: r.label,
      kind: r.kind,
      category: r.category,
      country: p.country,
      region: p.region,
      hub: p.hubs.join('|') || null,
      date: r.date,
      lat: r.lat,
      lon: r.lon,
    };
    return { id: r.id, attrs };
  });
}

const edge = (source: string, target: string, attrs: Record<string, AttrValue>, citations: Citation[]) => ({
  source,
  target,
  attrs: { ...attrs, ...citationAttrs(citations) },
});

function finish(title: string, nodes: ExportNode[], edges: Omit<ExportEdge, 'id'>[], asOfDate: string | null): ExportGraph {
  const asOf = spanOf(asOfDate);
  const kept = nodes.filter((n) => knownAsOf(spanOf(n.attrs.date as string | null), asOf));
  const ids = new Set(kept.map((n) => n.id));
  const keptEdges = edges.filter((e) => ids.has(e.source) && ids.has(e.target) && knownAsOf(spanOf(edgeTime(e as ExportEdge)), asOf));
  return { title: asOfDate ? `${title}, as of ${asOfDate}` : title, nodes: kept, edges: keptEdges.map((e, i) => ({ id: `e${i}`, ...e })) };
}

async function wholeGraph(db: Db): Promise<{ nodes: ExportNode[]; edges: Omit<ExportEdge, 'id'>[] }> {
  return db.read(async (tx) => {
    const nodes = await readNodes(tx, null);
    const rels = (await tx.run<RelRow>(RELS_CYPHER)).sort(relOrder);
    const edges = rels.map(({ source, target, cs, ce, ...attrs }) =>
      edge(source, target, attrs, citationsOf({ citationSources: cs ?? [], citationExcerpts: ce ?? [] })),
    );
    return { nodes, edges };
  });
}

/** The nodes placed in a region, the region and its countries, and the practices and challenges they touch. */
function regionPart(all: { nodes: ExportNode[]; edges: Omit<ExportEdge, 'id'>[] }, region: string) {
  const inRegion = new Set(all.nodes.filter((n) => n.attrs.region === region && n.attrs.type !== 'Hub').map((n) => n.id));
  const topical = new Set(['Practice', 'Challenge']);
  const type = new Map(all.nodes.map((n) => [n.id, n.attrs.type]));
  for (const e of all.edges) if (inRegion.has(e.source) && topical.has(type.get(e.target) as string)) inRegion.add(e.target);
  return {
    nodes: all.nodes.filter((n) => inRegion.has(n.id)),
    edges: all.edges.filter((e) => inRegion.has(e.source) && inRegion.has(e.target)),
  };
}

const hopEdge = (h: Hop) =>
  edge(h.from, h.to, { type: h.kind, date: h.date, practice: h.practice, via: h.via, influence: h.influenceKind ?? null }, h.citations);

/** Reads what an export request names; unknown ids are NOT_FOUND naming the `id` parameter. */
export async function loadExportGraph(db: Db, req: ExportRequest): Promise<ExportGraph> {
  const { scope, asOf } = req;
  if (scope.kind === 'all') {
    const all = await wholeGraph(db);
    return finish('Prevention Graph: the whole graph', all.nodes, all.edges, asOf);
  }
  if (scope.kind === 'region') {
    const all = await wholeGraph(db);
    if (!all.nodes.some((n) => n.id === scope.id && n.attrs.type === 'Region')) throw notFound(scope.id, 'region', 'id');
    const part = regionPart(all, scope.id);
    return finish(`Prevention Graph: region ${scope.id}`, part.nodes, part.edges, asOf);
  }
  if (scope.kind === 'practice') {
    const rows = await readCascade(db, { practiceId: scope.id });
    if (!rows.practiceIds.length) throw notFound(scope.id, 'practice', 'id');
    const c = assembleCascade(rows, asOf);
    const ids = [...new Set([...c.practiceIds, ...c.adopters.map((a) => a.cityId), ...c.edges.flatMap((e) => [e.fromId, e.toId])])];
    const nodes = await db.read((tx) => readNodes(tx, ids));
    const edges = [
      ...c.adopters.map((a) =>
        edge(a.cityId, a.practiceId, { type: 'ADOPTED', status: a.status, date: a.date, practice: a.practiceId }, a.citations),
      ),
      ...c.edges.map((e) =>
        edge(
          e.fromId,
          e.toId,
          { type: 'INSPIRED', date: e.date, practice: e.practiceId, via: e.viaId, influence: e.influence },
          e.citations,
        ),
      ),
    ];
    return finish(`Prevention Graph: cascade of ${scope.id}`, nodes, edges, asOf);
  }
  const g = await influenceGraph(db);
  if (!g.actors.has(scope.id)) throw notFound(scope.id, 'city, event, organisation, group, leader or hub', 'id');
  const reached = influenceReach(g, scope.id, {
    direction: scope.direction,
    maxHops: scope.maxHops,
    timeRespecting: true,
    asOf: spanOf(asOf),
  });
  const hops = [...new Set(reached.flatMap((r) => r.path))];
  const nodes = await db.read((tx) => readNodes(tx, [scope.id, ...reached.map((r) => r.id)]));
  return finish(`Prevention Graph: ${scope.direction.toLowerCase()} reach of ${scope.id}`, nodes, hops.map(hopEdge), asOf);
}
