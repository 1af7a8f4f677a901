import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import type { Neo4jConnection } from '../src/neo4j/db';
import { startLocalNeo4j } from '../src/neo4j/local-server';

export interface ScriptNeo4j {
  conn: Neo4jConnection;
  /** True when NEO4J_URI named the server: the script works on someone else's data there. */
  external: boolean;
  /** Stops and removes the script's own server; nothing for an external one. */
  stop(): Promise<void>;
}

/**
 * The Neo4j a benchmark script measures: the one NEO4J_URI names (with NEO4J_USERNAME,
 * NEO4J_PASSWORD, NEO4J_DATABASE) when set, else a local server of its own in a temporary home.
 */
export async function scriptNeo4j(
  local: { boltPort: number; heap: string; pageCache: string },
  log: (line: string) => void,
): Promise<ScriptNeo4j> {
  if (process.env.NEO4J_URI) {
    const conn = {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    };
    return { conn, external: true, stop: async () => {} };
  }
  const home = await mkdtemp(path.join(tmpdir(), 'pg-bench-neo4j-'));
  const server = await startLocalNeo4j({ projectRoot: PROJECT_ROOT, home, ...local, log });
  return {
    conn: { uri: server.uri, username: server.username, password: server.password, database: server.database },
    external: false,
    async stop() {
      await server.stop();
      await rm(home, { recursive: true, force: true });
    },
  };
}
