import { notFound } from '../../errors';
import type { NodeObject } from '../../model/node.type';
import { PeerGroup } from '../../model/peer-group';
import type { Db } from '../../neo4j/db';
import { toNode } from '../records';
import { readPeerEvidence, type PeerEvidence } from './evidence';
import { candidateCities, draftPeers } from './reasons';
import { rankPeers, type ScoredPeer } from './score';
import { PLACE_ONLY_MAX, readPeerShortlist, type Bound, type Shortlist } from './shortlist';

export interface PeerQuery {
  /** The asking city; required for peerCities, optional for whoCanHelp. */
  cityId: string | null;
  /** Name of the argument holding `cityId`, for NOT_FOUND errors. */
  cityField: string;
  practiceId: string | null;
  needs: string[];
  first: number;
  /** whoCanHelp: only cities with experience of the needed practice. */
  experiencedOnly: boolean;
}

export interface PeerResult {
  peers: ScoredPeer[];
  /** The candidate cities read in full (to prime the node loader). */
  nodes: NodeObject[];
  /** With no practice or category named: the practices the asking city plans or pilots, used as its needs. */
  ownNeeds: NodeObject[];
  /** Round trips and candidates, for tests and the benchmark. */
  cost: { statements: number; considered: number; read: number; widened: string[] };
}

/** Candidates read in full beyond `first` in the first round trip (bounds are near exact; see shortlist.ts). */
const MARGIN = 10;

function score(ev: PeerEvidence, first: number): ScoredPeer[] {
  const askerName = ev.asker ? String(ev.asker.city.name ?? ev.asker.city.id) : null;
  return rankPeers(draftPeers(ev), first, askerName);
}

function checkFound(ev: PeerEvidence, q: PeerQuery): void {
  if (q.cityId !== null && !ev.asker) throw notFound(q.cityId, 'City', q.cityField);
  if (q.practiceId !== null && !ev.practice) throw notFound(q.practiceId, 'Practice', 'practiceId');
}

/** `peer` ranks strictly before any city whose rank key is at most `b` (rankPeers' order). */
function beats(peer: ScoredPeer, b: { experienced: boolean; bound: number; id?: string }): boolean {
  const mine = peer.group === PeerGroup.HAS_DONE_IT;
  if (mine !== b.experienced) return mine;
  if (peer.score !== b.bound) return peer.score > b.bound;
  return b.id !== undefined && String(peer.city.id) < b.id;
}

/**
 * Whether the page scored from a shortlist is the page of a full scoring: the `first`-th peer
 * beats every bound left out (shortlist.ts explains why that suffices), or nothing was left out.
 */
export function shortlistIsExact(
  peers: ScoredPeer[],
  first: number,
  s: Shortlist,
  includePlace: boolean,
): { next: boolean; place: boolean } {
  const last = peers.length === first ? peers[first - 1]! : null;
  const next = s.next === null || (last !== null && beats(last, s.next as Bound));
  const place = includePlace || !s.hasPlace || (last !== null && beats(last, { experienced: false, bound: PLACE_ONLY_MAX }));
  return { next, place };
}

/**
 * Finds and ranks peer cities: candidates narrowed and bounded in Cypher (shortlist.ts), reasons
 * from reasons.ts, weights and ranking from score.ts. Usually one round trip; a second (or
 * more) with a wider net only when the first cannot prove its page exact.
 */
export async function findPeers(db: Db, q: PeerQuery, margin = MARGIN): Promise<PeerResult> {
  let limit = q.first + margin;
  let includePlace = false;
  const widened: string[] = [];
  for (let statements = 1; ; statements += 1) {
    const ev = await readPeerShortlist(db, {
      cityId: q.cityId,
      practiceId: q.practiceId,
      needs: q.needs,
      experiencedOnly: q.experiencedOnly,
      limit,
      includePlace,
    });
    checkFound(ev, q);
    const peers = score(ev, q.first);
    // whoCanHelp: experience puts a city in L (shortlist.ts), so P adds nobody.
    const exact = shortlistIsExact(peers, q.first, ev, ev.withPlace || q.experiencedOnly);
    if (exact.next && exact.place)
      return {
        peers,
        nodes: candidateCities(ev),
        ownNeeds: ev.ownNeeds.map(toNode),
        cost: { statements, considered: ev.considered, read: ev.candidates.length, widened },
      };
    if (!exact.next) {
      limit = Math.max(2 * q.first, limit * 4);
      widened.push(`limit ${limit}`);
    }
    if (!exact.place) {
      includePlace = true;
      widened.push('place');
    }
  }
}

/**
 * The former path: reads and scores EVERY city (cost grows with the graph). Not used by
 * requests; kept as the oracle the narrowed finder is tested against, and for the benchmark.
 */
export async function findPeersFullScan(db: Db, q: PeerQuery): Promise<PeerResult> {
  const ev = await readPeerEvidence(db, { cityId: q.cityId, practiceId: q.practiceId, needs: q.needs, experiencedOnly: q.experiencedOnly });
  checkFound(ev, q);
  return {
    peers: score(ev, q.first),
    nodes: candidateCities(ev),
    ownNeeds: ev.ownNeeds.map(toNode),
    cost: { statements: 1, considered: ev.candidates.length, read: ev.candidates.length, widened: [] },
  };
}
