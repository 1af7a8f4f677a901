import { AppError } from '../../errors';
import type { Db } from '../../neo4j/db';
import { ACTOR_LABELS, type ActorLabel, type HopKind, type ReachDirection } from '../../domain/influence';
import type { Citation } from '../../model/node.type';
import { citationsOf } from '../records';
import type { HopFacts } from './graph';
import { NO_CEILING, NO_FLOOR } from './time';

/*
 * influencePaths and influenceReach as ONE Cypher statement each: the traversal, the time
 * rules, the choice of path and the order all run in Neo4j, level by level, and only the
 * answer comes back (ids, labels, names, depths, dates; the evidence of the hops shown only
 * when asked for). The answers are exactly those of the walks on the whole-graph projection
 * (paths.ts, reach.ts, which exports still use); test/integration/influence-cypher.test.ts
 * compares them on every actor of the seed and on a synthetic graph.
 *
 * Hops are those of graph.ts, read around one node at a time (EXPANSION below): INSPIRED,
 * HOSTED and ORGANISED as stored, ATTENDED and FORMED_AT from the event to the attendee or
 * group, ADOPTED_AFTER from an event to an attendee that adopted a practice not certainly
 * before it, and an attendance left out where a stated hop joins the same two. A hop is a list
 * [kind, from, to, relationships, [date, start, end] | null, practice, via, influenceKind], its
 * sort key [start ?? '9999', to, from, kind order, influenceKind, practice, via] (graph.ts byTime):
 * walks visit hops in that order, so "first found" is "least key", and a path's key is the list
 * of its hops' keys (lexicographic, as Cypher orders lists).
 */

/** Halves (paths) or labels (reach) one walk may hold before it is refused: no one reads an answer drawn from more. */
export const MAX_WALK_ROWS = 200_000;

const tooComplex = () =>
  new AppError('QUERY_TOO_COMPLEX', `More than ${MAX_WALK_ROWS} walks lie within reach of this question; lower "maxHops".`, {
    field: 'maxHops',
  });

const ACTORS = `[${ACTOR_LABELS.map((l) => `'${l}'`).join(', ')}]`;
const label = (n: string) => `[l IN labels(${n}) WHERE l <> 'Entity'][0]`;
/** When an actor happened, for "as of": its date, else its launch (graph.ts ACTORS_CYPHER). */
const actorStart = (n: string) =>
  `CASE WHEN ${n}.date IS NOT NULL THEN ${n}.dateStart WHEN ${n}.launched IS NOT NULL THEN ${n}.launchedStart END`;
const KIND_ORDER = `CASE k WHEN 'INSPIRED' THEN 0 WHEN 'FORMED_AT' THEN 1 WHEN 'HOSTED' THEN 2 WHEN 'ORGANISED' THEN 3 WHEN 'ADOPTED_AFTER' THEN 4 ELSE 5 END`;

/**
 * The hops leaving x (down) or entering it (up), as rows y, k, rels, dt, pvi: y is the other
 * end; dt is [what holds the date (relationship or node), start, end (timed only)] or null;
 * pvi [practice, via, influenceKind]. Stated hops come from one expansion of x; attendance,
 * formation and adoption after an event from one expansion of the event (down) or of the
 * attendee (up), with what decides between them (stated hops, adoptions) read once per x.
 */
