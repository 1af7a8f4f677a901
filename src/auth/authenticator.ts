import { AppError } from '../errors';
import type { Db } from '../neo4j/db';
import { issueKey, revokeKey, storedKeyLookup, type StoredKeyLookup } from './key-store';
import { parseApiKeys, resolveViewer, type ApiKey } from './keys';
import type { Viewer } from './viewer';
import type { StoredKey } from '../graph/keys';

export interface AuthOptions {
  /** `API_KEYS`: `name:role:key,…`. */
  apiKeys: string;
  /** Refuse anonymous callers (REQUIRE_API_KEY). */
  requireApiKey: boolean;
  /** How long a stored key's lookup is trusted in this server (revocations elsewhere take this long). */
  ttlMs?: number;
}

/**
 * The one authenticator of a server: its API_KEYS, a cached lookup of the keys stored in
 * Neo4j, and whether anonymous callers may read. startServer makes one and hands it to every
 * route and to the GraphQL context; nothing about keys lives at module level, so two servers
 * in one process never see each other's keys, and a revocation clears this server's cache.
 */
export class Authenticator {
  readonly envKeys: readonly ApiKey[];
  private readonly stored: StoredKeyLookup;

  constructor(
    private readonly db: Db,
    private readonly options: AuthOptions,
  ) {
    this.envKeys = parseApiKeys(options.apiKeys);
    this.stored = storedKeyLookup(db, options.ttlMs);
  }

  /**
   * The viewer an Authorization header stands for: anonymous without one (refused when the
   * server requires a key), UNAUTHENTICATED (HTTP 401) for a malformed header or unknown key.
   */
  async viewerOf(header: string | undefined): Promise<Viewer> {
    const viewer = await resolveViewer(header, this.envKeys, this.stored.lookup);
    if (this.options.requireApiKey && viewer.role === null) {
      throw new AppError('UNAUTHENTICATED', 'This server requires an API key: send "Authorization: Bearer <key>".', {
        http: { status: 401 },
      });
    }
    return viewer;
  }

  /** Makes and stores a key (its name may not be one of API_KEYS); the key is in the answer only. */
  issue(args: { name: string; role: string; by: string }): Promise<StoredKey & { key: string }> {
    return issueKey(this.db, this.envKeys, args);
  }

  /** Deletes a stored key; this server stops accepting it at once. */
  async revoke(name: string): Promise<void> {
    await revokeKey(this.db, this.envKeys, name);
    this.stored.forget();
  }
}
