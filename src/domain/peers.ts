/**
 * Why a city is proposed as a peer. Each kind is one fact (or one pair of facts) a hub
 * officer can act on; weights and caps live in PEER_WEIGHTS (src/graph/peers/score.ts).
 */
export const PEER_REASON_KINDS = [
  'IMPLEMENTED_PRACTICE',
  'PILOTED_PRACTICE',
  'PLANNING_PRACTICE',
  'SAME_CATEGORY_PRACTICE',
  'INFLUENCED_ASKER_BEFORE',
  'TAUGHT_PRACTICE',
  'LEARNED_FROM_ASKER',
  'PARTNERSHIP',
  'PRACTICE_EVENT',
  'SHARED_EVENT',
  'SHARED_MEMBERSHIP',
  'SHARED_CHALLENGE',
  'SHARED_PRIORITY',
  'SAME_HUB',
  'SAME_COUNTRY',
  'SAME_REGION',
  'SIMILAR_KIND',
  'NEARBY',
  'CONTACT',
] as const;
export type PeerReasonKind = (typeof PEER_REASON_KINDS)[number];

/**
 * Which list a peer belongs to. Peers that have done what is needed come before those that are
 * only close, in the same hub or already in touch: a hub officer asks first "who has done it?".
 */
export const PEER_GROUPS = ['HAS_DONE_IT', 'CLOSE_TIES'] as const;
export type PeerGroup = (typeof PEER_GROUPS)[number];
