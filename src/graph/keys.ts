import type { Role } from '../domain/roles';
import { AppError } from '../errors';
import type { Db } from '../neo4j/db';

/**
 * API keys stored in Neo4j as `(:ApiKey {name, role, hash, createdAt, createdBy})`. Only the
 * sha256 hash of a key is kept (auth/keys.ts hashKey); the key itself is shown once, when
 * it is made. ApiKey nodes have no `Entity` label: they are not facts, and survive
 * `seed --reset`.
 */
export interface StoredKey {
  name: string;
  role: Role;
  createdAt: string;
  createdBy: string;
}

/** Stores a new key's hash; CONFLICT when the name is taken. */
export async function storeKey(db: Db, key: StoredKey & { hash: string }): Promise<StoredKey> {
  return db.write(async (tx) => {
    const params = { ...key };
    const taken = await tx.run('MATCH (k:ApiKey) WHERE k.name = $name OR k.hash = $hash RETURN k.name AS name', params);
    if (taken.length)
      throw new AppError('CONFLICT', `An API key named "${key.name}" already exists; revoke it first or choose another name.`, {
        field: 'name',
      });
    await tx.run('CREATE (:ApiKey {name: $name, role: $role, hash: $hash, createdAt: $createdAt, createdBy: $createdBy})', params);
    return { name: key.name, role: key.role, createdAt: key.createdAt, createdBy: key.createdBy };
  });
}

/** Every stored key (never their hashes), by name. */
export async function listStoredKeys(db: Db): Promise<StoredKey[]> {
  return db.query<StoredKey>(
    'MATCH (k:ApiKey) RETURN k.name AS name, k.role AS role, k.createdAt AS createdAt, k.createdBy AS createdBy ORDER BY k.name',
  );
}

/** Deletes a stored key; false when there was none of that name. */
export async function deleteStoredKey(db: Db, name: string): Promise<boolean> {
  const rows = await db.write((tx) => tx.run<{ n: number }>('MATCH (k:ApiKey {name: $name}) DELETE k RETURN count(*) AS n', { name }));
  return (rows[0]?.n ?? 0) > 0;
}

/** The key with this hash, if stored (what each authenticated request asks, through a cache). */
export async function findStoredKey(db: Db, hash: string): Promise<{ name: string; role: Role; hash: string } | undefined> {
  const rows = await db.query<{ name: string; role: Role }>('MATCH (k:ApiKey {hash: $hash}) RETURN k.name AS name, k.role AS role', {
    hash,
  });
  return rows[0] ? { ...rows[0], hash } : undefined;
}
