import type { Citation } from '../../model/node.type';
import type { Tx } from '../../neo4j/db';
import { graphVersion } from '../curation/version';
import { ACTOR_LABELS, type ActorLabel, type HopKind } from '../../domain/influence';
import { loadGeography, PLACE_FIELDS, PlaceIndex, type Placement, type PlaceRow } from './places';
import { citationsOf } from '../records';
import { spanOf, type DateSpan } from './time';

/**
 * The influence graph: the stored relationships that carry influence, read as directed
 * hops "from → to" meaning "from reached to" (influence flows that way). Every hop points
 * the same way everywhere: downstream of an actor is what it passed on; attending an event
 * is being reached by it, not passing anything on.
 *
 * | kind          | stored as                                  | hop                | date                         |
 * |---------------|--------------------------------------------|--------------------|------------------------------|
 * | INSPIRED      | (actor)-[:INSPIRED {kind}]->(actor)        | source → target    | its date, else its via event's, else the source event's |
 * | HOSTED        | (City|Org)-[:HOSTED]->Event                | host → event       | the event's                  |
 * | ORGANISED     | (Org|Hub)-[:ORGANISED]->Event              | organiser → event  | the event's                  |
 * | ATTENDED      | (City|Leader|Org|Group|Hub)-[:ATTENDED]->Event | event → attendee | the event's                |
 * | FORMED_AT     | Group-[:FORMED_AT]->Event                  | event → group      | its date, else the event's   |
 * | ADOPTED_AFTER | attended the event and adopted a practice not certainly before it (both dated) | event → adopter | the adoption's |
 *
 * Actors are cities, organisations, groups, leaders, events and hubs; an INSPIRED hop keeps
 * its `kind` (INSPIRED, SUPPORTED, LED_TO). Each hop keeps the citations of the relationships
 * it stands on (ADOPTED_AFTER: the attendance's, then the adoption's).
 */
/** What a hop states, however it was read (the projection here, a traversal statement in traverse.ts). */
export interface HopFacts {
  kind: HopKind;
  from: string;
  to: string;
  date: string | null;
  practice: string | null;
  via: string | null;
  /** INSPIRED hops: what the influence did (INSPIRED, SUPPORTED, LED_TO). */
  influenceKind?: string | null;
  /** INSPIRED hops: the action, where stated. */
  description?: string | null;
}

export interface Hop extends HopFacts {
  span: DateSpan | null;
  citations: Citation[];
}

export interface Actor extends Placement {
  id: string;
  name: string;
  label: ActorLabel;
  /** The node's own date (events), used for "as of". */
  span: DateSpan | null;
}

/** A read-only snapshot of the influence graph at one graph version. */
export interface InfluenceGraph {
  version: number;
  actors: Map<string, Actor>;
  hops: Hop[];
  out: Map<string, Hop[]>;
  in: Map<string, Hop[]>;
}

const HOPS_CYPHER = `
  MATCH (a:Entity)-[r:INSPIRED]->(b:Entity)
  OPTIONAL MATCH (v:Event {id: r.via})
  RETURN 'INSPIRED' AS kind, a.id AS from, b.id AS to, coalesce(r.date, v.date, CASE WHEN a:Event THEN a.date END) AS date,
         r.practice AS practice, r.via AS via, coalesce(r.kind, 'INSPIRED') AS influenceKind, r.description AS description,
         r.citationSources AS cs, r.citationExcerpts AS ce, r.citationFields AS cf
  UNION ALL
  MATCH (a:Entity)-[r:HOSTED]->(e:Event)
  RETURN 'HOSTED' AS kind, a.id AS from, e.id AS to, e.date AS date, null AS practice, null AS via, null AS influenceKind, null AS description,
         r.citationSources AS cs, r.citationExcerpts AS ce, r.citationFields AS cf
  UNION ALL
  MATCH (a:Entity)-[r:ATTENDED]->(e:Event)
  RETURN 'ATTENDED' AS kind, e.id AS from, a.id AS to, e.date AS date, null AS practice, null AS via, null AS influenceKind, null AS description,
         r.citationSources AS cs, r.citationExcerpts AS ce, r.citationFields AS cf
  UNION ALL
  MATCH (a:Entity)-[r:ORGANISED]->(e:Event)
  RETURN 'ORGANISED' AS kind, a.id AS from, e.id AS to, e.date AS date, null AS practice, null AS via, null AS influenceKind, null AS description,
         r.citationSources AS cs, r.citationExcerpts AS ce, r.citationFields AS cf
  UNION ALL
  MATCH (g:Entity)-[r:FORMED_AT]->(e:Event)
  RETURN 'FORMED_AT' AS kind, e.id AS from, g.id AS to, coalesce(r.date, e.date) AS date, null AS practice, null AS via, null AS influenceKind, null AS description,
         r.citationSources AS cs, r.citationExcerpts AS ce, r.citationFields AS cf
  UNION ALL
  MATCH (c:Entity)-[at:ATTENDED]->(e:Event), (c)-[ad:ADOPTED]->(p:Practice)
  WHERE e.dateStart IS NOT NULL AND ad.dateEnd IS NOT NULL AND ad.dateEnd >= e.dateStart
  RETURN 'ADOPTED_AFTER' AS kind, e.id AS from, c.id AS to, ad.date AS date, p.id AS practice, null AS via, null AS influenceKind, null AS description,
         at.citationSources + ad.citationSources AS cs, at.citationExcerpts + ad.citationExcerpts AS ce,
         [i IN range(0, size(at.citationSources) - 1) | coalesce(at.citationFields[i], '')] + [i IN range(0, size(ad.citationSources) - 1) | coalesce(ad.citationFields[i], '')] AS cf`;

