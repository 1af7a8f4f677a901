import { isOneOf } from './enum';

/** What an API key may do; each role includes the ones before it. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (s: unknown): s is Role => isOneOf(ROLES, s);

export const hasRole = (have: Role | null, need: Role): boolean => have !== null && ROLES.indexOf(have) >= ROLES.indexOf(need);