function expansion(down: boolean, timed: boolean, scope: string, keep: string): string {
  const span = (h: string) => `CASE WHEN ${h}.dateStart IS NOT NULL THEN [${h}, ${h}.dateStart, ${timed ? `${h}.dateEnd` : 'null'}] END`;
  const source = down ? 'x' : 'y';
  const event = down ? 'y' : 'x';
  const stated = down
    ? `WITH * WHERE x:Event
      WITH *, x.dateStart AS es, ${span('x')} AS xd, [(x)-[:INSPIRED]->(t) | t] + [(t)-[:FORMED_AT]->(x) | t] AS stated
      MATCH (x)<-[r:ATTENDED|FORMED_AT]-(y:Entity) WHERE ${keep}
      WITH x, y, r, type(r) AS k, es, xd AS ed, stated,
        CASE WHEN type(r) = 'ATTENDED' AND es IS NOT NULL THEN [(y)-[ad:ADOPTED]->(q:Practice) WHERE ad.dateEnd >= es | [ad, q.id]] ELSE [] END AS ads`
    : `WITH *, [(t)-[:INSPIRED]->(x) | t] + [(x)-[:FORMED_AT]->(t) | t] AS stated, [(x)-[ad:ADOPTED]->(q:Practice) WHERE ad.dateEnd IS NOT NULL | [ad, q.id, ad.dateEnd]] AS adopted
      MATCH (x)-[r:ATTENDED|FORMED_AT]->(y:Event) WHERE ${keep}
      WITH x, y, r, type(r) AS k, y.dateStart AS es, stated, adopted
      WITH x, y, r, k, es, ${span('y')} AS ed, stated,
        CASE WHEN k = 'ATTENDED' AND es IS NOT NULL THEN [a IN adopted WHERE a[2] >= es | [a[0], a[1]]] ELSE [] END AS ads`;
  return `CALL (${scope}) {
      MATCH ${down ? '(x)-[r:INSPIRED|HOSTED|ORGANISED]->(y:Entity)' : '(y:Entity)-[r:INSPIRED|HOSTED|ORGANISED]->(x)'} WHERE ${keep}
      WITH x, y, r, type(r) AS k
      WHERE k = 'INSPIRED' OR ${event}:Event
      RETURN y, k, [r] AS rels,
        CASE WHEN k <> 'INSPIRED' THEN ${span(event)}
             WHEN r.dateStart IS NOT NULL THEN [r, r.dateStart, ${timed ? 'r.dateEnd' : 'null'}]
             ELSE coalesce(CASE WHEN r.via IS NOT NULL THEN COLLECT { MATCH (w:Event {id: r.via}) WHERE w.dateStart IS NOT NULL RETURN [w, w.dateStart, ${timed ? 'w.dateEnd' : 'null'}] }[0] END,
                           CASE WHEN ${source}:Event THEN ${span(source)} END) END AS dt,
        CASE WHEN k = 'INSPIRED' THEN [r.practice, r.via, coalesce(r.kind, 'INSPIRED')] ELSE [null, null, null] END AS pvi
      UNION ALL
      ${stated}
      UNWIND ads + CASE WHEN k = 'FORMED_AT' OR (size(ads) = 0 AND NOT y IN stated) THEN [null] ELSE [] END AS ad
      RETURN y, CASE WHEN ad IS NOT NULL THEN 'ADOPTED_AFTER' ELSE k END AS k, CASE WHEN ad IS NULL THEN [r] ELSE [r, ad[0]] END AS rels,
        CASE WHEN ad IS NOT NULL THEN ${span('ad[0]')} WHEN k = 'FORMED_AT' THEN coalesce(${span('r')}, ed) ELSE ed END AS dt, [ad[1], null, null] AS pvi
    }`;
}

/**
 * The same hops as `expansion`, reduced to what an untimed walk needs to choose between them:
 * the other end y (not yet seen) and the hop's start st (null when undated). The least hop
 * between two actors is the one with the least start (keys compare the start first), so its
 * kind, practice and evidence are read only for the hops an answer shows (`expansion`).
 * Each branch of the union starts from the rows of the frontier (i, x, seen), so no subquery
 * runs per node of the frontier.
 */
