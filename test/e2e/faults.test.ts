import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { Db } from '../../src/neo4j/db';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jHandle } from '../../src/neo4j/local-server';
import { migrate } from '../../src/neo4j/migrations';
import { freePort } from '../../src/neo4j/ports';
import { loadSeed } from '../../src/graph/seed';
import type { RunningServer } from '../../src/server';
import { Load, codes, type Sample } from '../helpers/load';
import { holdPort } from '../helpers/ports';
import { startTestServer } from '../helpers/server';

/*
 * Faults with real processes. Each block starts its OWN Neo4j (never the shared test server)
 * and freezes (SIGSTOP) or kills (SIGKILL) it under load. Bounds are generous multiples of
 * the configured timeouts: the point is "bounded and coded", not speed.
 */
const TX_TIMEOUT_MS = 6_000;
const BOUND_MS = TX_TIMEOUT_MS + 1_000; // the promise: transaction timeout + 1 s
const SLACK_MS = 2_000; // a busy 2-core machine
const ANSWER_CACHE_LAG_MS = 1_000; // kept answers may be given this long after the last graph version read
const KEY = 'faults-editor-key-0123456789';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function readyz(url: string): Promise<{ status: number; ms: number }> {
  const t = performance.now();
  const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(10_000) });
  return { status: res.status, ms: performance.now() - t };
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const t = performance.now();
  while (performance.now() - t < timeoutMs) {
    if (await check().catch(() => false)) return performance.now() - t;
    await sleep(250);
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
}

const after = (samples: Sample[], t: number) => samples.filter((s) => s.at >= t);

