import type { Citation, NodeObject } from '../../model/node.type';
import { PeerReasonKind } from '../../model/peer-reason-kind';

/**
 * Every weight of the peer finder, in one place. `each` is what one fact of that kind adds;
 * `cap` bounds the kind's total, so that ten shared events do not outweigh one city that
 * implemented the practice. Why these numbers (README "Peer finder"):
 * - experience with the needed practice is what the asker wants (implemented > piloting);
 * - an existing tie on that very practice is almost as strong: the two cities already work
 *   together on it (Kumanovo → Danilovgrad, Cape Town → Nansana);
 * - related experience, prior ties and shared challenges come next;
 * - shared geography and kind make contact easier but prove no expertise;
 * - a named contact makes a peer actionable but is not a reason on its own.
 */
export const PEER_WEIGHTS = {
  IMPLEMENTED_PRACTICE: { each: 5, cap: 5 },
  PILOTED_PRACTICE: { each: 3, cap: 3 },
  PLANNING_PRACTICE: { each: 0.5, cap: 0.5 },
  SAME_CATEGORY_PRACTICE: { each: 2, cap: 3 },
  INFLUENCED_ASKER_BEFORE: { onNeededPractice: 4, other: 2, cap: 5 },
  TAUGHT_PRACTICE: { each: 2.5, cap: 3 },
  LEARNED_FROM_ASKER: { each: 1, cap: 1 },
  PARTNERSHIP: { each: 2, cap: 2 },
  PRACTICE_EVENT: { hosted: 2, attended: 1.5, cap: 3 },
  SHARED_EVENT: { each: 1, hostedBonus: 1, inspiredAskerBonus: 1, cap: 3 },
  SHARED_MEMBERSHIP: { each: 1, cap: 1 },
  SHARED_CHALLENGE: { each: 1, cap: 3 },
  SHARED_PRIORITY: { each: 0.5, cap: 1 },
  SAME_HUB: { each: 1, cap: 1 },
  SAME_COUNTRY: { each: 1.5, cap: 1.5 },
  SAME_REGION: { each: 0.5, cap: 0.5 },
  SIMILAR_KIND: { each: 0.5, cap: 0.5 },
  /** `max` at 0 km, halving every `halfDistanceKm`; below `min` (≈ 1,000 km) no reason. */
  NEARBY: { max: 1.5, halfDistanceKm: 250, min: 0.1, cap: 1.5 },
  CONTACT: { each: 0.25, cap: 0.25 },
} as const satisfies Record<PeerReasonKind, { cap: number } & Record<string, number>>;

/** Kinds that alone do not make a city a peer (every city has a kind; a contact is not a tie). */
const CONTEXT_ONLY = new Set<PeerReasonKind>([PeerReasonKind.SIMILAR_KIND, PeerReasonKind.CONTACT]);

export const MAX_PEERS = 50;

/** A reason before its kind's cap is applied. */
export interface DraftReason {
  kind: PeerReasonKind;
  weight: number;
  text: string;
  citations: Citation[];
  subjectId: string | null;
}

export interface DraftPeer {
  city: NodeObject;
  distanceKm: number | null;
  reasons: DraftReason[];
}

export type ScoredPeer = DraftPeer & { score: number };

const round2 = (x: number): number => Math.round(x * 100) / 100;
const KIND_ORDER = Object.values(PeerReasonKind);

/** NEARBY's weight for a distance: halves every `halfDistanceKm`, 0 below `min`. */
export function nearbyWeight(km: number): number {
  const { max, halfDistanceKm, min } = PEER_WEIGHTS.NEARBY;
  const w = max * 0.5 ** (km / halfDistanceKm);
  return w >= min ? round2(w) : 0;
}

const byWeightThenKind = (a: DraftReason, b: DraftReason): number =>
  b.weight - a.weight || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.text.localeCompare(b.text);

/**
 * Applies each kind's cap: the strongest facts of a kind use the budget first, later ones
 * keep their place in the list with the weight that is left (possibly 0). Returns the
 * reasons strongest first.
 */
export function applyCaps(reasons: DraftReason[]): DraftReason[] {
  const left = new Map<PeerReasonKind, number>();
  return [...reasons].sort(byWeightThenKind).map((r) => {
    const budget = left.get(r.kind) ?? PEER_WEIGHTS[r.kind].cap;
    const weight = round2(Math.max(0, Math.min(r.weight, budget)));
    left.set(r.kind, round2(budget - weight));
    return { ...r, weight };
  }).sort(byWeightThenKind);
}

/**
 * Scores and ranks peers deterministically: score = sum of capped weights; ties broken by
 * city id. A city needs at least one reason beyond kind and contact to be listed.
 */
export function rankPeers(peers: DraftPeer[], first: number): ScoredPeer[] {
  return peers
    .map((p) => {
      const reasons = applyCaps(p.reasons);
      return { ...p, reasons, score: round2(reasons.reduce((s, r) => s + r.weight, 0)) };
    })
    .filter((p) => p.reasons.some((r) => !CONTEXT_ONLY.has(r.kind) && r.weight > 0))
    .sort((a, b) => b.score - a.score || (a.city.id < b.city.id ? -1 : a.city.id > b.city.id ? 1 : 0))
    .slice(0, first);
}