function leanExpansion(down: boolean): string {
  const rows = `UNWIND range(0, size(front) - 1) AS i
      WITH seen, i, front[i][0] AS x`;
  const source = down ? 'x' : 'y';
  const event = down ? 'y' : 'x';
  const via = `CASE WHEN r.via IS NOT NULL THEN COLLECT { MATCH (w:Event {id: r.via}) WHERE w.dateStart IS NOT NULL RETURN w.dateStart }[0] END`;
  const sideways = down
    ? `WITH * WHERE x:Event
      WITH *, x.dateStart AS es, [(x)-[:INSPIRED]->(t) | t] + [(t)-[:FORMED_AT]->(x) | t] AS stated
      MATCH (x)<-[r:ATTENDED|FORMED_AT]-(y:Entity) WHERE NOT y IN seen
      WITH i, y, r, type(r) AS k, es, stated,
        CASE WHEN type(r) = 'ATTENDED' AND es IS NOT NULL THEN [(y)-[ad:ADOPTED]->(:Practice) WHERE ad.dateEnd >= es | ad.dateStart] ELSE [] END AS ads`
    : `WITH *, [(t)-[:INSPIRED]->(x) | t] + [(x)-[:FORMED_AT]->(t) | t] AS stated,
        [(x)-[ad:ADOPTED]->(:Practice) WHERE ad.dateEnd IS NOT NULL | [ad.dateEnd, ad.dateStart]] AS adopted
      MATCH (x)-[r:ATTENDED|FORMED_AT]->(y:Event) WHERE NOT y IN seen
      WITH i, y, r, type(r) AS k, y.dateStart AS es, stated, adopted
      WITH i, y, r, k, es, stated, CASE WHEN k = 'ATTENDED' AND es IS NOT NULL THEN [a IN adopted WHERE a[0] >= es | a[1]] ELSE [] END AS ads`;
  return `CALL (front, seen) {
      ${rows}
      MATCH ${down ? '(x)-[r:INSPIRED|HOSTED|ORGANISED]->(y:Entity)' : '(y:Entity)-[r:INSPIRED|HOSTED|ORGANISED]->(x)'} WHERE NOT y IN seen
      WITH i, x, y, r, type(r) AS k
      WHERE k = 'INSPIRED' OR ${event}:Event
      RETURN i, y, CASE WHEN k <> 'INSPIRED' THEN ${event}.dateStart WHEN r.dateStart IS NOT NULL THEN r.dateStart
                     ELSE coalesce(${via}, CASE WHEN ${source}:Event THEN ${source}.dateStart END) END AS st
      UNION ALL
      ${rows}
      ${sideways}
      UNWIND ads + CASE WHEN k = 'FORMED_AT' THEN [coalesce(r.dateStart, es)] WHEN size(ads) = 0 AND NOT y IN stated THEN [es] ELSE [] END AS st
      RETURN i, y, st
    }`;
}

/**
 * The hops out of (down) or into (up) the node `x` of the rows in scope (its id `xid`) that a
 * walk may take: the other end `y` an actor (not on the walk's `chain`, when given), never
 * certainly earlier than the walk's `bound` (when time-respecting), known as of $asOf.
 * Leaves hop, key and (timed) the new bound nb.
 */
function step(down: boolean, timed: boolean, bound: string, scope: string, keep: string): string {
  const [from, to] = down ? ['x', 'y'] : ['y', 'x'];
  const [fromId, toId] = down ? ['xid', 'y.id'] : ['y.id', 'xid'];
  const fits = down ? `dt[2] >= ${bound}` : `dt[1] <= ${bound}`;
  const tighter = down ? `dt[1] > ${bound}` : `dt[2] < ${bound}`;
  return `${expansion(down, timed, scope, keep)}
    WITH *, ${label('y')} AS yl
    WHERE yl IN ${ACTORS}${timed ? ` AND (dt[1] IS NULL OR ${fits})` : ''}
      AND ($asOf IS NULL OR (coalesce(dt[1], '') <= $asOf AND coalesce(${actorStart('y')}, '') <= $asOf))
    WITH *, [k, ${from}, ${to}, rels, dt, pvi[0], pvi[1], pvi[2]] AS hop,
      [coalesce(dt[1], '9999'), ${toId}, ${fromId}, ${KIND_ORDER}, coalesce(pvi[2], ''), coalesce(pvi[0], ''), coalesce(pvi[1], '')] AS key${
        timed
          ? `,
      CASE WHEN ${tighter} THEN dt[${down ? 1 : 2}] ELSE ${bound} END AS nb`
          : ''
      }`;
}

/** A hop of an answer: ids, date, keys, the ends' labels and names, and its evidence when $evidence. */
const HOP_OUT = `[h[0], h[1].id, h[2].id, h[4][0].date, h[5], h[6], h[7], ${label('h[1]')}, h[1].name, ${label('h[2]')}, h[2].name,
   CASE WHEN $evidence THEN [r IN h[3] | [r.citationSources, r.citationExcerpts, r.citationFields]] END,
   CASE WHEN $evidence AND h[0] = 'INSPIRED' THEN h[3][0].description END]`;

