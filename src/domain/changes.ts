/** What a write did; a second identical write is `unchanged` and touches nothing. */
export const WRITE_OUTCOMES = ['created', 'updated', 'unchanged'] as const;
export type WriteOutcome = (typeof WRITE_OUTCOMES)[number];

/** Entries of the audit trail: CREATED when first written, UPDATED after, DELETED from a tombstone. */
export const CHANGE_ACTIONS = ['CREATED', 'UPDATED', 'DELETED'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

export const CHANGE_KINDS = ['NODE', 'RELATIONSHIP'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
