import { describe, expect, it } from 'vitest';
import { InfluencePathsDocument, InfluenceReachDocument } from '../../src/generated/graphql';
import { loadInfluenceGraph, type Hop, type InfluenceGraph } from '../../src/graph/influence/graph';
import { findInfluencePaths } from '../../src/graph/influence/paths';
import { influenceReach } from '../../src/graph/influence/reach';
import { spanOf } from '../../src/graph/influence/time';
import { tracePaths, traceReach, type TracedHop } from '../../src/graph/influence/traverse';
import type { NodeLabel } from '../../src/domain/labels';
import type { Db } from '../../src/neo4j/db';
import { cite, fixturePrefix, writeFixture, type Plain } from '../helpers/fixtures';
import { dataOf, gql, testDb } from '../helpers/graphql';
import { rng } from '../../scripts/bench/stats';

/*
 * influencePaths and influenceReach run as one Cypher statement each (influence/traverse.ts).
 * Their answers must be exactly those of the walks on the whole-graph projection (paths.ts,
 * reach.ts, the implementation they replace): same actors, depths, hops, dates, evidence and
 * order, on every actor of the seed and on a synthetic graph built to hit every rule (partial
 * dates of each precision, undated hops, events reached through attendance, adoption after an
 * event, formation, stated hops that make an attendance redundant, parallel influences, "as of").
 */
const show = (hops: (Hop | TracedHop)[]) =>
  hops
    .map((h) => `${h.kind}:${h.from}>${h.to}@${h.date ?? '-'}[${h.citations.map((c) => `${c.sourceId}:${c.excerpt}`).join('|')}]`)
    .join(' ');

const OPTION_SETS = [
  { maxHops: 3, timeRespecting: true, asOf: null },
  { maxHops: 3, timeRespecting: false, asOf: null },
  { maxHops: 2, timeRespecting: true, asOf: '2022' },
  { maxHops: 4, timeRespecting: true, asOf: '2023-06' },
] as const;

/** Compares reach for every actor in `ids`, both directions, every option set, a full page and a short one. */
async function compareReach(
  db: Db,
  whole: InfluenceGraph,
  ids: string[],
  firsts: number[],
  options: readonly (typeof OPTION_SETS)[number][] = OPTION_SETS,
): Promise<number> {
  let compared = 0;
  for (const id of ids) {
    for (const direction of ['DOWNSTREAM', 'UPSTREAM'] as const) {
      for (const o of options) {
        const full = influenceReach(whole, id, { direction, maxHops: o.maxHops, timeRespecting: o.timeRespecting, asOf: spanOf(o.asOf) });
        for (const first of firsts) {
          const expected = full.slice(0, first).map((r) => `${r.id}/${r.depth}: ${show(r.path)}`);
          const trace = (withPath: boolean) =>
            traceReach(db, { id, direction, ...o, asOfEnd: spanOf(o.asOf)?.end ?? null, first, withPath, evidence: withPath });
          const got = await trace(true);
          const what = `${id} ${direction} ${JSON.stringify(o)} first ${first}`;
          expect(
            got!.map((r) => `${r.id}/${r.depth}: ${show(r.path)}`),
            what,
          ).toEqual(expected);
          // Without paths (their own statement): the same actors, depths, names and order.
          expect(
            (await trace(false))!.map((r) => `${r.id}/${r.depth}/${r.name}/${r.path.length}`),
            `${what}, no path`,
          ).toEqual(got!.map((r) => `${r.id}/${r.depth}/${r.name}/0`));
          compared += expected.length;
        }
      }
    }
  }
  return compared;
}

/** Compares paths from each of `starts` to some actors it reaches (and to one it does not). */
const PATH_OPTIONS = [
  { maxHops: 3, timeRespecting: true, asOf: null, first: 10 },
  { maxHops: 4, timeRespecting: true, asOf: '2023', first: 3 },
  { maxHops: 5, timeRespecting: false, asOf: null, first: 50 },
  { maxHops: 6, timeRespecting: true, asOf: null, first: 20 },
] as const;

