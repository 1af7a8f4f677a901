import { describe, expect, it } from 'vitest';
import { loadInfluenceGraph, type Hop } from '../../src/graph/influence/graph';
import { localInfluenceGraph, pathScope, reachScope, withEvidence } from '../../src/graph/influence/local';
import { findInfluencePaths } from '../../src/graph/influence/paths';
import { influenceReach } from '../../src/graph/influence/reach';
import { spanOf } from '../../src/graph/influence/time';
import { testDb } from '../helpers/graphql';

/*
 * Paths and reach read only the neighbourhood they can use, in Neo4j, level by level
 * (influence-local.ts). On every actor of the seed they must answer exactly what the walks
 * answer on the whole-graph projection: same actors, depths, hops, evidence (read afterwards
 * for the hops shown) and order.
 */
const show = (hops: Hop[]) =>
  hops.map((h) => `${h.kind}:${h.from}>${h.to}@${h.date ?? '-'}[${h.citations.map((c) => c.excerpt.length).join(',')}]`).join(' ');

describe('influence paths and reach read from Neo4j by neighbourhood', () => {
  const db = testDb();

  it('reach, both directions, timed and not, with asOf, equals the whole-graph walk for every seed actor', async () => {
    const whole = await db.read((tx) => loadInfluenceGraph(tx));
    const ids = [...whole.actors.keys()].filter((id) => whole.out.has(id) || whole.in.has(id)).sort();
    expect(ids.length).toBeGreaterThan(50);
    let compared = 0;
    for (const id of ids) {
      for (const direction of ['DOWNSTREAM', 'UPSTREAM'] as const) {
        const local = await localInfluenceGraph(db, reachScope(id, direction, 3));
        for (const opts of [
          { direction, maxHops: 3, timeRespecting: true, asOf: null },
          { direction, maxHops: 3, timeRespecting: false, asOf: null },
          { direction, maxHops: 2, timeRespecting: true, asOf: spanOf('2022') },
        ]) {
          const expected = influenceReach(whole, id, opts).map((r) => `${r.id}/${r.depth}: ${show(r.path)}`);
          const reached = influenceReach(local, id, opts);
          await withEvidence(
            db,
            reached.flatMap((r) => r.path),
          );
          expect(
            reached.map((r) => `${r.id}/${r.depth}: ${show(r.path)}`),
            `${id} ${JSON.stringify(opts)}`,
          ).toEqual(expected);
          compared += expected.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('paths up to six hops equal the whole-graph search, for pairs that are connected and pairs that are not', async () => {
    const whole = await db.read((tx) => loadInfluenceGraph(tx));
    const starts = [...whole.out.keys()].sort().filter((_, i) => i % 3 === 0);
    let found = 0;
    for (const from of starts) {
      const targets = influenceReach(whole, from, { direction: 'DOWNSTREAM', maxHops: 6, timeRespecting: false, asOf: null }).map(
        (r) => r.id,
      );
      for (const to of [...targets.filter((_, i) => i % 4 === 0), 'kumanovo']) {
        if (to === from) continue;
        for (const maxHops of [3, 6]) {
          const local = await localInfluenceGraph(db, pathScope(from, to, maxHops));
          const opts = { maxHops, first: 10, timeRespecting: maxHops === 3, asOf: null };
          const expected = findInfluencePaths(whole, from, to, opts).map(show);
          const paths = findInfluencePaths(local, from, to, opts);
          await withEvidence(db, paths.flat());
          expect(paths.map(show), `${from} → ${to}, ${maxHops} hops`).toEqual(expected);
          found += expected.length;
        }
      }
    }
    expect(found).toBeGreaterThan(40);
  });

  it('knows an actor with no hops, and not an id that is no actor', async () => {
    const local = await localInfluenceGraph(db, pathScope('kumanovo', 'neighbourhood-watch', 4));
    expect(local.actors.has('kumanovo')).toBe(true);
    expect(local.actors.has('neighbourhood-watch')).toBe(false);
  });
});