/** The start actor, whether it is one, and whether it is known as of $asOf. */
const start = (v: string, param: string) => `OPTIONAL MATCH (${v}:Entity {id: ${param}})
  WITH *, ${v} IS NOT NULL AND ${label(v)} IN ${ACTORS} AS ${v}Ok, $asOf IS NULL OR coalesce(${actorStart(v)}, '') <= $asOf AS ${v}Known`;

/** An untimed label's path start: the first dated hop's start along the chain (hs: the new hop's). */
const pathStartOf = (down: boolean): string => (down ? 'coalesce(parent[1], hs)' : 'coalesce(hs, parent[1])');

/*
 * Reach: breadth first, one CALL per level. As in reach.ts, a node keeps labels (depth, bound)
 * that no earlier one beats on time: a candidate enters at a level only when its bound is
 * strictly better than every label the node already has; at one level the node keeps the
 * candidate with the best bound that came first, in the frontier slot of the first candidate
 * that entered. Candidates come in walk order: the frontier position of the label they extend,
 * then the hop's key. Each actor is reported at the first level it entered, with that label's
 * path. `labels` ([node, bound] of every label so far) is grouped with the candidates by node,
 * so the check costs a hash lookup, not a scan. A level runs only while the page is not full:
 * actors come out by depth, so deeper levels cannot enter a full page.
 */
function reachLevel(down: boolean, timed: boolean, depth: number, last: boolean): string {
  const path = down ? 'parent[3] + [hop]' : '[hop] + parent[3]';
  const ps = down ? 'coalesce(parent[4], hop[4][1])' : 'coalesce(hop[4][1], parent[4])';
  if (!timed) {
    // Without time every label has the same bound: a node enters once, at the first level that
    // reaches it, through its least candidate (frontier position, then hop key: start, then id).
    // A frontier entry is [node, start of the first dated hop, chain of nodes from the start].
    return `CALL (front, seen, found) {
    WITH front, seen, found WHERE size(front) > 0 AND size(found) < $first AND size(seen) <= $maxRows
    CALL (front, seen) {
      ${leanExpansion(down)}
      WITH i, y, st WHERE $asOf IS NULL OR coalesce(st, '') <= $asOf
      RETURN y, min([i, coalesce(st, '9999')]) AS w
    }
    WITH y, front[w[0]] AS parent, CASE WHEN w[1] <> '9999' THEN w[1] END AS hs, w
    WHERE ${label('y')} IN ${ACTORS} AND ($asOf IS NULL OR coalesce(${actorStart('y')}, '') <= $asOf)
    WITH y, parent, hs, w, y.id AS yid${
      last
        ? // The last level feeds no frontier: only the actors that can still enter the page matter,
          // and the page orders them by path start, then id (fewer than $first are found so far).
          `
    WITH y, yid, parent, ${pathStartOf(down)} AS ps ORDER BY coalesce(ps, '9999'), yid LIMIT toInteger($first)
    WITH collect([y, ${depth}, parent[2] + [y], ps, yid]) AS entered
    RETURN [] AS next, [] AS labelled, entered`
        : ` ORDER BY w[0], w[1], yid
    WITH y, yid, parent[2] + [y] AS chain, ${pathStartOf(down)} AS ps
    WITH collect([y, ps, chain]) AS next, collect(y) AS labelled, collect([y, ${depth}, chain, ps, yid]) AS entered
    RETURN next, labelled, entered`
    }
  }
  WITH s, sOk, tooBig OR (size(front) > 0 AND size(found) < $first AND size(seen) > $maxRows) AS tooBig,
    next AS front, seen + labelled AS seen, found + entered AS found`;
  }
  const best = down ? 'min' : 'max';
  const better = (a: string, b: string) => (down ? `${a} < ${b}` : `${a} > ${b}`);
  return `CALL (s, front, seen, found) {
    WITH s, front, seen, found WHERE size(front) > 0 AND size(found) < $first AND size(seen) <= $maxRows
    CALL (s, front, seen) {
      UNWIND range(0, size(front) - 1) AS i
      WITH s, i, front[i] AS f
      WITH s, i, f, f[0] AS x, f[5] AS xid
      ${step(down, true, 'f[1]', 'x, f', 'NOT y IN f[2]')}
      WITH * WHERE y <> s
      RETURN y, [i, key] AS ord, nb AS b, f AS parent, hop, false AS old
      UNION ALL
      UNWIND seen AS l
      RETURN l[0] AS y, null AS ord, l[1] AS b, null AS parent, null AS hop, true AS old
    }
    WITH y, ord, b, parent, hop, old ORDER BY ord
    WITH y, collect(CASE WHEN NOT old THEN [ord, b, parent, hop] END) AS cands, ${best}(CASE WHEN old THEN b END) AS prev, count(CASE WHEN old THEN 1 END) AS had
    WHERE size(cands) > 0
    WITH y, cands, prev, had, reduce(m = cands[0][1], c IN cands | CASE WHEN ${better('c[1]', 'm')} THEN c[1] ELSE m END) AS m
    WHERE had = 0 OR ${better('m', 'prev')}
    WITH y, had, m, [c IN cands WHERE c[1] = m][0] AS win, [c IN cands WHERE had = 0 OR ${better('c[1]', 'prev')}][0][0] AS slot
    ORDER BY slot
    WITH y, had, m, win[0][1][${down ? 1 : 2}] AS yid, win[2] AS parent, win[3] AS hop
    WITH y, had, m, yid, parent, ${path} AS path, ${ps} AS ps
    RETURN collect([y, m, parent[2] + [y], path, ps, yid]) AS next, collect([y, m]) AS labelled,
      collect(CASE WHEN had = 0 THEN [y, ${depth}, path, ps, yid] END) AS entered
  }
  WITH s, sOk, tooBig OR (size(front) > 0 AND size(found) < $first AND size(seen) > $maxRows) AS tooBig,
    next AS front, seen + labelled AS seen, found + entered AS found`;
}

