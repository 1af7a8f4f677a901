import { isOneOf } from './enum';

/** The labels of the graph's nodes (each also carries `Entity`); GraphQL calls them NodeKind. */
export const NODE_LABELS = [
  'City',
  'Country',
  'Region',
  'Hub',
  'Leader',
  'Organisation',
  'Practice',
  'Event',
  'Challenge',
  'Group',
  'Source',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const isNodeLabel = (s: unknown): s is NodeLabel => isOneOf(NODE_LABELS, s);
