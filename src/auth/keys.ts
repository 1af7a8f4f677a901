import { createHash, timingSafeEqual } from 'node:crypto';
import { isRole, ROLES, type Role } from '../domain/roles';
import { ConfigError } from '../config';
import { AppError } from '../errors';
import { ANONYMOUS, type Viewer } from './viewer';

export interface ApiKey {
  name: string;
  role: Role;
  /** sha256 of the key, hex: keys themselves are never kept in memory longer than parsing. */
  hash: string;
}

export const hashKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** Parses `API_KEYS` = `name:role:key,name:role:key`. */
export function parseApiKeys(spec: string): ApiKey[] {
  if (!spec.trim()) return [];
  return spec.split(',').map((entry, i) => {
    const [name, role, ...rest] = entry.trim().split(':');
    const key = rest.join(':');
    if (!name || !role || !key) throw new ConfigError(`API_KEYS entry ${i + 1} must be name:role:key.`);
    if (!isRole(role)) throw new ConfigError(`API_KEYS entry ${i + 1}: role must be one of ${ROLES.join(', ')}, not "${role}".`);
    if (key.length < 16) throw new ConfigError(`API_KEYS entry ${i + 1}: the key must be at least 16 characters.`);
    return { name, role, hash: hashKey(key) };
  });
}

const sameHash = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Looks up stored keys by hash (Neo4j-backed in the server: storedKeyLookup in auth/key-store.ts). */
export type KeyLookup = (hash: string) => Promise<ApiKey | undefined>;

/**
 * Turns an Authorization header into a viewer. No header: anonymous (reads only, unless
 * the server requires a key). A header with an unknown key: UNAUTHENTICATED, never a
 * silent downgrade to anonymous.
 */
export async function resolveViewer(header: string | undefined, envKeys: readonly ApiKey[], lookup?: KeyLookup): Promise<Viewer> {
  if (!header) return ANONYMOUS;
  const m = /^Bearer\s+(\S{1,512})$/i.exec(header.trim());
  // 401: these are thrown while the request's context is made, before any operation runs.
  if (!m) throw new AppError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <key>".', { http: { status: 401 } });
  const hash = hashKey(m[1]!);
  const found = envKeys.find((k) => sameHash(k.hash, hash)) ?? (lookup ? await lookup(hash) : undefined);
  if (!found)
    throw new AppError('UNAUTHENTICATED', 'This API key is not known. Check the key, or ask an admin for one.', { http: { status: 401 } });
  return { name: found.name, role: found.role };
}
