import type { NodeLabel } from './labels';

/**
 * How influence travels along one hop (graph/influence/graph.ts says which stored
 * relationships each kind reads).
 */
export const HOP_KINDS = ['INSPIRED', 'HOSTED', 'ATTENDED', 'ORGANISED', 'ADOPTED_AFTER'] as const;
export type HopKind = (typeof HOP_KINDS)[number];

/** Labels that take part in influence (the ends of the hops). */
export const ACTOR_LABELS = ['City', 'Event', 'Organisation', 'Leader', 'Hub'] as const satisfies readonly NodeLabel[];
export type ActorLabel = (typeof ACTOR_LABELS)[number];

/** DOWNSTREAM: whom an actor influenced; UPSTREAM: what influenced it. */
export const REACH_DIRECTIONS = ['DOWNSTREAM', 'UPSTREAM'] as const;
export type ReachDirection = (typeof REACH_DIRECTIONS)[number];
