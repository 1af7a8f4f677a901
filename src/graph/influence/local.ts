import { AppError } from '../../errors';
import type { Db, Tx } from '../../neo4j/db';
import { ACTOR_LABELS, type ActorLabel, type HopKind } from '../../domain/influence';
import { indexHops, withoutRedundantAttendance, type Actor, type Hop, type InfluenceGraph } from './graph';
import { spanOf } from './time';
import { citationsOf } from '../records';
import type { Citation } from '../../model/node.type';

/*
 * The neighbourhood of a few actors, read from Neo4j level by level: the traversal runs in
 * the database (index seeks on the frontier's ids), so a path or reach question costs what
 * its neighbourhood holds, not what the whole graph holds, and sees every committed write at
 * once. The walks themselves (influence-reach.ts, influence-paths.ts) then run unchanged on
 * this small InfluenceGraph, so the time rules, per-hop evidence and ordering are exactly
 * those of the whole-graph projection that metrics and exports use.
 *
 * Exactness: a walk of at most k hops from a node only uses hops leaving nodes fewer than k
 * hops from it (ignoring time and "as of", which only remove hops), and those are what the
 * level reads fetch. For paths, a hop at position i of a path of length L ≤ maxHops leaves a
 * node ≤ i hops from `from`, or enters a node ≤ L − i − 1 hops before `to`; reading
 * ⌈maxHops/2⌉ levels forward and ⌊maxHops/2⌋ backward therefore fetches every hop of every
 * such path.
 */

/** Hops one request may read before it is refused (a neighbourhood this size is not an answer anyone reads). */
export const LOCAL_HOP_LIMIT = 2_000_000;

type Side = 'out' | 'in';

const ends = (from: string, to: string) =>
  `${from}.id AS from, [l IN labels(${from}) WHERE l <> 'Entity'][0] AS fromLabel, coalesce(${from}.date, ${from}.launched) AS fromDate, ${from}.name AS fromName,
   ${to}.id AS to, [l IN labels(${to}) WHERE l <> 'Entity'][0] AS toLabel, coalesce(${to}.date, ${to}.launched) AS toDate, ${to}.name AS toName`;

/**
 * Every hop kind of graph.ts (same direction and date), restricted to hops leaving `$out` or
 * entering `$in`. Rows are lean: what the walks need (ends, date, the keys that tell hops
 * apart) and the element ids of the relationships a hop stands on — the evidence of the few
 * hops an answer shows is read afterwards, only when asked for (see `hopEvidence`).
 */
function hopsCypher(side: Side): string {
  const at = (from: string, to: string) => (side === 'out' ? `${from}.id IN $out` : `${to}.id IN $in`);
  const none = 'null AS influenceKind';
  return `
    MATCH (a:Entity)-[r:INSPIRED]->(b:Entity) WHERE ${at('a', 'b')}
    OPTIONAL MATCH (v:Event {id: r.via})
    RETURN 'INSPIRED' AS kind, ${ends('a', 'b')}, coalesce(r.date, v.date, CASE WHEN a:Event THEN a.date END) AS date, r.practice AS practice, r.via AS via,
           coalesce(r.kind, 'INSPIRED') AS influenceKind, [elementId(r)] AS rels
    UNION ALL
    MATCH (a:Entity)-[r:HOSTED|ORGANISED]->(e:Event) WHERE ${at('a', 'e')}
    RETURN type(r) AS kind, ${ends('a', 'e')}, e.date AS date, null AS practice, null AS via, ${none}, [elementId(r)] AS rels
    UNION ALL
    MATCH (a:Entity)-[r:ATTENDED]->(e:Event) WHERE ${at('e', 'a')}
    RETURN 'ATTENDED' AS kind, ${ends('e', 'a')}, e.date AS date, null AS practice, null AS via, ${none}, [elementId(r)] AS rels
    UNION ALL
    MATCH (g:Entity)-[r:FORMED_AT]->(e:Event) WHERE ${at('e', 'g')}
    RETURN 'FORMED_AT' AS kind, ${ends('e', 'g')}, coalesce(r.date, e.date) AS date, null AS practice, null AS via, ${none}, [elementId(r)] AS rels
    UNION ALL
    MATCH (c:Entity)-[at:ATTENDED]->(e:Event) WHERE ${at('e', 'c')}
    MATCH (c)-[ad:ADOPTED]->(p:Practice)
    WHERE e.dateStart IS NOT NULL AND ad.dateEnd IS NOT NULL AND ad.dateEnd >= e.dateStart
    RETURN 'ADOPTED_AFTER' AS kind, ${ends('e', 'c')}, ad.date AS date, p.id AS practice, null AS via, ${none}, [elementId(at), elementId(ad)] AS rels`;
}

