import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jHandle,
  type LocalNeo4jOptions,
} from '../../src/neo4j/local-server';
import { freePort } from '../../src/neo4j/ports';
import { holdPort } from '../helpers/ports';

/*
 * Runs the real thing: jars from .neo4j/lib (downloaded on first use), a JVM per start.
 * Each server gets a small heap so that this can run next to the shared test server.
 */
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Several JVM starts per test: minutes on a busy 2-core machine.
const SLOW = { timeout: 400_000 };

const portOf = (server: Server): number => (server.address() as { port: number }).port;
const close = (server: Server): Promise<void> => new Promise((res) => server.close(() => res()));

async function query<T>(h: LocalNeo4jHandle, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const driver = neo4j.driver(h.uri, neo4j.auth.basic(h.username, h.password));
  try {
    const { records } = await driver.executeQuery(cypher, params, { database: h.database });
    return records.map((r) => r.toObject() as T);
  } finally {
    await driver.close();
  }
}

describe('local Neo4j server from Maven jars', () => {
  let home: string;
  const lines: string[] = [];
  const handles: LocalNeo4jHandle[] = [];

  const start = async (extra: Partial<LocalNeo4jOptions> = {}): Promise<LocalNeo4jHandle> => {
    const h = await startLocalNeo4j({
      projectRoot,
      home,
      heap: '512m',
      pageCache: '64m',
      log: (line) => lines.push(line),
      ...extra,
    });
    handles.push(h);
    return h;
  };

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'pg-local-neo4j-'));
  });

  afterAll(async () => {
    for (const h of handles) await h.stop();
    if (home) {
      await stopLocalNeo4j(home);
      await rm(home, { recursive: true, force: true });
    }
  }, 120_000);

  it('starts with auth, keeps data across a restart, and reports its status', SLOW, async () => {
    const port = await freePort();
    const first = await start({ boltPort: port });
    expect(first.uri).toBe(`bolt://127.0.0.1:${port}`);
    expect(first.startedHere).toBe(true);
    expect((await stat(join(home, 'password'))).mode & 0o777).toBe(0o600);
    expect(await localNeo4jStatus(home)).toEqual({ running: true, pid: first.pid, uri: first.uri, logFile: first.logFile });

    // Wrong password is refused: auth is on.
    const intruder = neo4j.driver(first.uri, neo4j.auth.basic('neo4j', 'neo4j'));
    await expect(intruder.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    await intruder.close();

    const marker = `m-${Date.now()}`;
    await query(first, 'CREATE (:LocalServerTest {marker: $marker})', { marker });
    // Full-text indexes (Lucene) are part of the jar set.
    await query(first, 'CREATE FULLTEXT INDEX local_server_test IF NOT EXISTS FOR (n:LocalServerTest) ON EACH [n.marker]');

    // A second start for the same home reuses the running server.
    const again = await start({ boltPort: port });
    expect(again).toMatchObject({ startedHere: false, pid: first.pid, uri: first.uri, password: first.password });
    await again.stop(); // no-op
    expect((await localNeo4jStatus(home)).running).toBe(true);

    await first.stop();
    expect(await localNeo4jStatus(home)).toEqual({ running: false, logFile: first.logFile });
    expect(await stopLocalNeo4j(home)).toBe(false);

    const second = await start({ boltPort: port });
    expect(second.startedHere).toBe(true);
    expect(second.password).toBe(first.password);
    const rows = await query<{ marker: string }>(second, 'MATCH (n:LocalServerTest {marker: $marker}) RETURN n.marker AS marker', {
      marker,
    });
    expect(rows).toEqual([{ marker }]);
    const indexes = await query<{ name: string }>(second, "SHOW INDEXES YIELD name, type WHERE type = 'FULLTEXT' RETURN name");
    expect(indexes.map((i) => i.name)).toContain('local_server_test');

    expect(await stopLocalNeo4j(home)).toBe(true);
    expect((await localNeo4jStatus(home)).running).toBe(false);
  });

  it('takes a password a person restored, even one that starts with "-" or holds spaces and quotes', SLOW, async () => {
    const own = await mkdtemp(join(tmpdir(), 'pg-local-neo4j-pw-'));
    try {
      const password = '-starts with a dash, "quoted" #1';
      await writeFile(join(own, 'password'), `${password}\n`, { mode: 0o600 });
      const h = await startLocalNeo4j({
        projectRoot,
        home: own,
        boltPort: await freePort(),
        heap: '512m',
        pageCache: '64m',
        log: () => {},
      });
      try {
        expect(h.password).toBe(password);
        expect(await query<{ ok: string }>(h, "RETURN 'yes' AS ok")).toEqual([{ ok: 'yes' }]);
      } finally {
        await h.stop();
      }
    } finally {
      await stopLocalNeo4j(own);
      await rm(own, { recursive: true, force: true });
    }
  });

  it('moves to another port when the preferred one is taken', SLOW, async () => {
    const blocker = await holdPort();
    try {
      const taken = portOf(blocker);
      lines.length = 0;
      const h = await start({ boltPort: taken });
      const port = Number(new URL(h.uri).port);
      expect(port).not.toBe(taken);
      expect(lines.some((l) => l.includes(`Port ${taken} is in use`) && l.includes(String(port)))).toBe(true);
      expect((await query<{ one: number }>(h, 'RETURN 1 AS one')).length).toBe(1);
      expect((await localNeo4jStatus(home)).uri).toBe(h.uri);
      await h.stop();
    } finally {
      await close(blocker);
    }
  });

  it('refuses a taken port it must keep (a restart), naming the port and NEO4J_BOLT_PORT', SLOW, async () => {
    const blocker = await holdPort();
    const own = await mkdtemp(join(tmpdir(), 'pg-local-neo4j-strict-'));
    try {
      const taken = portOf(blocker);
      const err = (await start({ home: own, boltPort: taken, strictPort: true }).then(
        () => ({ message: 'started', hint: '' }),
        (e: unknown) => e,
      )) as { message: string; hint: string };
      expect(err).toMatchObject({
        name: 'PortTakenError',
        message: expect.stringContaining(`Bolt port ${taken}`),
        hint: expect.stringContaining('NEO4J_BOLT_PORT'),
      });
      expect(`${err.message} ${err.hint}`).not.toMatch(/delete/i);
    } finally {
      await close(blocker);
      await rm(own, { recursive: true, force: true });
    }
  });

  it('two homes racing for one port each end on their own server, and nobody is told to delete data', SLOW, async () => {
    const one = await mkdtemp(join(tmpdir(), 'pg-local-neo4j-race-'));
    const other = await mkdtemp(join(tmpdir(), 'pg-local-neo4j-race-'));
    try {
      const port = await freePort();
      lines.length = 0;
      const [a, b] = await Promise.all([start({ home: one, boltPort: port }), start({ home: other, boltPort: port })]);
      expect(a.uri).not.toBe(b.uri);
      expect([a.uri, b.uri]).toContain(`bolt://127.0.0.1:${port}`);
      // Each answers its own password: neither mistook the other's server for its own.
      expect(await query<{ answer: string }>(a, "RETURN 'ok' AS answer")).toEqual([{ answer: 'ok' }]);
      expect(await query<{ answer: string }>(b, "RETURN 'ok' AS answer")).toEqual([{ answer: 'ok' }]);
      const moved = lines.find((l) => l.includes(`Port ${port}`));
      expect(moved).toMatch(/was taken by another process while Neo4j started|is in use/);
      expect(lines.join('\n')).not.toMatch(/delete/i);
    } finally {
      for (const h of handles.splice(0)) await h.stop();
      for (const dir of [one, other]) {
        await stopLocalNeo4j(dir);
        await rm(dir, { recursive: true, force: true });
      }
    }
  });
});
