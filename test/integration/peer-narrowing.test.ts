import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPeers, findPeersFullScan, type PeerQuery, type PeerResult } from '../../src/graph/peers/find';
import { MAX_PEERS } from '../../src/graph/peers/score';
import { load, type GraphSize } from '../../scripts/bench/data';
import { generatePeerGraph } from '../../scripts/bench/peer-graph';
import { rng } from '../../scripts/bench/stats';
import { deleteByPrefix } from '../helpers/big-graph';
import { testDb } from '../helpers/graphql';

/*
 * The peer finder narrows its candidates in Cypher and reads the full evidence of a few only
 * (src/graph/peers/shortlist.ts). Its answers must be those of scoring every city: same
 * peers, same order, same scores, reasons, citations and explanations. The full scoring is
 * kept as the oracle (findPeersFullScan) and both are asked the same questions.
 */

const db = testDb();

const page = (r: PeerResult) => ({
  peers: r.peers.map((p) => ({
    id: p.city.id,
    score: p.score,
    group: p.group,
    explanation: p.explanation,
    distanceKm: p.distanceKm,
    reasons: p.reasons,
  })),
  ownNeeds: r.ownNeeds.map((n) => n.id),
});

/**
 * Asks both; with `margin` 0 the first round trip reads only `first` candidates, so that the
 * widening (a second round trip with more) is exercised as well.
 */
async function expectSameAsFullScoring(q: Omit<PeerQuery, 'cityField'>, margin?: number): Promise<PeerResult> {
  const query = { ...q, cityField: 'cityId' };
  const [narrowed, full] = [await findPeers(db, query, margin), await findPeersFullScan(db, query)];
  expect(page(narrowed), JSON.stringify(q)).toEqual(page(full));
  return narrowed;
}

const ask = (cityId: string | null, over: Partial<PeerQuery> = {}) => ({
  cityId,
  practiceId: null,
  needs: [],
  first: 10,
  experiencedOnly: false,
  ...over,
});

async function idsOf(label: 'City' | 'Practice', prefix: string | null): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `MATCH (n:${label}) WHERE ($prefix IS NULL AND NOT n.id STARTS WITH 'tpg') OR n.id STARTS WITH $prefix RETURN n.id AS id ORDER BY id`,
    { prefix },
  );
  return rows.map((r) => r.id);
}

describe('the narrowed peer finder answers exactly as scoring every city', () => {
  it('on the seed, for every city: its own needs, a named practice, categories, whoCanHelp; pages of 10 and 50', async () => {
    const cities = await idsOf('City', null);
    const practices = await idsOf('Practice', null);
    const categories = (
      await db.query<{ c: string }>('MATCH (p:Practice) WHERE p.category IS NOT NULL RETURN DISTINCT p.category AS c ORDER BY c')
    ).map((r) => r.c);
    expect(cities.length).toBeGreaterThan(50);
    let listed = 0;
    for (const [i, city] of cities.entries()) {
      const practiceId = practices[i % practices.length]!;
      listed += (await expectSameAsFullScoring(ask(city, { first: i % 2 ? MAX_PEERS : 10 }), i % 4 === 1 ? 0 : undefined)).peers.length;
      const variant = i % 3;
      if (variant === 0) await expectSameAsFullScoring(ask(city, { practiceId, first: 1 + (i % 20) }));
      if (variant === 1)
        await expectSameAsFullScoring(ask(city, { needs: [categories[i % categories.length]!], practiceId: i % 2 ? practiceId : null }));
      if (variant === 2) await expectSameAsFullScoring(ask(city, { practiceId, experiencedOnly: true, first: 5 }));
    }
    for (const practiceId of practices) await expectSameAsFullScoring(ask(null, { practiceId, experiencedOnly: true }));
    // The comparison is not vacuous: most cities have peers.
    expect(listed).toBeGreaterThan(cities.length * 8);
  }, 300_000);

  describe('on a generated graph of 2,000 cities (hubs, challenges, events, partnerships, regions of 300+)', () => {
    const prefix = `tpg${randomBytes(3).toString('hex')}`;
    const size: GraphSize = { prefix: `${prefix}-`, cities: 2_000, influence: 10_000, events: 200, attendeesPerEvent: 12 };
    beforeAll(async () => {
      await load(db.driver, db.database, generatePeerGraph(size), () => {});
    }, 240_000);
    afterAll(async () => {
      await deleteByPrefix(db, prefix);
    }, 240_000);

    it('for sampled askers and needs, and reads only a few cities in full', async () => {
      const r = rng(42);
      const pick = (n: number) => Math.floor(r() * n);
      let read = 0;
      let questions = 0;
      const widened = new Set<string>();
      for (let k = 0; k < 6; k += 1) {
        const city = `${size.prefix}city-${pick(size.cities)}`;
        const practiceId = `${size.prefix}practice-${pick(40)}`;
        const asked = [
          ask(city),
          ask(city, { practiceId, first: MAX_PEERS }),
          ask(city, { practiceId, experiencedOnly: true, first: 3 }),
          ask(city, { practiceId: `${size.prefix}practice-new`, first: MAX_PEERS }),
        ];
        for (const [i, q] of asked.entries()) {
          const narrowed = await expectSameAsFullScoring(q, (k + i) % 2 ? 0 : undefined);
          expect(narrowed.peers.length).toBe(q.first);
          read += narrowed.cost.read;
          for (const w of narrowed.cost.widened) widened.add(w.split(' ')[0]!);
          questions += 1;
        }
      }
      await expectSameAsFullScoring(ask(null, { practiceId: `${size.prefix}practice-3`, experiencedOnly: true, first: 20 }));
      // Cities with few ties, asking for what nobody has done: the page reaches into the hub and region.
      const loners = await db.query<{ id: string }>(
        `MATCH (c:City) WHERE c.id STARTS WITH $p AND NOT (c)-[:FACES|MEMBER_OF|PARTNERED]-() AND COUNT { (c)-[:INSPIRED]-() } < 3
         RETURN c.id AS id ORDER BY id LIMIT 3`,
        { p: size.prefix },
      );
      for (const { id } of loners) {
        const narrowed = await expectSameAsFullScoring(ask(id, { practiceId: `${size.prefix}practice-new`, first: MAX_PEERS }));
        for (const w of narrowed.cost.widened) widened.add(w.split(' ')[0]!);
      }
      // Both ways of widening the net (more candidates; the hub and region) were taken and checked.
      expect([...widened].sort()).toEqual(['limit', 'place']);
      // Narrowed: on average far fewer cities read in full than the graph holds.
      expect(read / questions).toBeLessThan(size.cities / 10);
    }, 600_000);
  });
});