/** The start actors themselves (so that unknown ids are refused by name), as rows without a hop. */
const SEEDS_CYPHER = `
  UNWIND $seeds AS id MATCH (x:Entity {id: id})
  RETURN 'SEED' AS kind, ${ends('x', 'x')}, null AS date, null AS practice, null AS via, null AS influenceKind,
         null AS rels`;

/**
 * One level in one statement: hops out of the forward frontier and into the backward one.
 * A search that is done (or absent) leaves its branches out, so a reach reads half the
 * branches; the three texts are constant, so their plans stay cached.
 */
const LEVEL_CYPHER = {
  both: [SEEDS_CYPHER, hopsCypher('out'), hopsCypher('in')].join('\n UNION ALL \n'),
  out: [SEEDS_CYPHER, hopsCypher('out')].join('\n UNION ALL \n'),
  in: [SEEDS_CYPHER, hopsCypher('in')].join('\n UNION ALL \n'),
};
const levelCypher = (out: string[], inn: string[]): string =>
  out.length && inn.length ? LEVEL_CYPHER.both : inn.length ? LEVEL_CYPHER.in : LEVEL_CYPHER.out;

interface HopRow {
  kind: HopKind | 'SEED';
  from: string;
  fromLabel: string;
  fromDate: string | null;
  fromName: string | null;
  to: string;
  toLabel: string;
  toDate: string | null;
  toName: string | null;
  date: string | null;
  practice: string | null;
  via: string | null;
  influenceKind: string | null;
  rels: string[] | null;
}

const isActorLabel = (l: string): l is ActorLabel => (ACTOR_LABELS as readonly string[]).includes(l);

/** A neighbourhood under construction: the actors seen and the hops between them, each once. */
class Neighbourhood {
  readonly actors = new Map<string, Actor>();
  readonly hops: Hop[] = [];
  private readonly keys = new Set<string>();

  actor(id: string, label: string, date: string | null, name: string | null): boolean {
    if (!isActorLabel(label)) return false;
    if (!this.actors.has(id))
      this.actors.set(id, { id, name: name ?? id, label, span: spanOf(date), country: null, region: null, hubs: [] });
    return true;
  }

  /** Adds a hop once; false when one of its ends is not an actor (it is no hop then). */
  add(row: HopRow & { kind: HopKind }): boolean {
    if (!this.actor(row.from, row.fromLabel, row.fromDate, row.fromName) || !this.actor(row.to, row.toLabel, row.toDate, row.toName))
      return false;
    const key = `${row.kind}|${row.from}|${row.to}|${row.influenceKind ?? ''}|${row.practice ?? ''}|${row.via ?? ''}`;
    if (this.keys.has(key)) return true;
    this.keys.add(key);
    this.hops.push({
      kind: row.kind,
      from: row.from,
      to: row.to,
      date: row.date,
      span: spanOf(row.date),
      practice: row.practice,
      via: row.via,
      influenceKind: row.influenceKind,
      // Read by hopEvidence for the hops an answer shows.
      description: null,
      citations: [],
      rels: row.rels ?? [],
    });
    if (this.hops.length > LOCAL_HOP_LIMIT) {
      throw new AppError('QUERY_TOO_COMPLEX', `More than ${LOCAL_HOP_LIMIT} hops lie within reach of this question; lower "maxHops".`, {
        field: 'maxHops',
      });
    }
    return true;
  }
}

/** What a local read covers: levels read forward from one actor and backward from another. */
export interface LocalScope {
  forward?: { id: string; levels: number };
  backward?: { id: string; levels: number };
}

/** One breadth-first search: the nodes it has seen and the frontier of the next level. */
class Search {
  readonly seen: Set<string>;
  frontier: string[];
  constructor(
    start: string,
    readonly levels: number,
  ) {
    this.seen = new Set([start]);
    this.frontier = levels > 0 ? [start] : [];
  }
  /** The frontier to read at `level` (empty once the search is done). */
  at(level: number): string[] {
    return level <= this.levels ? this.frontier : [];
  }
}

/** Asked after each level but the last: true when the walks of at most `hops` hops on `g` already answer the question. */
export type Enough = (g: InfluenceGraph, hops: number) => boolean;

