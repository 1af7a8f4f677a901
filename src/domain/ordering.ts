/** How lists may be ordered. DATE: the partial date (events, sources) or launch date (hubs). */
export const NODE_ORDER_FIELDS = ['NAME', 'ID', 'DATE', 'UPDATED_AT'] as const;
export type NodeOrderField = (typeof NODE_ORDER_FIELDS)[number];

export const SORT_DIRECTIONS = ['ASC', 'DESC'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];