describe('a frozen, then killed, Neo4j under load', () => {
  let home: string;
  let neo4j: LocalNeo4jHandle;
  let db: Db;
  let server: RunningServer;
  let load: Load;

  beforeAll(async () => {
    home = await mkdtemp(path.join(tmpdir(), 'pg-faults-'));
    neo4j = await startLocalNeo4j({
      projectRoot: PROJECT_ROOT,
      home,
      boltPort: await freePort(),
      heap: '512m',
      pageCache: '64m',
      log: () => {},
    });
    db = Db.connect({ uri: neo4j.uri, username: neo4j.username, password: neo4j.password, database: neo4j.database }, undefined, {
      txTimeoutMs: TX_TIMEOUT_MS,
    });
    await migrate(db.withTimeout(120_000));
    await loadSeed(db.withTimeout(600_000), path.join(PROJECT_ROOT, 'seed'));
    server = await startTestServer({
      db,
      env: {
        API_KEYS: `faults:editor:${KEY}`,
        NEO4J_TX_TIMEOUT_MS: String(TX_TIMEOUT_MS),
        ANSWER_CACHE_LAG_MS: String(ANSWER_CACHE_LAG_MS),
      },
    });
    load = new Load({
      url: server.url,
      readers: 3,
      writers: 1,
      writeEveryMs: 250,
      apiKey: KEY,
      prefix: 'faults',
      readPauseMs: 50,
      requestTimeoutMs: 20_000,
    });
    await load.prepare();
    load.start();
  }, 600_000); // a Neo4j start (and a seed) on a busy machine

  afterAll(async () => {
    await load?.stop();
    try {
      process.kill(neo4j.pid, 'SIGCONT');
    } catch {
      /* gone */
    }
    await server?.close();
    await db?.close();
    await neo4j?.stop();
    if (home) {
      await stopLocalNeo4j(home);
      await rm(home, { recursive: true, force: true });
    }
  }, 120_000);

  it('frozen (SIGSTOP): DATABASE_TIMEOUT within the bound, then DATABASE_UNAVAILABLE at once; recovers on SIGCONT', async () => {
    // Warm up (plans cached), then a healthy baseline of a few answers. (On a very busy machine a
    // healthy request may itself run out of time: that is DATABASE_TIMEOUT, as designed.)
    await sleep(5_000);
    load.reset();
    await until('a healthy baseline', async () => load.samples.filter((x) => x.code === 'OK').length >= 3, 60_000);
    expect(Object.keys(codes(load.samples)).every((c) => c === 'OK' || c === 'DATABASE_TIMEOUT')).toBe(true);

    const frozenAt = load.now();
    process.kill(neo4j.pid, 'SIGSTOP');
    // Requests waiting on Neo4j run out of time; pings then go unanswered three times in a row
    // (2 s each) and the breaker opens: from then on requests fail fast.
    await until(
      'requests to fail fast',
      async () => load.samples.some((x) => x.at > frozenAt && x.code === 'DATABASE_UNAVAILABLE'),
      BOUND_MS + 3 * 2_000 + 30_000,
    );
    const openAt = load.now();
    await sleep(3_000);
    const ready = await readyz(server.url);
    process.kill(neo4j.pid, 'SIGCONT');
    const thawedAt = load.now();

    // Every request still waiting when Neo4j froze, or sent before the thaw. (Which of them time
    // out and which fail fast depends on when the breaker opens: a ping that went unanswered on a
    // busy machine just before the freeze counts towards the three.)
    const during = load.samples.filter((s) => s.at + s.ms > frozenAt && s.at < thawedAt);
    const byCode = codes(during);
    const timeline = () => JSON.stringify(during.map((s) => [Math.round(s.at - frozenAt), Math.round(s.ms), s.code]).slice(0, 40));
    // Coded, and nothing else: no hung request (CLIENT_TIMEOUT), no INTERNAL_SERVER_ERROR.
    expect(
      Object.keys(byCode).every((c) => ['DATABASE_TIMEOUT', 'DATABASE_UNAVAILABLE', 'OK'].includes(c)),
      timeline(),
    ).toBe(true);
    expect(byCode.DATABASE_TIMEOUT ?? 0, timeline()).toBeGreaterThan(0);
    // The bound: the transaction timeout plus a second, whatever the database does.
    expect(Math.max(...during.map((s) => s.ms)), timeline()).toBeLessThan(BOUND_MS);
    // Once the breaker is open, requests fail fast: DATABASE_UNAVAILABLE in under a second.
    const failFast = after(during, openAt + 100);
    expect(failFast.length).toBeGreaterThan(5);
    expect(
      failFast.every((s) => s.code === 'DATABASE_UNAVAILABLE' && s.ms < 1_000),
      JSON.stringify(failFast.filter((s) => s.ms >= 1_000 || s.code !== 'DATABASE_UNAVAILABLE').slice(0, 3)),
    ).toBe(true);
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(1_000 + SLACK_MS);

    // Back by itself: readiness, then every request.
    await until('readyz 200 after SIGCONT', async () => (await readyz(server.url)).status === 200, 30_000);
    const backAt = load.now();
    await until('answers after the thaw', async () => after(load.samples, backAt + 1_500).length >= 5, 60_000);
    const recovered = after(load.samples, backAt + 1_500);
    expect(codes(recovered)).toEqual({ OK: recovered.length });
    console.info(
      `[faults] frozen: ${JSON.stringify(byCode)}, slowest ${Math.round(Math.max(...during.map((s) => s.ms)))} ms, fail-fast slowest ${Math.round(Math.max(...failFast.map((s) => s.ms)))} ms, readyz ${Math.round(ready.ms)} ms`,
    );
  }, 120_000);

  it('killed (SIGKILL): every request answers DATABASE_UNAVAILABLE, each within a second of the death', async () => {
    const killedAt = load.now();
    process.kill(neo4j.pid, 'SIGKILL');
    await sleep(4_000);
    const ready = await readyz(server.url);
    // A question answered at the current graph version is kept (src/answer-cache.ts), and a dead
    // database takes no write: for ANSWER_CACHE_LAG_MS (1 s) after the last version read, a repeated
    // question is still answered, from memory. Every other request gets the code.
    const fromMemory = (s: Sample) => s.code === 'OK' && s.at < killedAt + ANSWER_CACHE_LAG_MS;
    const during = after(load.samples, killedAt + 100);
    expect(during.every((s) => s.code === 'DATABASE_UNAVAILABLE' || fromMemory(s))).toBe(true);
    const dead = after(load.samples, killedAt + ANSWER_CACHE_LAG_MS + 100);
    expect(dead.length).toBeGreaterThan(10);
    expect(codes(dead)).toEqual({ DATABASE_UNAVAILABLE: dead.length });
    // Also the requests in flight when it died: coded (or answered just before), and none waits
    // on the dead database for a second or more (the "coded errors in under a second each").
    const hit = load.samples.filter((s) => s.at + s.ms > killedAt);
    expect(hit.every((s) => s.code === 'DATABASE_UNAVAILABLE' || (s.code === 'OK' && s.at < killedAt) || fromMemory(s))).toBe(true);
    const waited = (s: Sample) => s.ms - Math.max(0, killedAt - s.at);
    expect(Math.max(...hit.map(waited))).toBeLessThan(1_000);
    expect(ready.status).toBe(503);
    console.info(
      `[faults] killed: ${hit.length} requests, longest wait after the death ${Math.round(Math.max(...hit.map(waited)))} ms, readyz ${Math.round(ready.ms)} ms`,
    );
  }, 60_000);
});

/** `prevention-graph serve` with its own Neo4j in a temporary home, as `npm start` runs it. */
interface Serve {
  child: ChildProcess;
  home: string;
  boltPort: number;
  url: string;
  /** Everything it printed so far. */
  output(): string;
  /** Resolves with its exit code. */
  exit: Promise<number>;
  /** The pid its Neo4j's pid file names now. */
  neo4jPid(): Promise<number>;
  /** SIGTERM if it still runs, then removes its Neo4j (should it have left one) and folders. */
  close(): Promise<void>;
}