async function comparePaths(
  db: Db,
  whole: InfluenceGraph,
  starts: string[],
  elsewhere: string,
  options: readonly (typeof PATH_OPTIONS)[number][],
): Promise<number> {
  let found = 0;
  for (const from of starts) {
    const reached = influenceReach(whole, from, { direction: 'DOWNSTREAM', maxHops: 6, timeRespecting: false, asOf: null }).map(
      (r) => r.id,
    );
    for (const to of [...reached.filter((_, i) => i % 3 === 0), elsewhere]) {
      if (to === from) continue;
      for (const o of options) {
        const expected = findInfluencePaths(whole, from, to, { ...o, asOf: spanOf(o.asOf) }).map(show);
        const got = await tracePaths(db, { from, to, ...o, asOfEnd: spanOf(o.asOf)?.end ?? null, evidence: true });
        expect(got.missing).toBeNull();
        expect(got.paths.map(show), `${from} → ${to} ${JSON.stringify(o)}`).toEqual(expected);
        found += expected.length;
      }
    }
  }
  return found;
}

/** A small graph with every kind of hop and date precision, written through the curation path. */
async function syntheticGraph(db: Db, p: string): Promise<string[]> {
  const r = rng(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const dates = ['2021', '2022', '2022-05', '2022-11', '2023', '2023-02', '2023-05-14', '2023-06', '2024', null, null] as const;
  const c = (what: string) => cite(p, `${what} (synthetic)`);
  const cities = Array.from({ length: 14 }, (_, i) => `${p}-c${i}`);
  const orgs = [`${p}-o0`, `${p}-o1`];
  const events = Array.from({ length: 6 }, (_, i) => `${p}-e${i}`);
  const groups = [`${p}-g0`, `${p}-g1`];
  const leaders = [`${p}-l0`];
  const hubs = [`${p}-h0`];
  const practices = [`${p}-p0`, `${p}-p1`, `${p}-p2`];
  const nodes: [NodeLabel, Plain][] = [
    ['Source', { id: `${p}-src`, title: 'Synthetic source' }],
    ['Country', { id: `${p}-land`, name: 'Synthland', citations: c('land') }],
    ...practices.map((id): [NodeLabel, Plain] => ['Practice', { id, name: id, category: 'EARLY_WARNING', citations: c(id) }]),
    ...cities.map((id): [NodeLabel, Plain] => ['City', { id, name: `City ${id}`, kind: 'CITY', country: `${p}-land`, citations: c(id) }]),
    ...orgs.map((id): [NodeLabel, Plain] => ['Organisation', { id, name: `Org ${id}`, kind: 'NETWORK', citations: c(id) }]),
    ...events.map((id, i): [NodeLabel, Plain] => [
      'Event',
      { id, name: `Event ${id}`, kind: 'WORKSHOP', date: ['2022-05', '2023', null, '2023-06-02', '2022', '2024-01'][i], citations: c(id) },
    ]),
    ...groups.map((id): [NodeLabel, Plain] => ['Group', { id, name: `Group ${id}`, kind: 'WORKING_GROUP', named: true, citations: c(id) }]),
    ...leaders.map((id): [NodeLabel, Plain] => ['Leader', { id, name: `Leader ${id}`, title: 'Mayor', citations: c(id) }]),
    ...hubs.map((id): [NodeLabel, Plain] => ['Hub', { id, name: `Hub ${id}`, launched: '2022-03', citations: c(id) }]),
  ];
  const rels: Plain[] = [];
  const actors = [...cities, ...orgs, ...events, ...groups, ...leaders, ...hubs];
  const inspired = new Set<string>();
  const dated = (d: string | null) => (d ? { date: d } : {});
  for (let i = 0; i < 60; i += 1) {
    const from = i < 40 ? pick(cities) : pick(actors);
    const to = i < 50 ? pick(cities) : pick(actors);
    const practice = r() < 0.5 ? pick(practices) : undefined;
    const via = r() < 0.2 ? pick(events) : undefined;
    const kind = pick(['INSPIRED', 'INSPIRED', 'SUPPORTED', 'LED_TO']);
    const key = `${from}>${to}|${kind}|${practice}|${via}`;
    if (from === to || inspired.has(key)) continue;
    inspired.add(key);
    rels.push({ type: 'INSPIRED', from, to, kind, practice, via, ...dated(pick(dates)), citations: c(`${from} inspired ${to}`) });
  }
  // Parallel influences between the same two actors, apart only by practice or kind.
  rels.push({
    type: 'INSPIRED',
    from: cities[0],
    to: cities[1],
    kind: 'INSPIRED',
    practice: practices[0],
    date: '2022',
    citations: c('parallel a'),
  });
  rels.push({
    type: 'INSPIRED',
    from: cities[0],
    to: cities[1],
    kind: 'INSPIRED',
    practice: practices[1],
    date: '2022',
    citations: c('parallel b'),
  });
  rels.push({
    type: 'INSPIRED',
    from: cities[0],
    to: cities[1],
    kind: 'SUPPORTED',
    practice: practices[1],
    date: '2022',
    citations: c('parallel c'),
  });
  events.forEach((e, i) => {
    rels.push({ type: 'HOSTED', from: i % 2 ? pick(orgs) : pick(cities), to: e, citations: c(`hosted ${e}`) });
    rels.push({ type: 'ORGANISED', from: i % 3 ? pick(orgs) : hubs[0], to: e, citations: c(`organised ${e}`) });
    const attendees = new Set([pick(cities), pick(cities), pick(cities), pick([...orgs, ...groups, ...leaders, ...hubs])]);
    for (const a of attendees) rels.push({ type: 'ATTENDED', from: a, to: e, citations: c(`${a} attended ${e}`) });
    // A stated influence of the event on one attendee makes that attendance redundant.
    if (i % 2 === 0) rels.push({ type: 'INSPIRED', from: e, to: [...attendees][0], kind: 'INSPIRED', citations: c(`${e} inspired`) });
  });
  for (const city of cities) {
    for (const practice of practices) {
      if (r() < 0.35)
        rels.push({
          type: 'ADOPTED',
          from: city,
          to: practice,
          status: 'IMPLEMENTED',
          ...dated(pick(dates)),
          citations: c(`${city} adopted ${practice}`),
        });
    }
  }
  rels.push({ type: 'ADOPTED', from: groups[0], to: practices[2], status: 'PILOTING', date: '2024', citations: c('group adopted') });
  rels.push({ type: 'FORMED_AT', from: groups[0], to: events[0], citations: c('formed at e0') });
  rels.push({ type: 'FORMED_AT', from: groups[1], to: events[3], date: '2023-07', citations: c('formed at e3') });
  rels.push({ type: 'ATTENDED', from: groups[1], to: events[3], citations: c('g1 attended e3') });
  await writeFixture(db, nodes, rels);
  return actors;
}

describe('influence paths and reach in one Cypher statement', () => {
  const db = testDb();
  const prefix = fixturePrefix(db);

  it('reach and paths equal the whole-graph walks for every actor of the seed', async () => {
    const whole = await db.read((tx) => loadInfluenceGraph(tx));
    const ids = [...whole.actors.keys()].filter((id) => (whole.out.has(id) || whole.in.has(id)) && !/^t[0-9a-f]{8}-/.test(id)).sort();
    expect(ids.length).toBeGreaterThan(50);
    expect(await compareReach(db, whole, ids, [100], OPTION_SETS.slice(0, 3))).toBeGreaterThan(1000);
    const starts = ids.filter((id) => whole.out.has(id)).filter((_, i) => i % 3 === 0);
    expect(await comparePaths(db, whole, starts, 'kumanovo', [PATH_OPTIONS[0], PATH_OPTIONS[3]])).toBeGreaterThan(100);
  }, 600_000);

  it('reach and paths equal the whole-graph walks on a synthetic graph with every kind of hop and date', async () => {
    const actors = await syntheticGraph(db, prefix);
    const whole = await db.read((tx) => loadInfluenceGraph(tx));
    const kinds = new Set(whole.hops.filter((h) => h.from.startsWith(prefix)).map((h) => h.kind));
    expect([...kinds].sort()).toEqual(['ADOPTED_AFTER', 'ATTENDED', 'FORMED_AT', 'HOSTED', 'INSPIRED', 'ORGANISED']);
    expect(await compareReach(db, whole, actors, [100, 3])).toBeGreaterThan(1000);
    expect(await comparePaths(db, whole, actors, `${prefix}-c13`, PATH_OPTIONS)).toBeGreaterThan(200);
  }, 600_000);

  it('refuses an id that is no actor, naming the argument', async () => {
    expect(
      await traceReach(db, {
        id: 'local-safety-council',
        direction: 'DOWNSTREAM',
        maxHops: 2,
        timeRespecting: true,
        asOfEnd: null,
        first: 5,
        withPath: false,
        evidence: false,
      }),
    ).toBeNull();
    const q = { maxHops: 2, timeRespecting: true, asOfEnd: null, first: 5, evidence: false };
    expect((await tracePaths(db, { ...q, from: 'atlantis', to: 'kumanovo' })).missing).toBe('from');
    expect((await tracePaths(db, { ...q, from: 'kumanovo', to: 'local-safety-council' })).missing).toBe('to');
    expect(await tracePaths(db, { ...q, from: 'kumanovo', to: 'kumanovo' })).toEqual({ missing: null, paths: [] });
  });

  // Statements per request (a regression here is a slower answer): the benchmark's operations
  // (scripts/bench/questions.ts) in one statement, the page's named operations in two (the
  // second reads the practices and events their hops name).
  const BUDGET: [string, string | typeof InfluencePathsDocument | typeof InfluenceReachDocument, Record<string, unknown>, number][] = [
    [
      "the benchmark's influencePaths",
      `query ($from: ID!, $to: ID!) { influencePaths(from: $from, to: $to, maxHops: 4, first: 10) { length hops { kind date from { id } to { id } citations { excerpt } } } }`,
      { from: 'nairobi-regional-workshop', to: 'nansana' },
      1,
    ],
    [
      "the benchmark's influenceReach",
      `query ($id: ID!) { influenceReach(id: $id, direction: DOWNSTREAM, maxHops: 3, first: 100, timeRespecting: false) { depth actor { id name } } }`,
      { id: 'kumanovo' },
      1,
    ],
    ['InfluencePaths', InfluencePathsDocument, { from: 'nairobi-regional-workshop', to: 'nansana' }, 2],
    ['InfluenceReach', InfluenceReachDocument, { id: 'cape-town', direction: 'DOWNSTREAM' }, 2],
  ];
  for (const [name, doc, variables, budget] of BUDGET) {
    it(`runs ${name} in ${budget} statement${budget > 1 ? 's' : ''}`, async () => {
      const r = await gql(doc as never, variables);
      const data = dataOf(r) as Record<string, unknown[]>;
      expect(Object.values(data)[0]!.length).toBeGreaterThan(0);
      expect(r.queries, r.context.queries.statements.join('\n----\n')).toBe(budget);
    });
  }

  it('reads the evidence of the hops shown only when citations or descriptions are selected', async () => {
    const lean = await gql('{ influencePaths(from: "nairobi-regional-workshop", to: "nansana") { hops { kind from { id } } } }');
    dataOf(lean);
    expect(lean.context.queries.params[0]).toMatchObject({ evidence: false });
    const cited = dataOf(
      await gql<{ influencePaths: { hops: { citations: { excerpt: string }[]; description: string | null }[] }[] }>(
        '{ influencePaths(from: "nairobi-regional-workshop", to: "nansana") { hops { citations { excerpt } description } } }',
      ),
    );
    expect(cited.influencePaths[0]!.hops.every((h) => h.citations.length > 0)).toBe(true);
  });
});