/**
 * Reads the neighbourhood in one read transaction — one statement per level, both searches
 * together, the first also looking up the start actors — and indexes it like the
 * whole-graph projection. Actors carry no placement (paths and reach need none). With
 * `enough`, the read stops after a level once that level answers (a reach whose first page
 * is full at depth 2 never reads depth 3, the level that holds most of the neighbourhood).
 */
export async function localInfluenceGraph(db: Db, scope: LocalScope, enough?: Enough): Promise<InfluenceGraph> {
  return db.read(async (tx: Tx) => {
    const n = new Neighbourhood();
    const fwd = scope.forward ? new Search(scope.forward.id, scope.forward.levels) : undefined;
    const bwd = scope.backward ? new Search(scope.backward.id, scope.backward.levels) : undefined;
    let seeds = [scope.forward?.id, scope.backward?.id].filter((x): x is string => !!x);
    for (let level = 1; seeds.length || fwd?.at(level).length || bwd?.at(level).length; level += 1) {
      const out = fwd?.at(level) ?? [];
      const inn = bwd?.at(level) ?? [];
      const rows = await tx.run<HopRow>(levelCypher(out, inn), { seeds, out, in: inn });
      const outSet = new Set(out);
      const inSet = new Set(inn);
      seeds = [];
      const nextOut: string[] = [];
      const nextIn: string[] = [];
      for (const row of rows) {
        if (row.kind === 'SEED') {
          n.actor(row.from, row.fromLabel, row.fromDate, row.fromName);
          continue;
        }
        if (!n.add(row as HopRow & { kind: HopKind })) continue;
        // A row may answer either search (a hop out of the frontier and into the other's).
        if (fwd && outSet.has(row.from) && !fwd.seen.has(row.to)) {
          fwd.seen.add(row.to);
          nextOut.push(row.to);
        }
        if (bwd && inSet.has(row.to) && !bwd.seen.has(row.from)) {
          bwd.seen.add(row.from);
          nextIn.push(row.from);
        }
      }
      if (fwd) fwd.frontier = nextOut;
      if (bwd) bwd.frontier = nextIn;
      const more = !!(fwd?.at(level + 1).length || bwd?.at(level + 1).length);
      if (more && enough?.(indexHops(0, n.actors, withoutRedundantAttendance(n.hops)), level)) break;
    }
    return indexHops(0, n.actors, withoutRedundantAttendance(n.hops));
  });
}

/** What a relationship states as evidence. */
export interface RelEvidence {
  citations: Citation[];
  description: string | null;
}

/** The evidence of relationships by element id (`$<ids>`), as rows `eid, row` (the loaders batch it with other reads). */
export const evidenceCypher = (ids: string): string =>
  `UNWIND $${ids} AS eid MATCH ()-[r]->() WHERE elementId(r) = eid
   RETURN eid, [r.citationSources, r.citationExcerpts, r.citationFields, r.description] AS row`;

export function toEvidence(row: unknown): RelEvidence {
  const [citationSources, citationExcerpts, citationFields, description] = row as [string[], string[], string[], string | null];
  return { citations: citationsOf({ citationSources, citationExcerpts, citationFields }), description: description ?? null };
}

/** Fills in the citations and description of hops of a neighbourhood read, in one statement. */
export async function withEvidence(db: Db, hops: Hop[]): Promise<void> {
  const ids = [...new Set(hops.flatMap((h) => h.rels ?? []))];
  const rows = await db.query<{ eid: string; row: unknown[] }>(evidenceCypher('ids'), { ids });
  const byId = new Map(rows.map((r) => [r.eid, toEvidence(r.row)]));
  for (const hop of hops) {
    if (!hop.rels) continue;
    const evidence = hop.rels.map((id) => byId.get(id));
    hop.citations = evidence.flatMap((e) => e?.citations ?? []);
    hop.description = hop.kind === 'INSPIRED' ? (evidence[0]?.description ?? null) : null;
  }
}

/** The neighbourhood that holds every path of at most `maxHops` from `from` to `to`. */
export const pathScope = (from: string, to: string, maxHops: number): LocalScope => ({
  forward: { id: from, levels: Math.ceil(maxHops / 2) },
  backward: { id: to, levels: Math.floor(maxHops / 2) },
});

/** The neighbourhood that holds every walk of at most `maxHops` from `id` in a direction. */
export const reachScope = (id: string, direction: 'DOWNSTREAM' | 'UPSTREAM', maxHops: number): LocalScope =>
  direction === 'DOWNSTREAM' ? { forward: { id, levels: maxHops } } : { backward: { id, levels: maxHops } };
