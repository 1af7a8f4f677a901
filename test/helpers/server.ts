import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { PROJECT_ROOT, loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server';
import { testDb } from './graphql';

/** What a test server takes: configuration beside PORT=0 and NODE_ENV=test, and startServer's other options. */
export type TestServerOptions = Partial<Omit<ServerOptions, 'config'>> & { env?: Record<string, string> };

/**
 * The API on a free port over the test run's Neo4j (testDb), logging nothing unless given a log.
 * For a server a test starts and closes itself; `testServer` is the one of a describe block.
 */
export function startTestServer({ env = {}, db, log, ...options }: TestServerOptions = {}): Promise<RunningServer> {
  return startServer({
    config: loadConfig({ PORT: '0', NODE_ENV: 'test', ...env }),
    db: db ?? testDb(),
    log: log ?? createLogger('silent'),
    ...options,
  });
}

/**
 * The server of the tests of one describe block: started in beforeAll, closed in afterAll (before
 * the file's database connection). It stands for the running server once beforeAll has run, so
 * tests read `server.url` as with a server of their own. Call it where the block declares its
 * hooks: a beforeAll declared earlier (building the page, say) runs first.
 */
export function testServer(options: TestServerOptions = {}): RunningServer {
  const db = options.db ?? testDb(); // registers the connection's afterAll first, so it closes last
  let running: RunningServer | undefined;
  beforeAll(async () => {
    running = await startTestServer({ ...options, db });
  });
  afterAll(async () => {
    await running?.close();
  });
  return new Proxy({} as RunningServer, {
    get(_target, key) {
      if (!running) throw new Error('The test server starts in beforeAll: use it inside a test or hook.');
      const value: unknown = Reflect.get(running, key);
      return typeof value === 'function' ? value.bind(running) : value;
    },
  });
}

/** Builds the explorer page from this checkout when it is stale (the server serves dist/web only if it exists when it starts). */
export function buildWebPage(): { status: number | null; stderr: string } {
  const build = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/build-web-if-stale.js')], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  return { status: build.status, stderr: build.stderr };
}
