import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
 * Both database projects import this module; the server is shared through a module-level
 * promise and stopped when the last of them tears down.
 */
let shared: Promise<{ conn: Neo4jConnection; server?: LocalNeo4jHandle; home?: string }> | undefined;
let users = 0;

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
      boltPort: 17687,
      heap: '768m',
      pageCache: '256m',
      log: (line) => process.stderr.write(`[neo4j] ${line}\n`),
    });
    process.stderr.write(`[neo4j] test server ready at ${server.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    conn = { uri: server.uri, username: server.username, password: server.password, database: server.database };
  }
  const db = Db.connect(conn);
  try {
    await migrate(db);
    await loadSeed(db, path.join(PROJECT_ROOT, 'seed'));
  } finally {
    await db.close();
  }
  return { conn, server, home };
}

export default async function setup(project: TestProject) {
  users += 1;
  shared ??= startShared();
  const { conn } = await shared;
  project.provide('neo4j', conn);
  return async () => {
    users -= 1;
    if (users > 0 || !shared) return;
    const { server, home } = await shared;
    shared = undefined;
    await server?.stop();
    if (home) await rm(home, { recursive: true, force: true });
  };
}
