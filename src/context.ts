import type { Logger as PinoLogger } from 'pino';
import { Loaders } from './loaders';
import { QueryCounter, type Db } from './neo4j/db';
import { ANONYMOUS, type Viewer } from './auth/viewer';
import { Authenticator } from './auth/authenticator';
import type { RequestRecord } from './observe/request-log';

export { ANONYMOUS, type Viewer } from './auth/viewer';

/** Everything a resolver may use, made fresh for each request. */
export interface Context {
  db: Db;
  loaders: Loaders;
  queries: QueryCounter;
  viewer: Viewer;
  /** The server's authenticator (its API_KEYS and stored-key cache): key management goes through it. */
  auth: Authenticator;
  log?: PinoLogger;
  /** The request log's record of this request (operation, statements, error codes), when served over HTTP. */
  record?: RequestRecord;
  /** Set when a field answered from an earlier graph version (a panel being recomputed): the answer is not kept (src/answer-cache.ts). */
  staleAnswer?: boolean;
}

export interface ContextOptions {
  viewer?: Viewer;
  /** Without one, a context gets an authenticator of its own with no API_KEYS. */
  auth?: Authenticator;
  log?: PinoLogger;
  record?: RequestRecord;
}

export function createContext(db: Db, { viewer = ANONYMOUS, auth, log, record }: ContextOptions = {}): Context {
  const queries = new QueryCounter();
  const scoped = db.withCounter(queries);
  return {
    db: scoped,
    loaders: new Loaders(scoped),
    queries,
    viewer,
    auth: auth ?? new Authenticator(db, { apiKeys: '', requireApiKey: false }),
    log,
    record,
  };
}