const reachCache = new Map<string, string>();

/**
 * The reach statement for a direction, a number of levels and whether paths are shown (one text
 * each, so plans stay cached).
 */
export function reachCypher(direction: ReachDirection, maxHops: number, timed: boolean, withPath: boolean): string {
  const k = `${direction}:${maxHops}:${timed}:${withPath}`;
  let text = reachCache.get(k);
  if (!text) {
    const down = direction === 'DOWNSTREAM';
    const levels = Array.from({ length: maxHops }, (_, i) => reachLevel(down, timed, i + 1, i + 1 === maxHops)).join('\n');
    const page = `CALL (found) {
    UNWIND found AS r
    WITH r ORDER BY r[1], coalesce(r[3], '9999'), r[4]
    WITH collect(r)[..$first] AS page`;
    // Untimed walks keep chains of nodes: the hops of the actors shown are read at the end, each
    // the least hop between its two ends (as the walk chose it); without paths, no subquery per actor.
    const untimedPage = !withPath
      ? `${page}
    RETURN [r IN page | [r[4], ${label('r[0]')}, r[0].name, r[1], null]] AS rows
  }`
      : `${page}
    UNWIND page AS r
    CALL (r) {
      UNWIND range(0, size(r[2]) - 2) AS j
      WITH j, r[2][j] AS x, r[2][j].id AS xid, r[2][j + 1] AS t
      CALL (x, xid, t) {
        ${step(down, false, '', 'x, t', 'y = t')}
        RETURN hop ORDER BY key LIMIT 1
      }
      WITH j, hop ORDER BY j${down ? '' : ' DESC'}
      RETURN collect(hop) AS hops
    }
    RETURN collect([r[4], ${label('r[0]')}, r[0].name, r[1], [h IN hops | ${HOP_OUT}]]) AS rows
  }`;
    const timedPage = `${page}
    RETURN [r IN page | [r[4], ${label('r[0]')}, r[0].name, r[1], CASE WHEN $withPath THEN [h IN r[2] | ${HOP_OUT}] END]] AS rows
  }`;
    text = `${start('s', '$id')}
  WITH s, sOk, CASE WHEN NOT (sOk AND sKnown) THEN [] ${timed ? 'ELSE [[s, $bound0, [s], [], null, s.id]]' : 'ELSE [[s, null, [s]]]'} END AS front, ${timed ? '[]' : '[s]'} AS seen, [] AS found, false AS tooBig
  ${levels}
  ${timed ? timedPage : untimedPage}
  RETURN sOk AS ok, tooBig, rows`;
    reachCache.set(k, text);
  }
  return text;
}

