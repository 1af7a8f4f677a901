import type { Citation, NodeObject } from '../../model/node.type';
import { PeerGroup } from '../../model/peer-group';
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
  /** The reason shows the city has done (or is doing, or passed on) what is needed. */
  experience?: boolean;
}

export interface DraftPeer {
  city: NodeObject;
  distanceKm: number | null;
  reasons: DraftReason[];
}

export type ScoredPeer = DraftPeer & { score: number; group: PeerGroup; explanation: string };

/** Each kind as the clause of "N points: 4 for …" (the asking city's name fills `{asker}`). */
const KIND_WORDS: Record<PeerReasonKind, string> = {
  IMPLEMENTED_PRACTICE: 'having implemented what is needed',
  PILOTED_PRACTICE: 'piloting what is needed',
  PLANNING_PRACTICE: 'planning the same practice',
  SAME_CATEGORY_PRACTICE: 'a related practice of the same kind',
  INFLUENCED_ASKER_BEFORE: 'having already inspired {asker}',
  TAUGHT_PRACTICE: 'having passed the practice on to another city',
  LEARNED_FROM_ASKER: 'having learned from {asker}',
  PARTNERSHIP: 'a partnership with {asker}',
  PRACTICE_EVENT: 'events about the practice',
  SHARED_EVENT: 'events shared with {asker}',
  SHARED_MEMBERSHIP: 'a network shared with {asker}',
  SHARED_CHALLENGE: 'challenges shared with {asker}',
  SHARED_PRIORITY: 'priorities shared with {asker}',
  SAME_HUB: 'the same regional hub',
  SAME_COUNTRY: 'the same country',
  SAME_REGION: 'the same region',
  SIMILAR_KIND: 'the same kind of authority',
  NEARBY: 'being close by',
  CONTACT: 'a named contact',
};

const points = (x: number): string => String(round2(x));

/**
 * The score in words, e.g. "9.75 points: 4 for having already inspired Danilovgrad, 2 for a
 * related practice of the same kind, 1.5 for being close by…", kinds by weight.
 */
export function explainScore(reasons: DraftReason[], score: number, askerName: string | null): string {
  const byKind = new Map<PeerReasonKind, number>();
  for (const r of reasons) if (r.weight > 0) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + r.weight);
  const parts = [...byKind]
    .sort((a, b) => b[1] - a[1] || KIND_ORDER.indexOf(a[0]) - KIND_ORDER.indexOf(b[0]))
    .map(([kind, w]) => `${points(w)} for ${KIND_WORDS[kind].replace('{asker}', askerName ?? 'the city')}`);
  return `${points(score)} ${score === 1 ? 'point' : 'points'}: ${parts.join(', ')}.`;
}

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
  return [...reasons]
    .sort(byWeightThenKind)
    .map((r) => {
      const budget = left.get(r.kind) ?? PEER_WEIGHTS[r.kind].cap;
      const weight = round2(Math.max(0, Math.min(r.weight, budget)));
      left.set(r.kind, round2(budget - weight));
      return { ...r, weight };
    })
    .sort(byWeightThenKind);
}

/**
 * Scores and ranks peers deterministically: those that have done what is needed first
 * (PeerGroup), then by score = sum of capped weights; ties broken by city id. A city needs at
 * least one reason beyond kind and contact to be listed.
 */
export function rankPeers(peers: DraftPeer[], first: number, askerName: string | null = null): ScoredPeer[] {
  const rank = (g: PeerGroup): number => (g === PeerGroup.HAS_DONE_IT ? 0 : 1);
  return peers
    .map((p) => {
      const reasons = applyCaps(p.reasons);
      const score = round2(reasons.reduce((s, r) => s + r.weight, 0));
      const group = reasons.some((r) => r.experience && r.weight > 0) ? PeerGroup.HAS_DONE_IT : PeerGroup.CLOSE_TIES;
      return { ...p, reasons, score, group, explanation: explainScore(reasons, score, askerName) };
    })
    .filter((p) => p.reasons.some((r) => !CONTEXT_ONLY.has(r.kind) && r.weight > 0))
    .sort((a, b) => rank(a.group) - rank(b.group) || b.score - a.score || (a.city.id < b.city.id ? -1 : a.city.id > b.city.id ? 1 : 0))
    .slice(0, first);
}
