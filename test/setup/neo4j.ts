import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/neo4j/ports';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from '../../src/config';
import { Db, type Neo4jConnection } from '../../src/neo4j/db';
import { startLocalNeo4j, type LocalNeo4jHandle } from '../../src/neo4j/local-server';
import { migrate } from '../../src/neo4j/migrations';
import { loadSeed } from '../../src/graph/seed';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

/*
 * One real Neo4j for every test file of the run: a fresh server in a temporary home on a
 * free port, migrated and seeded, stopped afterwards. With TEST_NEO4J_URI (+ _USERNAME,
 * _PASSWORD, _DATABASE) the tests use that server instead — it must be a throwaway one.
 * Both database projects run this setup in the same process but each loads its own copy of
 * the module, so the server is shared through globalThis and stopped when the last of them
 * tears down.
 */
interface Shared {
  started?: Promise<{ conn: Neo4jConnection; server?: LocalNeo4jHandle; home?: string }>;
  users: number;
}
const state: Shared = ((globalThis as { __preventionGraphTestNeo4j?: Shared }).__preventionGraphTestNeo4j ??= { users: 0 });

async function startShared() {
  const uri = process.env.TEST_NEO4J_URI;
  let server: LocalNeo4jHandle | undefined;
  let home: string | undefined;
  let conn: Neo4jConnection;
  if (uri) {
    conn = {
      uri,
      username: process.env.TEST_NEO4J_USERNAME ?? 'neo4j',
      password: process.env.TEST_NEO4J_PASSWORD ?? '',
      database: process.env.TEST_NEO4J_DATABASE ?? 'neo4j',
    };
  } else {
    home = await mkdtemp(path.join(tmpdir(), 'pg-test-neo4j-'));
    const started = Date.now();
    server = await startLocalNeo4j({
      projectRoot: PROJECT_ROOT,
      home,
      boltPort: await freePort(),
      heap: '768m',
      pageCache: '256m',
      log: (line) => process.stderr.write(`[neo4j] ${line}\n`),
    });
    process.stderr.write(`[neo4j] test server ready at ${server.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    conn = { uri: server.uri, username: server.username, password: server.password, database: server.database };
  }
  // Seeding is one transaction; on a busy machine it takes longer than a request's 30 s.
  const db = Db.connect(conn, undefined, { txTimeoutMs: 600_000 });
  try {
    await migrate(db);
    await loadSeed(db, path.join(PROJECT_ROOT, 'seed'));
  } finally {
    await db.close();
  }
  return { conn, server, home };
}

export default async function setup(project: TestProject) {
  state.users += 1;
  state.started ??= startShared();
  const { conn } = await state.started;
  project.provide('neo4j', conn);
  return async () => {
    state.users -= 1;
    if (state.users > 0 || !state.started) return;
    const { server, home } = await state.started;
    state.started = undefined;
    await server?.stop();
    if (home) await rm(home, { recursive: true, force: true });
  };
}