const ACTORS_CYPHER = `
  MATCH (n:Entity) WHERE ${ACTOR_LABELS.map((l) => `n:${l}`).join(' OR ')}
  RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, coalesce(n.date, n.launched) AS date, ${PLACE_FIELDS}`;

interface HopRow extends HopFacts {
  influenceKind: string | null;
  description: string | null;
  cs: string[] | null;
  ce: string[] | null;
  cf: (string | null)[] | null;
}

/** Stated hops before generic ones between the same actors at the same time. */
const KIND_ORDER: Record<string, number> = { INSPIRED: 0, FORMED_AT: 1, HOSTED: 2, ORGANISED: 3, ADOPTED_AFTER: 4, ATTENDED: 5 };
const byTime = (a: Hop, b: Hop): number =>
  (a.span?.start ?? '9999').localeCompare(b.span?.start ?? '9999') ||
  a.to.localeCompare(b.to) ||
  a.from.localeCompare(b.from) ||
  (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) ||
  (a.influenceKind ?? '').localeCompare(b.influenceKind ?? '') ||
  (a.practice ?? '').localeCompare(b.practice ?? '') ||
  (a.via ?? '').localeCompare(b.via ?? '');

/**
 * An attendance says only that the event reached the attendee; where the documents state
 * more between the same two (the event inspired it, or it adopted a practice after it), the
 * attendance hop adds nothing but a second, vaguer path, so it is left out.
 */
export function withoutRedundantAttendance(hops: Hop[]): Hop[] {
  const stated = new Set(hops.filter((h) => h.kind !== 'ATTENDED').map((h) => `${h.from}>${h.to}`));
  return hops.filter((h) => h.kind !== 'ATTENDED' || !stated.has(`${h.from}>${h.to}`));
}

/** Reads the whole projection in one read transaction (four statements, version first). */
export async function loadInfluenceGraph(tx: Tx): Promise<InfluenceGraph> {
  const version = await graphVersion(tx);
  const actorRows = await tx.run<PlaceRow & { name: string; date: string | null }>(ACTORS_CYPHER);
  const { countryRegion, coverage } = await loadGeography(tx);
  const hopRows = await tx.run<HopRow>(HOPS_CYPHER);
  const places = new PlaceIndex(actorRows, countryRegion, coverage);
  const actors = new Map<string, Actor>();
  for (const row of actorRows) {
    actors.set(row.id, { id: row.id, name: row.name, label: row.label as ActorLabel, span: spanOf(row.date), ...places.of(row) });
  }
  const hops: Hop[] = hopRows
    .filter((r) => actors.has(r.from) && actors.has(r.to))
    .map((r) => ({
      kind: r.kind,
      from: r.from,
      to: r.to,
      date: r.date,
      span: spanOf(r.date),
      practice: r.practice,
      via: r.via,
      influenceKind: r.influenceKind,
      description: r.description,
      citations: citationsOf({ citationSources: r.cs ?? [], citationExcerpts: r.ce ?? [], citationFields: r.cf ?? [] }),
    }));
  return indexHops(version, actors, withoutRedundantAttendance(hops));
}

/** Builds the adjacency lists, each in time order (undated last) so that walks are deterministic. */
export function indexHops(version: number, actors: Map<string, Actor>, hops: Hop[]): InfluenceGraph {
  const out = new Map<string, Hop[]>();
  const inn = new Map<string, Hop[]>();
  for (const h of hops) {
    (out.get(h.from) ?? out.set(h.from, []).get(h.from)!).push(h);
    (inn.get(h.to) ?? inn.set(h.to, []).get(h.to)!).push(h);
  }
  for (const list of out.values()) list.sort(byTime);
  for (const list of inn.values()) list.sort(byTime);
  return { version, actors, hops, out, in: inn };
}
