import { AppError } from '../../errors';
import type { Db, Tx } from '../../neo4j/db';
import { ACTOR_LABELS, type ActorLabel, type HopKind } from '../../domain/influence';
import { indexHops, withoutRedundantAttendance, type Actor, type Hop, type InfluenceGraph } from './graph';
import { spanOf } from './time';
import { citationsOf } from '../records';

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
  `${from}.id AS from, [l IN labels(${from}) WHERE l <> 'Entity'][0] AS fromLabel, coalesce(${from}.date, ${from}.launched) AS fromDate,
   ${to}.id AS to, [l IN labels(${to}) WHERE l <> 'Entity'][0] AS toLabel, coalesce(${to}.date, ${to}.launched) AS toDate`;

/** Every hop kind of graph.ts (same direction, date and evidence), restricted to hops leaving `$out` or entering `$in`. */
function hopsCypher(side: Side): string {
  const at = (from: string, to: string) => (side === 'out' ? `${from}.id IN $out` : `${to}.id IN $in`);
  const none = 'null AS influenceKind, null AS description';
  const cited = (r: string) => `${r}.citationSources AS cs, ${r}.citationExcerpts AS ce, ${r}.citationFields AS cf`;
  return `
    MATCH (a:Entity)-[r:INSPIRED]->(b:Entity) WHERE ${at('a', 'b')}
    OPTIONAL MATCH (v:Event {id: r.via})
    RETURN 'INSPIRED' AS kind, ${ends('a', 'b')}, coalesce(r.date, v.date, CASE WHEN a:Event THEN a.date END) AS date, r.practice AS practice, r.via AS via,
           coalesce(r.kind, 'INSPIRED') AS influenceKind, r.description AS description, ${cited('r')}
    UNION ALL
    MATCH (a:Entity)-[r:HOSTED|ORGANISED]->(e:Event) WHERE ${at('a', 'e')}
    RETURN type(r) AS kind, ${ends('a', 'e')}, e.date AS date, null AS practice, null AS via, ${none}, ${cited('r')}
    UNION ALL
    MATCH (a:Entity)-[r:ATTENDED]->(e:Event) WHERE ${at('e', 'a')}
    RETURN 'ATTENDED' AS kind, ${ends('e', 'a')}, e.date AS date, null AS practice, null AS via, ${none}, ${cited('r')}
    UNION ALL
    MATCH (g:Entity)-[r:FORMED_AT]->(e:Event) WHERE ${at('e', 'g')}
    RETURN 'FORMED_AT' AS kind, ${ends('e', 'g')}, coalesce(r.date, e.date) AS date, null AS practice, null AS via, ${none}, ${cited('r')}
    UNION ALL
    MATCH (c:Entity)-[at:ATTENDED]->(e:Event) WHERE ${at('e', 'c')}
    MATCH (c)-[ad:ADOPTED]->(p:Practice)
    WHERE e.dateStart IS NOT NULL AND ad.dateEnd IS NOT NULL AND ad.dateEnd >= e.dateStart
    RETURN 'ADOPTED_AFTER' AS kind, ${ends('e', 'c')}, ad.date AS date, p.id AS practice, null AS via, ${none},
           at.citationSources + ad.citationSources AS cs, at.citationExcerpts + ad.citationExcerpts AS ce,
           [i IN range(0, size(at.citationSources) - 1) | coalesce(at.citationFields[i], '')] + [i IN range(0, size(ad.citationSources) - 1) | coalesce(ad.citationFields[i], '')] AS cf`;
}

/** The start actors themselves (so that unknown ids are refused by name), as rows without a hop. */
const SEEDS_CYPHER = `
  UNWIND $seeds AS id MATCH (x:Entity {id: id})
  RETURN 'SEED' AS kind, ${ends('x', 'x')}, null AS date, null AS practice, null AS via, null AS influenceKind, null AS description,
         null AS cs, null AS ce, null AS cf`;

/** One level of both searches in one statement: hops out of the forward frontier and into the backward one. */
const LEVEL_CYPHER = [SEEDS_CYPHER, hopsCypher('out'), hopsCypher('in')].join('\n UNION ALL \n');

interface HopRow {
  kind: HopKind | 'SEED';
  from: string;
  fromLabel: string;
  fromDate: string | null;
  to: string;
  toLabel: string;
  toDate: string | null;
  date: string | null;
  practice: string | null;
  via: string | null;
  influenceKind: string | null;
  description: string | null;
  cs: string[] | null;
  ce: string[] | null;
  cf: (string | null)[] | null;
}

const isActorLabel = (l: string): l is ActorLabel => (ACTOR_LABELS as readonly string[]).includes(l);

/** A neighbourhood under construction: the actors seen and the hops between them, each once. */
class Neighbourhood {
  readonly actors = new Map<string, Actor>();
  readonly hops: Hop[] = [];
  private readonly keys = new Set<string>();

  actor(id: string, label: string, date: string | null): boolean {
    if (!isActorLabel(label)) return false;
    if (!this.actors.has(id)) this.actors.set(id, { id, name: id, label, span: spanOf(date), country: null, region: null, hubs: [] });
    return true;
  }

  /** Adds a hop once; false when one of its ends is not an actor (it is no hop then). */
  add(row: HopRow & { kind: HopKind }): boolean {
    if (!this.actor(row.from, row.fromLabel, row.fromDate) || !this.actor(row.to, row.toLabel, row.toDate)) return false;
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
      description: row.description,
      citations: citationsOf({ citationSources: row.cs ?? [], citationExcerpts: row.ce ?? [], citationFields: row.cf ?? [] }),
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

/**
 * Reads the neighbourhood in one read transaction — one statement per level, both searches
 * together, the first also looking up the start actors — and indexes it like the
 * whole-graph projection. Actors carry no placement (paths and reach need none).
 */
export async function localInfluenceGraph(db: Db, scope: LocalScope): Promise<InfluenceGraph> {
  return db.read(async (tx: Tx) => {
    const n = new Neighbourhood();
    const fwd = scope.forward ? new Search(scope.forward.id, scope.forward.levels) : undefined;
    const bwd = scope.backward ? new Search(scope.backward.id, scope.backward.levels) : undefined;
    let seeds = [scope.forward?.id, scope.backward?.id].filter((x): x is string => !!x);
    for (let level = 1; seeds.length || fwd?.at(level).length || bwd?.at(level).length; level += 1) {
      const out = fwd?.at(level) ?? [];
      const inn = bwd?.at(level) ?? [];
      const rows = await tx.run<HopRow>(LEVEL_CYPHER, { seeds, out, in: inn });
      const outSet = new Set(out);
      const inSet = new Set(inn);
      seeds = [];
      const nextOut: string[] = [];
      const nextIn: string[] = [];
      for (const row of rows) {
        if (row.kind === 'SEED') {
          n.actor(row.from, row.fromLabel, row.fromDate);
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
    }
    return indexHops(0, n.actors, withoutRedundantAttendance(n.hops));
  });
}

/** The neighbourhood that holds every path of at most `maxHops` from `from` to `to`. */
export const pathScope = (from: string, to: string, maxHops: number): LocalScope => ({
  forward: { id: from, levels: Math.ceil(maxHops / 2) },
  backward: { id: to, levels: Math.floor(maxHops / 2) },
});

/** The neighbourhood that holds every walk of at most `maxHops` from `id` in a direction. */
export const reachScope = (id: string, direction: 'DOWNSTREAM' | 'UPSTREAM', maxHops: number): LocalScope =>
  direction === 'DOWNSTREAM' ? { forward: { id, levels: maxHops } } : { backward: { id, levels: maxHops } };
