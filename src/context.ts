import type { Logger as PinoLogger } from 'pino';
import { Loaders } from './loaders';
import { QueryCounter, type Db } from './neo4j/db';
import type { Role } from './domain/roles';

/** Who is asking: an API key's name and role, or anonymous. */
export interface Viewer {
  name: string;
  role: Role | null;
}

export const ANONYMOUS: Viewer = { name: 'anonymous', role: null };

/** Everything a resolver may use, made fresh for each request. */
export interface Context {
  db: Db;
  loaders: Loaders;
  queries: QueryCounter;
  viewer: Viewer;
  log?: PinoLogger;
}

export function createContext(db: Db, viewer: Viewer = ANONYMOUS, log?: PinoLogger): Context {
  const queries = new QueryCounter();
  const scoped = db.withCounter(queries);
  return { db: scoped, loaders: new Loaders(scoped), queries, viewer, log };
}