/*
 * Paths: met in the middle. Halves of up to ⌈maxHops/2⌉ hops are walked forward from `a`
 * and of up to ⌊maxHops/2⌋ backward into `b` (with the empty half at `b`), each simple and
 * time-respecting on its own (forward: never certainly earlier than the latest start so far;
 * backward: never certainly later than the earliest end after it). A path is a forward half of
 * length ⌈L/2⌉ and a backward half of length ⌊L/2⌋ meeting at one node, sharing no other, with
 * the forward half's latest start not after the backward half's earliest end: exactly the
 * simple time-respecting paths, each once. Halves meet by grouping on the middle node.
 * Shortest first, then in walk order (the list of hop keys), at most $first.
 * A half is [end, chain of nodes, hops, keys, bound, length].
 */
function pathLevel(down: boolean, timed: boolean, depth: number): string {
  const list = down ? 'fw' : 'bw';
  const stop = down ? 'b' : 'a';
  return `CALL (a, b, ${list}) {
    WITH a, b, ${list} WHERE size(${list}) <= $maxRows
    UNWIND ${list} AS h
    WITH a, b, h WHERE h[5] = ${depth - 1} AND h[0] <> ${stop}
    WITH a, b, h, h[0] AS x, h[6] AS xid
    ${step(down, timed, 'h[4]', 'x, h', 'NOT y IN h[1]')}
    RETURN collect([y, ${down ? 'h[1] + [y], h[2] + [hop], h[3] + [key]' : '[y] + h[1], [hop] + h[2], [key] + h[3]'}, ${timed ? 'nb' : 'h[4]'}, ${depth}, key[${down ? 1 : 2}]]) AS more
  }
  WITH a, b, aOk, bOk, tooBig OR size(${list}) > $maxRows AS tooBig, ${down ? 'bw' : 'fw'}, ${list} + more AS ${list}`;
}

const pathsCache = new Map<string, string>();

export function pathsCypher(maxHops: number, timed: boolean): string {
  const k = `${maxHops}:${timed}`;
  let text = pathsCache.get(k);
  if (!text) {
    const forward = Array.from({ length: Math.ceil(maxHops / 2) }, (_, i) => pathLevel(true, timed, i + 1)).join('\n');
    const backward = Array.from({ length: Math.floor(maxHops / 2) }, (_, i) => pathLevel(false, timed, i + 1)).join('\n');
    text = `${start('a', '$from')}
  ${start('b', '$to')}
  WITH a, b, aOk, bOk, aOk AND bOk AND aKnown AND bKnown AND a <> b AS go
  WITH a, b, aOk, bOk, CASE WHEN go THEN [[a, [a], [], [], $floor0, 0, a.id]] ELSE [] END AS fw, CASE WHEN go THEN [[b, [b], [], [], $ceiling0, 0, b.id]] ELSE [] END AS bw, false AS tooBig
  ${forward}
  ${backward}
  CALL (fw, bw, tooBig) {
    WITH fw, bw WHERE NOT tooBig
    CALL (fw, bw) {
      UNWIND fw AS h WITH h WHERE h[5] > 0 RETURN h[0] AS m, h AS fh, null AS bh
      UNION ALL
      UNWIND bw AS h RETURN h[0] AS m, null AS fh, h AS bh
    }
    WITH m, collect(fh) AS fs, collect(bh) AS bs
    WHERE size(fs) > 0 AND size(bs) > 0
    UNWIND fs AS f
    UNWIND bs AS g
    WITH f, g WHERE (f[5] = g[5] OR f[5] = g[5] + 1) AND f[4] <= g[4] AND none(n IN tail(g[1]) WHERE n IN f[1])
    WITH f[5] + g[5] AS length, f[3] + g[3] AS key, f[2] + g[2] AS hops
    ORDER BY length, key
    WITH collect([length, hops])[..$first] AS page
    RETURN [p IN page | [p[0], [h IN p[1] | ${HOP_OUT}]]] AS rows
  }
  RETURN aOk, bOk, tooBig OR size(fw) > $maxRows OR size(bw) > $maxRows AS tooBig, rows`;
    pathsCache.set(k, text);
  }
  return text;
}

