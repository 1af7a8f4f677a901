import { notFound } from '../../errors';
import type { NodeObject } from '../../model/node.type';
import type { Db } from '../../neo4j/db';
import { toNode } from '../records';
import { readPeerEvidence } from './evidence';
import { candidateCities, draftPeers } from './reasons';
import { rankPeers, type ScoredPeer } from './score';

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
  /** The candidate cities (to prime the node loader). */
  nodes: NodeObject[];
  /** With no practice or category named: the practices the asking city plans or pilots, used as its needs. */
  ownNeeds: NodeObject[];
}

/**
 * Finds and ranks peer cities in one Cypher round trip: evidence from evidence.ts,
 * reasons from reasons.ts, weights and ranking from score.ts.
 */
export async function findPeers(db: Db, q: PeerQuery): Promise<PeerResult> {
  const ev = await readPeerEvidence(db, { cityId: q.cityId, practiceId: q.practiceId, needs: q.needs, experiencedOnly: q.experiencedOnly });
  if (q.cityId !== null && !ev.asker) throw notFound(q.cityId, 'City', q.cityField);
  if (q.practiceId !== null && !ev.practice) throw notFound(q.practiceId, 'Practice', 'practiceId');
  const askerName = ev.asker ? String(ev.asker.city.name ?? ev.asker.city.id) : null;
  return { peers: rankPeers(draftPeers(ev), q.first, askerName), nodes: candidateCities(ev), ownNeeds: ev.ownNeeds.map(toNode) };
}
