import { describe, expect, it } from 'vitest';
import { PeerReasonKind as K } from '../../src/model/peer-reason-kind';
import { haversineKm } from '../../src/graph/peers/geo';
import { applyCaps, nearbyWeight, PEER_WEIGHTS, rankPeers, type DraftPeer, type DraftReason } from '../../src/graph/peers/score';
import type { NodeObject } from '../../src/model/node.type';

const cite = [{ sourceId: 's', excerpt: 'e' }];
const reason = (kind: K, weight: number, text: string = kind): DraftReason => ({ kind, weight, text, citations: cite, subjectId: null });
const city = (id: string): NodeObject => ({ __typename: 'City', id, name: id, citations: cite });
const peer = (id: string, ...reasons: DraftReason[]): DraftPeer => ({ city: city(id), distanceKm: null, reasons });

describe('peer scoring', () => {
  it('measures great-circle distances (London–Paris ≈ 344 km, Danilovgrad–Kumanovo ≈ 219 km)', () => {
    expect(haversineKm({ lat: 51.5074, lon: -0.1278 }, { lat: 48.8566, lon: 2.3522 })).toBeCloseTo(343.6, 0);
    expect(haversineKm({ lat: 42.5538, lon: 19.1077 }, { lat: 42.1322, lon: 21.7144 })).toBeCloseTo(219.3, 0);
    expect(haversineKm({ lat: 1, lon: 2 }, { lat: null, lon: 3 })).toBeUndefined();
  });

  it('gives proximity its full weight next door, half every 250 km, nothing beyond about 1,000 km', () => {
    expect(nearbyWeight(0)).toBe(PEER_WEIGHTS.NEARBY.max);
    expect(nearbyWeight(250)).toBe(PEER_WEIGHTS.NEARBY.max / 2);
    expect(nearbyWeight(500)).toBeCloseTo(PEER_WEIGHTS.NEARBY.max / 4, 1);
    expect(nearbyWeight(1100)).toBe(0);
  });

  it('caps each kind: the strongest facts use the budget, later ones stay listed with what is left', () => {
    const capped = applyCaps([
      reason(K.SHARED_CHALLENGE, 1, 'a'),
      reason(K.SHARED_CHALLENGE, 1, 'b'),
      reason(K.SHARED_CHALLENGE, 1, 'c'),
      reason(K.SHARED_CHALLENGE, 1, 'd'),
      reason(K.SHARED_EVENT, 3, 'hosted'),
      reason(K.SHARED_EVENT, 2, 'attended'),
    ]);
    const weights = (kind: K) => capped.filter((r) => r.kind === kind).map((r) => [r.text, r.weight]);
    expect(weights(K.SHARED_CHALLENGE)).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 1],
      ['d', 0],
    ]);
    expect(weights(K.SHARED_EVENT)).toEqual([
      ['hosted', 3],
      ['attended', 0],
    ]);
    expect(capped[0]!.text).toBe('hosted');
  });

  it('ranks by score, breaks ties by city id, and never lists a city that only shares its kind or has a contact', () => {
    const ranked = rankPeers(
      [
        peer('b-city', reason(K.SAME_HUB, 1)),
        peer('a-city', reason(K.SAME_HUB, 1)),
        peer('expert', reason(K.IMPLEMENTED_PRACTICE, 5), reason(K.CONTACT, 0.25)),
        peer('lookalike', reason(K.SIMILAR_KIND, 0.5), reason(K.CONTACT, 0.25)),
      ],
      10,
    );
    expect(ranked.map((p) => [p.city.id, p.score])).toEqual([
      ['expert', 5.25],
      ['a-city', 1],
      ['b-city', 1],
    ]);
    expect(rankPeers([peer('a', reason(K.SAME_HUB, 1)), peer('b', reason(K.SAME_HUB, 1))], 1).map((p) => p.city.id)).toEqual(['a']);
  });

  it('keeps every weight in PEER_WEIGHTS with a cap at least as large as one fact', () => {
    for (const kind of Object.values(K)) {
      const w = PEER_WEIGHTS[kind] as Record<string, number>;
      const single = Math.max(
        ...Object.entries(w)
          .filter(([k]) => !['cap', 'halfDistanceKm', 'min'].includes(k))
          .map(([, v]) => v),
      );
      expect(w.cap, kind).toBeGreaterThanOrEqual(kind === K.SHARED_EVENT ? PEER_WEIGHTS.SHARED_EVENT.each : single);
    }
  });
});