/* ---------- what the statements answer ---------- */

/** One hop of an answer, in the direction influence flows. */
export interface TracedHop extends HopFacts {
  influenceKind: string | null;
  fromLabel: ActorLabel;
  fromName: string | null;
  toLabel: ActorLabel;
  toName: string | null;
  /** Read only when asked for (`evidence`); empty otherwise. */
  citations: Citation[];
  description: string | null;
}

type HopRow = [
  HopKind,
  string,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  ActorLabel,
  string | null,
  ActorLabel,
  string | null,
  [string[] | null, string[] | null, string[] | null][] | null,
  string | null,
];

const toHop = (h: HopRow): TracedHop => ({
  kind: h[0],
  from: h[1],
  to: h[2],
  date: h[3],
  practice: h[4],
  via: h[5],
  influenceKind: h[6],
  fromLabel: h[7],
  fromName: h[8],
  toLabel: h[9],
  toName: h[10],
  citations: h[11]
    ? h[11].flatMap(([citationSources, citationExcerpts, citationFields]) =>
        citationsOf({
          citationSources: citationSources ?? [],
          citationExcerpts: citationExcerpts ?? [],
          citationFields: citationFields ?? [],
        }),
      )
    : [],
  description: h[12],
});

interface Common {
  maxHops: number;
  timeRespecting: boolean;
  /** The last day of "as of" (a fact counts unless it starts after it), or null. */
  asOfEnd: string | null;
  first: number;
  /** Read the citations and description of the hops shown. */
  evidence: boolean;
}

export interface ReachQuestion extends Common {
  id: string;
  direction: ReachDirection;
  /** Return each actor's path (else only the actor and its depth). */
  withPath: boolean;
}

export interface ReachedActor {
  id: string;
  label: ActorLabel;
  name: string | null;
  depth: number;
  /** In the direction influence flows; empty unless asked for. */
  path: TracedHop[];
}

/** Who an actor reached (or what reached it): null when the id is no actor. One statement. */
export async function traceReach(db: Db, q: ReachQuestion): Promise<ReachedActor[] | null> {
  const [row] = await db.query<{ ok: boolean; tooBig: boolean; rows: [string, ActorLabel, string | null, number, HopRow[] | null][] }>(
    reachCypher(q.direction, q.maxHops, q.timeRespecting, q.withPath),
    {
      id: q.id,
      bound0: q.direction === 'DOWNSTREAM' ? NO_FLOOR : NO_CEILING,
      asOf: q.asOfEnd,
      first: q.first,
      withPath: q.withPath,
      evidence: q.evidence,
      maxRows: MAX_WALK_ROWS,
    },
  );
  if (!row?.ok) return null;
  if (row.tooBig) throw tooComplex();
  return row.rows.map(([id, label, name, depth, hops]) => ({ id, label, name, depth, path: hops ? hops.map(toHop) : [] }));
}

export interface PathsQuestion extends Common {
  from: string;
  to: string;
}

/** Paths from one actor to another; `missing` names the argument whose id is no actor. One statement. */
export async function tracePaths(db: Db, q: PathsQuestion): Promise<{ missing: 'from' | 'to' | null; paths: TracedHop[][] }> {
  const [row] = await db.query<{ aOk: boolean; bOk: boolean; tooBig: boolean; rows: [number, HopRow[]][] }>(
    pathsCypher(q.maxHops, q.timeRespecting),
    {
      from: q.from,
      to: q.to,
      floor0: NO_FLOOR,
      ceiling0: NO_CEILING,
      asOf: q.asOfEnd,
      first: q.first,
      evidence: q.evidence,
      maxRows: MAX_WALK_ROWS,
    },
  );
  if (!row?.aOk) return { missing: 'from', paths: [] };
  if (!row.bOk) return { missing: 'to', paths: [] };
  if (row.tooBig) throw tooComplex();
  return { missing: null, paths: row.rows.map(([, hops]) => hops.map(toHop)) };
}
