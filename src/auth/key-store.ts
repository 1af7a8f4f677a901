import { randomBytes } from 'node:crypto';
import { AppError, badInput } from '../errors';
import { isRole, ROLES, type Role } from '../domain/roles';
import { deleteStoredKey, findStoredKey, storeKey, type StoredKey } from '../graph/keys';
import type { Db } from '../neo4j/db';
import { hashKey, type ApiKey, type KeyLookup } from './keys';

/**
 * Keys made at run time (CLI `keys create`, GraphQL `createApiKey`), stored hashed in Neo4j,
 * beside the fixed ones from API_KEYS (`env` below: the caller's, never a module's). A key's
 * name is what `updatedBy` records.
 */

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Names the write path uses for itself: a key with one of them would blur the audit trail. */
const RESERVED = new Set(['anonymous', 'seed', 'import', 'cli', 'test']);

export function checkKeyName(name: string, env: readonly ApiKey[]): void {
  if (!NAME.test(name)) throw badInput('name', 'A key name is 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit.');
  if (RESERVED.has(name.toLowerCase())) throw badInput('name', `"${name}" is reserved for the system's own writes; choose another name.`);
  if (env.some((k) => k.name === name))
    throw new AppError('CONFLICT', `"${name}" is already a key from API_KEYS; choose another name.`, { field: 'name' });
}

export function checkRole(role: string): Role {
  if (!isRole(role)) throw badInput('role', `role must be one of ${ROLES.join(', ')}.`);
  return role;
}

/** Makes a key, stores its hash and returns the key itself: the only time anyone sees it. */
export async function issueKey(
  db: Db,
  env: readonly ApiKey[],
  args: { name: string; role: string; by: string },
): Promise<StoredKey & { key: string }> {
  checkKeyName(args.name, env);
  const role = checkRole(args.role);
  const key = `pg_${randomBytes(32).toString('base64url')}`;
  const stored = await storeKey(db, { name: args.name, role, hash: hashKey(key), createdAt: new Date().toISOString(), createdBy: args.by });
  return { ...stored, key };
}

/** Deletes a stored key; NOT_FOUND when there is none (keys from API_KEYS live in the environment). */
export async function revokeKey(db: Db, env: readonly ApiKey[], name: string): Promise<void> {
  if (!NAME.test(name)) throw badInput('name', 'A key name is 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit.');
  if (env.some((k) => k.name === name)) {
    throw new AppError('CONFLICT', `"${name}" comes from the API_KEYS environment variable; remove it there and restart.`, {
      field: 'name',
    });
  }
  if (!(await deleteStoredKey(db, name)))
    throw new AppError('NOT_FOUND', `No stored API key named "${name}".`, { field: 'name', id: name });
}

export interface StoredKeyLookup {
  lookup: KeyLookup;
  /** Drops every cached answer (after a revocation). */
  forget(): void;
}

/**
 * A KeyLookup over Neo4j with a short cache: one key lookup per request would double the
 * round trips of small queries. A revoked key keeps working in *other* API processes for
 * at most `ttlMs`; in the one that revoked it, it stops at once. Misses are cached too, and
 * the cache is bounded, so a flood of made-up keys costs one lookup each per `ttlMs` at most.
 */
export function storedKeyLookup(db: Db, ttlMs = 5_000, maxEntries = 1_000): StoredKeyLookup {
  const cache = new Map<string, { value: ApiKey | undefined; until: number }>();
  return {
    forget: () => cache.clear(),
    lookup: async (hash) => {
      const now = Date.now();
      const hit = cache.get(hash);
      if (hit && hit.until > now) return hit.value;
      const value = await findStoredKey(db, hash);
      if (cache.size >= maxEntries) cache.clear();
      cache.set(hash, { value, until: now + ttlMs });
      return value;
    },
  };
}
