import type { NodeLabel } from './labels';

/**
 * How influence travels along one hop (graph/influence/graph.ts says which stored
 * relationships each kind reads).
 */
export const HOP_KINDS = ['INSPIRED', 'HOSTED', 'ATTENDED', 'ORGANISED', 'FORMED_AT', 'ADOPTED_AFTER'] as const;
export type HopKind = (typeof HOP_KINDS)[number];

/** Labels that take part in influence (the ends of the hops). */
export const ACTOR_LABELS = ['City', 'Event', 'Organisation', 'Group', 'Leader', 'Hub'] as const satisfies readonly NodeLabel[];
export type ActorLabel = (typeof ACTOR_LABELS)[number];

/** DOWNSTREAM: what an actor passed on (whom it influenced); UPSTREAM: what influenced it. Attending an event is being reached by it. */
export const REACH_DIRECTIONS = ['DOWNSTREAM', 'UPSTREAM'] as const;
export type ReachDirection = (typeof REACH_DIRECTIONS)[number];