async function startServe(env: Record<string, string> = {}): Promise<Serve> {
  const home = await mkdtemp(path.join(tmpdir(), 'pg-serve-faults-'));
  const seedDir = await mkdtemp(path.join(tmpdir(), 'pg-serve-seed-'));
  const boltPort = await freePort();
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'prevention-graph.js'), 'serve'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_HOME: home,
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '64m',
      SEED_DIR: seedDir,
      PORT: '0',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exit = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  const serve: Serve = {
    child,
    home,
    boltPort,
    url: '',
    output: () => output,
    exit,
    neo4jPid: async () => Number((await readFile(path.join(home, 'run', 'neo4j.pid'), 'utf8')).trim()),
    async close() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exit;
      }
      await stopLocalNeo4j(home);
      await rm(home, { recursive: true, force: true });
      await rm(seedDir, { recursive: true, force: true });
    },
  };
  await until('serve ready', async () => /GraphQL ready at (\S+)\/graphql/.test(output), 240_000);
  serve.url = /GraphQL ready at (\S+)\/graphql/.exec(output)![1]!;
  await until('readyz 200 after the start', async () => (await readyz(serve.url)).status === 200, 120_000);
  return serve;
}

/** Java processes whose command line names this Neo4j home (what `ps` shows any user). */
async function neo4jProcesses(home: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)('ps', ['-eo', 'pid=,args=']);
  return stdout.split('\n').filter((l) => l.includes('java') && l.includes(`--home-dir=${path.resolve(home)}`));
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('`serve` keeps its own Neo4j running', () => {
  let serve: Serve;
  let blocker: Server | undefined;

  beforeAll(async () => {
    serve = await startServe({ NEO4J_RESTART_ATTEMPTS: '2' });
  }, 600_000); // a Neo4j start on a busy machine

  afterAll(async () => {
    blocker?.close();
    await serve?.close();
  }, 120_000);

  it('restarts a Neo4j that was killed, says why, and /readyz returns to 200 by itself', async () => {
    const first = await serve.neo4jPid();
    process.kill(first, 'SIGKILL');
    await until('a restart line', async () => /was killed by SIGKILL: restarting it in/.test(serve.output()), 10_000);
    expect((await readyz(serve.url)).status).toBe(503);
    await until('readyz 200 after the restart', async () => (await readyz(serve.url)).status === 200, 180_000);
    expect(await serve.neo4jPid()).not.toBe(first);
    const res = await fetch(`${serve.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ cities(first: 1) { totalCount } }' }),
    });
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    const metrics = await (await fetch(`${serve.url}/metrics`)).text();
    expect(metrics).toMatch(/pg_local_neo4j_restarts_total\{reason="SIGKILL"\} 1/);
  }, 240_000);

  it('gives up after repeated failures: exits non-zero, naming the port and quoting the Neo4j log', async () => {
    process.kill(await serve.neo4jPid(), 'SIGKILL');
    // Someone else takes the Bolt port before the restart: every attempt must fail.
    await until(
      'the port to be free',
      async () => {
        blocker = await holdPort(serve.boltPort);
        return true;
      },
      10_000,
    );
    const code = await Promise.race([serve.exit, sleep(60_000).then(() => 'still running')]);
    expect(code).not.toBe(0);
    expect(code).not.toBe('still running');
    const output = serve.output();
    expect(output).toMatch(new RegExp(`Bolt port ${serve.boltPort} on 127.0.0.1 is taken by another process`));
    expect(output).toMatch(/gave up after 2 restarts in a row\. Last lines of .*console\.log:\n/);
    expect(output).toMatch(/NEO4J_BOLT_PORT/);
    expect(output).not.toMatch(/delete .*data/);
  }, 120_000);
});

describe('`serve` stopped while it restarts its Neo4j', () => {
  let serve: Serve;

  beforeAll(async () => {
    serve = await startServe();
  }, 600_000);

  afterAll(async () => {
    await serve?.close();
  }, 120_000);

  it('SIGTERM during the restart stops the Neo4j that restart started: no orphan JVM', async () => {
    const first = await serve.neo4jPid();
    process.kill(first, 'SIGKILL');
    // The restart has spawned a new JVM once the pid file names a live process other than the first.
    let second = 0;
    await until(
      'the restart to spawn a new Neo4j',
      async () => {
        second = await serve.neo4jPid();
        return second !== first && alive(second);
      },
      60_000,
    );
    // Still starting (a JVM takes seconds to answer): this is the window the signal must be safe in.
    expect(serve.output()).not.toMatch(/Neo4j is back/);
    process.kill(serve.child.pid!, 'SIGTERM');
    const code = await Promise.race([serve.exit, sleep(60_000).then(() => 'still running')]);
    expect(code).toBe(0);
    expect(serve.output()).not.toMatch(/Neo4j is back/);
    expect(alive(second)).toBe(false);
    expect(await neo4jProcesses(serve.home)).toEqual([]);
    expect(existsSync(path.join(serve.home, 'run', 'neo4j.pid'))).toBe(false);
  }, 120_000);
});
