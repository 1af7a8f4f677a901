/**
 * A real Neo4j 5.26 Community server for development and tests, run straight from the jars
 * that neo4j/pom.xml pulls from Maven Central (no Docker, no tarball).
 *
 * Layout of a home folder (one per instance):
 *   conf/neo4j.conf    regenerated on every start
 *   data/ logs/        the store (persists across restarts) and Neo4j's own logs
 *   logs/console.log   the JVM's stdout+stderr: startup lines and fatal errors
 *   run/neo4j.pid      pid of the java process; run/bolt.port its Bolt port
 *   password           the neo4j user's password (mode 0600, never in git)
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { canListen } from './ports';
import { NEO4J_JVM_FLAGS, ProvisioningError, checkJava, classpath, ensureNeo4jJars, runCaptured } from './java';

export { ProvisioningError, ensureNeo4jJars } from './java';

export interface LocalNeo4jOptions {
  /** Folder holding neo4j/pom.xml; jars are cached in <projectRoot>/.neo4j/lib. */
  projectRoot: string;
  /** Neo4j home for this instance (conf/, data/, logs/, run/). */
  home: string;
  /** Preferred Bolt port (default 7687); a free one is picked, and logged, when it is taken. */
  boltPort?: number;
  /** Java heap, initial = max (default '1g'). */
  heap?: string;
  /** Page cache (default '512m'). */
  pageCache?: string;
  /** Progress lines for humans (default: console.error). */
  log?: (line: string) => void;
  /** How long to wait for Bolt to answer (default 120 s). */
  startTimeoutMs?: number;
  /**
   * Use exactly `boltPort` or fail (a restart must come back where the driver looks);
   * otherwise a free port is picked, and named, when the preferred one is taken.
   */
  strictPort?: boolean;
  /** Cancels the start: a JVM already spawned is stopped, and the promise rejects (AbortError). */
  signal?: AbortSignal;
}

export interface LocalNeo4jHandle {
  uri: string;
  username: 'neo4j';
  password: string;
  database: 'neo4j';
  pid: number;
  home: string;
  logFile: string;
  /** False when an already-running server for this home was reused. */
  startedHere: boolean;
  /** Stops the server if startedHere (SIGTERM, then SIGKILL after a timeout); no-op otherwise. */
  stop(): Promise<void>;
  /**
   * Resolves with the reason ("was killed by SIGKILL", "exited with code 1") when a server
   * this process started exits without stop() having been called; never resolves otherwise.
   */
  died: Promise<string>;
}

const MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_CLASS = 'org.neo4j.cli.AdminTool';
const DEFAULT_PORT = 7687;
const DEFAULT_HEAP = '1g';
const DEFAULT_PAGE_CACHE = '512m';
const DEFAULT_START_TIMEOUT_MS = 120_000;
/** Neo4j checkpoints on SIGTERM; a small store takes ~2 s, so 30 s is plenty before SIGKILL. */
const STOP_TIMEOUT_MS = 30_000;
const LOG_TAIL_LINES = 20;

/** The home folder the app uses unless told otherwise. */
export function defaultNeo4jHome(projectRoot: string): string {
  return join(projectRoot, '.neo4j', 'home');
}

interface HomePaths {
  home: string;
  confDir: string;
  confFile: string;
  pidFile: string;
  portFile: string;
  passwordFile: string;
  logFile: string;
  systemDb: string;
}

function homePaths(home: string): HomePaths {
  const abs = resolve(home);
  return {
    home: abs,
    confDir: join(abs, 'conf'),
    confFile: join(abs, 'conf', 'neo4j.conf'),
    pidFile: join(abs, 'run', 'neo4j.pid'),
    portFile: join(abs, 'run', 'bolt.port'),
    passwordFile: join(abs, 'password'),
    logFile: join(abs, 'logs', 'console.log'),
    systemDb: join(abs, 'data', 'databases', 'system'),
  };
}

const boltUri = (port: number): string => `bolt://127.0.0.1:${port}`;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Processes and pid files

async function readIntFile(file: string): Promise<number | undefined> {
  try {
    const n = Number.parseInt((await readFile(file, 'utf8')).trim(), 10);
    return Number.isFinite(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a process, to tell our server apart from an unrelated process that got a recycled pid. */
async function commandLine(pid: number): Promise<string | undefined> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ');
  } catch {
    try {
      const { stdout } = await promisify(execFile)('ps', ['-p', String(pid), '-o', 'command=']);
      return stdout;
    } catch {
      return undefined;
    }
  }
}

/** The pid of a live Neo4j server for this home, per its pid file; undefined (and stale files removed) otherwise. */
async function runningPid(paths: HomePaths): Promise<number | undefined> {
  const pid = await readIntFile(paths.pidFile);
  if (pid === undefined) return undefined;
  if (isAlive(pid)) {
    const cmd = await commandLine(pid);
    // When the command line cannot be read, trust the pid file rather than kill blindly later.
    if (cmd === undefined || (cmd.includes(MAIN_CLASS) && cmd.includes(`--home-dir=${paths.home}`))) return pid;
  }
  await clearRunFiles(paths, pid);
  return undefined;
}

/**
 * Removes pid/port files unless a newer start owns them. Neo4j itself also writes run/neo4j.pid
 * (same pid) and deletes it on a clean shutdown, so a missing pid file means "ours, gone".
 */
async function clearRunFiles(paths: HomePaths, pid: number): Promise<void> {
  const recorded = await readIntFile(paths.pidFile);
  if (recorded !== undefined && recorded !== pid) return;
  await rm(paths.pidFile, { force: true });
  await rm(paths.portFile, { force: true });
}

/** SIGTERM, wait for a clean shutdown (checkpoint), SIGKILL if it takes longer than `timeoutMs`. */
async function terminate(pid: number, timeoutMs = STOP_TIMEOUT_MS): Promise<void> {
  const signal = (sig: NodeJS.Signals): void => {
    try {
      process.kill(pid, sig);
    } catch {
      /* already gone */
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (!isAlive(pid)) return;
  signal('SIGKILL');
  while (isAlive(pid)) await sleep(50);
}

// ---------------------------------------------------------------------------------------------
// Ports, config, password

/** Refused when the Bolt port is not ours to take; names the port and how to choose another. */
export class PortTakenError extends ProvisioningError {
  constructor(
    readonly port: number,
    detail: string,
  ) {
    super(
      `Bolt port ${port} on 127.0.0.1 is taken by another process (${detail}); this Neo4j cannot listen there.`,
      `Stop what listens on ${port}, or choose another port: NEO4J_BOLT_PORT=<port> (any free one, e.g. ${port + 1}).`,
    );
    this.name = 'PortTakenError';
  }
}

/**
 * The preferred port if it is free (0: any free one, named), else one the OS hands out (or
 * PortTakenError when `strict`).
 */
async function choosePort(preferred: number, log: (line: string) => void, strict = false): Promise<number> {
  // What was bound, not what was asked: port 0 would let Neo4j pick a port nobody knows.
  const free = await canListen(preferred);
  if (free !== undefined) return free;
  if (strict) throw new PortTakenError(preferred, 'found before starting');
  const port = await canListen(0);
  if (port === undefined) {
    throw new ProvisioningError('Could not find a free TCP port on 127.0.0.1 for Bolt.', 'Free a port or pass boltPort explicitly.');
  }
  log(`Port ${preferred} is in use; Neo4j will listen on ${port} instead.`);
  return port;
}

const MEMORY_SIZE = /^\d+[kmg]?$/i;

function checkMemorySize(name: string, value: string): void {
  if (!MEMORY_SIZE.test(value)) {
    throw new ProvisioningError(`Invalid ${name} "${value}".`, `Use a size like 512m or 1g for ${name}.`);
  }
}

/**
 * The whole neo4j.conf. Neo4j 5 validates strictly, so a misspelt setting stops the server
 * (with the reason in console.log) rather than being ignored.
 */
function renderConf(paths: HomePaths, port: number, heap: string, pageCache: string): string {
  const dir = (name: string): string => join(paths.home, name);
  return [
    '# Generated by src/neo4j/local-server.ts on every start: edits here are overwritten.',
    `server.directories.data=${dir('data')}`,
    `server.directories.logs=${dir('logs')}`,
    `server.directories.run=${dir('run')}`,
    `server.directories.plugins=${dir('plugins')}`,
    `server.directories.import=${dir('import')}`,
    '',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${port}`,
    `server.bolt.advertised_address=127.0.0.1:${port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    '',
    `server.memory.heap.initial_size=${heap}`,
    `server.memory.heap.max_size=${heap}`,
    `server.memory.pagecache.size=${pageCache}`,
    '',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    // A runaway query from the app fails after 30 s instead of pinning a core.
    'db.transaction.timeout=30s',
    // Netty's default 5 s quiet period, paid twice, made every stop take 10+ s.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    '',
  ].join('\n');
}

async function prepareHome(paths: HomePaths): Promise<void> {
  for (const sub of ['conf', 'data', 'logs', 'run', 'plugins', 'import']) {
    await mkdir(join(paths.home, sub), { recursive: true });
  }
}

async function readPassword(paths: HomePaths): Promise<string | undefined> {
  try {
    const pw = (await readFile(paths.passwordFile, 'utf8')).trim();
    return pw || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The neo4j user's password: read from <home>/password, or generated on the first start.
 * While the system database does not exist yet, `neo4j-admin dbms set-initial-password` seeds
 * it (data/dbms/auth.ini), so the default neo4j/neo4j login never exists on a port.
 */
async function ensurePassword(paths: HomePaths, javaBin: string, libDir: string): Promise<string> {
  let password = await readPassword(paths);
  const initialised = existsSync(paths.systemDb);
  if (!password) {
    if (initialised) {
      throw new ProvisioningError(
        `${paths.passwordFile} is missing, but the database in ${join(paths.home, 'data')} already has a password.`,
        `Restore ${paths.passwordFile}, or delete ${join(paths.home, 'data')} to start afresh (this loses its data).`,
      );
    }
    password = randomBytes(18).toString('base64url');
    await writeFile(paths.passwordFile, `${password}\n`, { mode: 0o600 });
    await chmod(paths.passwordFile, 0o600); // mode is ignored when the file already existed (empty)
  }
  if (!initialised) await setInitialPassword(paths, javaBin, libDir, password);
  return password;
}

/**
 * `neo4j-admin dbms set-initial-password`, with the password kept off the command line (where
 * any local user could read it in /proc/<pid>/cmdline or `ps`): the arguments go in a
 * picocli "@file" (mode 0600, in the home's run/ folder, removed afterwards), which the admin
 * tool expands itself (https://picocli.info/#AtFiles).
 */
async function setInitialPassword(paths: HomePaths, javaBin: string, libDir: string, password: string): Promise<void> {
  const argsFile = join(paths.home, 'run', 'set-initial-password.args');
  // A password restored by hand may hold spaces, quotes or "#": quote it (picocli reads @files with Java's StreamTokenizer).
  const arg = /^[\w.-]+$/.test(password) ? password : `"${password.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  // "--" ends the options: a password may start with "-" (a generated base64url one does, one start in 64),
  // which picocli would otherwise take for an option and answer "Missing required parameter: '<password>'".
  await writeFile(argsFile, `dbms\nset-initial-password\n--\n${arg}\n`, { mode: 0o600 });
  await chmod(argsFile, 0o600);
  try {
    await runAdmin(paths, javaBin, libDir, argsFile);
  } finally {
    await rm(argsFile, { force: true });
  }
}

async function runAdmin(paths: HomePaths, javaBin: string, libDir: string, argsFile: string): Promise<void> {
  const { code, output } = await runCaptured(javaBin, ['-Xmx256m', '-cp', classpath(libDir), ADMIN_CLASS, `@${argsFile}`], {
    cwd: paths.home,
    env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.confDir },
  });
  if (code === 0) return;
  throw new ProvisioningError(
    `Setting the initial Neo4j password failed (exit code ${code}):\n${output.trim().split('\n').slice(-LOG_TAIL_LINES).join('\n')}`,
    `Check ${paths.confFile}; delete ${paths.home} to start afresh.`,
  );
}

// ---------------------------------------------------------------------------------------------
// Readiness

async function logTail(logFile: string, fromByte: number): Promise<string> {
  try {
    const text = (await readFile(logFile)).subarray(fromByte).toString('utf8');
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    return lines.length ? lines.slice(-LOG_TAIL_LINES).join('\n') : '(nothing was logged)';
  } catch {
    return '(no log file)';
  }
}

type Probe = 'ready' | 'not-yet' | 'auth-failed';

/** Neo4j logs "Bolt enabled on localhost:7687." once its Bolt connector listens. */
const BOLT_BOUND = /Bolt enabled on \S*:(\d+)\./;
/** What a JVM that could not bind its port says (Netty, java.net). */
const BIND_FAILED = /Address already in use|BindException|PortBindException/i;

async function logSince(logFile: string, fromByte: number): Promise<string> {
  try {
    return (await readFile(logFile)).subarray(fromByte).toString('utf8');
  } catch {
    return '';
  }
}

/** True once our own server's log (from `fromByte`) says it bound Bolt on `port`. */
async function boundBolt(logFile: string, fromByte: number, port: number): Promise<boolean> {
  const text = await logSince(logFile, fromByte);
  for (const m of text.matchAll(new RegExp(BOLT_BOUND, 'g'))) if (Number(m[1]) === port) return true;
  return false;
}

/** Final answers: retrying a wrong password only trips Neo4j's login rate limit. */
const AUTH_FAILURES = new Set(['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit']);

/** One attempt: can we log in and run a statement on the default database? */
async function probe(uri: string, password: string): Promise<Probe> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
    userAgent: 'prevention-graph/local-server',
  });
  try {
    const session = driver.session({ database: 'neo4j' });
    try {
      await session.run('RETURN 1');
      return 'ready';
    } finally {
      await session.close();
    }
  } catch (err) {
    const code = String((err as { code?: unknown }).code ?? '');
    return AUTH_FAILURES.has(code) ? 'auth-failed' : 'not-yet';
  } finally {
    await driver.close();
  }
}

interface WaitTarget {
  uri: string;
  password: string;
  paths: HomePaths;
  timeoutMs: number;
  logFrom: number;
  /** Why the process is gone, if it is. */
  exited: () => string | undefined;
  /**
   * The Bolt port our own process must have bound (per its log) before anything that answers
   * there is believed to be it: another server may hold the port, and its "wrong password"
   * says nothing about ours. Absent when reusing a running server (its pid file vouches).
   */
  ownPort?: number;
  /** Stop waiting (the caller cancelled the start). */
  signal?: AbortSignal;
}

async function waitUntilReady(t: WaitTarget): Promise<void> {
  const deadline = Date.now() + t.timeoutMs;
  for (;;) {
    t.signal?.throwIfAborted();
    const gone = t.exited();
    if (gone) {
      const text = await logSince(t.paths.logFile, t.logFrom);
      if (t.ownPort !== undefined && BIND_FAILED.test(text)) throw new PortTakenError(t.ownPort, 'it was taken while Neo4j started');
      throw new ProvisioningError(
        `Neo4j ${gone} before it was ready. Last lines of ${t.paths.logFile}:\n${await logTail(t.paths.logFile, t.logFrom)}`,
        `Read ${t.paths.logFile} and ${join(t.paths.home, 'logs', 'debug.log')}; fix the cause, or set NEO4J_URI to use an existing Neo4j.`,
      );
    }
    const ours = t.ownPort === undefined || (await boundBolt(t.paths.logFile, t.logFrom, t.ownPort));
    const state = ours ? await probe(t.uri, t.password) : 'not-yet';
    if (state === 'ready') return;
    if (state === 'auth-failed') {
      // Our own server answered (it bound the port, per its log or pid file), so the password really is the cause.
      throw new ProvisioningError(
        `Neo4j at ${t.uri} rejected the password stored in ${t.paths.passwordFile}.`,
        `Restore the right password in that file, or stop the server and delete ${join(t.paths.home, 'data')} to start afresh (this loses its data).`,
      );
    }
    if (Date.now() >= deadline) {
      throw new ProvisioningError(
        `Neo4j did not answer on ${t.uri} within ${Math.round(t.timeoutMs / 1000)} s. Last lines of ${t.paths.logFile}:\n${await logTail(t.paths.logFile, t.logFrom)}`,
        `Read ${t.paths.logFile}; on a slow machine raise startTimeoutMs, or set NEO4J_URI to use an existing Neo4j.`,
      );
    }
    await sleep(500);
  }
}

// ---------------------------------------------------------------------------------------------
// Public API

/** Reuses the server already running for this home, if any (it may still be starting). */
async function reuseRunning(
  paths: HomePaths,
  timeoutMs: number,
  log: (line: string) => void,
  signal: AbortSignal | undefined,
): Promise<LocalNeo4jHandle | undefined> {
  const pid = await runningPid(paths);
  if (pid === undefined) return undefined;
  const port = await readIntFile(paths.portFile);
  const password = await readPassword(paths);
  if (port === undefined || password === undefined) {
    throw new ProvisioningError(
      `A Neo4j server (pid ${pid}) runs for ${paths.home}, but ${port === undefined ? paths.portFile : paths.passwordFile} is missing.`,
      `Stop it (kill ${pid}) and start again.`,
    );
  }
  const uri = boltUri(port);
  await waitUntilReady({ uri, password, paths, timeoutMs, logFrom: 0, exited: () => (isAlive(pid) ? undefined : 'exited'), signal });
  log(`Reusing the Neo4j server already running at ${uri} (pid ${pid}).`);
  return handle(paths, uri, password, pid, {
    startedHere: false,
    stop: async () => {},
    // Not our child: its end is noticed by the driver (DATABASE_UNAVAILABLE), not here.
    died: new Promise<string>(() => {}),
  });
}

/** A handle on the server of `paths` at `uri`: what it is, plus how it was started and ends. */
function handle(
  paths: HomePaths,
  uri: string,
  password: string,
  pid: number,
  life: Pick<LocalNeo4jHandle, 'startedHere' | 'stop' | 'died'>,
): LocalNeo4jHandle {
  return { uri, username: 'neo4j', password, database: 'neo4j', pid, home: paths.home, logFile: paths.logFile, ...life };
}

function javaArgs(paths: HomePaths, libDir: string, heap: string): string[] {
  return [
    ...NEO4J_JVM_FLAGS,
    // The official launcher turns server.memory.heap.* into these; we run the JVM ourselves.
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-cp',
    classpath(libDir),
    MAIN_CLASS,
    `--home-dir=${paths.home}`,
    `--config-dir=${paths.confDir}`,
    '--console-mode',
  ];
}

/** Spawns the JVM with stdout+stderr appended to console.log (a file, so it outlives a dying parent). */
function spawnServer(paths: HomePaths, javaBin: string, libDir: string, heap: string, detached: boolean): ChildProcess {
  const fd = openSync(paths.logFile, 'a');
  try {
    return spawn(javaBin, javaArgs(paths, libDir, heap), {
      cwd: paths.home,
      detached,
      stdio: ['ignore', fd, fd],
      env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.confDir },
    });
  } finally {
    closeSync(fd);
  }
}

/**
 * Starts (or reuses) the local Neo4j server for `opts.home` and resolves once Bolt answers.
 * `detached: true` leaves it running after this Node process exits (`prevention-graph db start`);
 * otherwise it is our child, stopped by `handle.stop()` or, as a last resort, when Node exits.
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions & { detached?: boolean }): Promise<LocalNeo4jHandle> {
  const log = opts.log ?? ((line: string) => console.error(line));
  const paths = homePaths(opts.home);
  const heap = opts.heap ?? DEFAULT_HEAP;
  const pageCache = opts.pageCache ?? DEFAULT_PAGE_CACHE;
  const timeoutMs = opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  checkMemorySize('heap', heap);
  checkMemorySize('pageCache', pageCache);

  opts.signal?.throwIfAborted();
  const reused = await reuseRunning(paths, timeoutMs, log, opts.signal);
  if (reused) return reused;

  const { bin: javaBin } = await checkJava(log);
  const libDir = await ensureNeo4jJars({ projectRoot: opts.projectRoot, log });
  await prepareHome(paths);
  const preferred = opts.boltPort ?? DEFAULT_PORT;
  try {
    return await startOnPort(opts, paths, javaBin, libDir, await choosePort(preferred, log, opts.strictPort), log);
  } catch (err) {
    // Two homes starting at once may both find the port free; the loser's JVM cannot bind it.
    if (!(err instanceof PortTakenError) || opts.strictPort) throw err;
    const next = await choosePort(0, log);
    log(`Port ${err.port} was taken by another process while Neo4j started; trying ${next} instead (NEO4J_BOLT_PORT chooses the port).`);
    return startOnPort(opts, paths, javaBin, libDir, next, log);
  }
}

async function startOnPort(
  opts: LocalNeo4jOptions & { detached?: boolean },
  paths: HomePaths,
  javaBin: string,
  libDir: string,
  port: number,
  log: (line: string) => void,
): Promise<LocalNeo4jHandle> {
  const heap = opts.heap ?? DEFAULT_HEAP;
  const pageCache = opts.pageCache ?? DEFAULT_PAGE_CACHE;
  const timeoutMs = opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  await writeFile(paths.confFile, renderConf(paths, port, heap, pageCache));
  const password = await ensurePassword(paths, javaBin, libDir);

  const uri = boltUri(port);
  log(`Starting Neo4j 5.26 at ${uri} (home ${paths.home}, heap ${heap}, page cache ${pageCache})…`);
  const started = Date.now();
  const logFrom = (await stat(paths.logFile).catch(() => ({ size: 0 }))).size;
  opts.signal?.throwIfAborted();
  const child = spawnServer(paths, javaBin, libDir, heap, opts.detached === true);
  let exitReason: string | undefined;
  let stopRequested = false;
  let reportDeath: (reason: string) => void = () => {};
  const died = new Promise<string>((resolveDied) => (reportDeath = resolveDied));
  child.on('error', (err) => (exitReason = `could not be started (${err.message})`));
  child.on('exit', (code, sig) => {
    exitReason = sig ? `was killed by ${sig}` : `exited with code ${code}`;
    if (!stopRequested) reportDeath(exitReason);
  });
  const pid = child.pid;
  if (pid === undefined) {
    await sleep(50); // let 'error' fire with the reason
    throw new ProvisioningError(`Could not start ${javaBin}: ${exitReason ?? 'no pid'}.`, 'Check the Java installation.');
  }
  await writeFile(paths.pidFile, `${pid}\n`);
  await writeFile(paths.portFile, `${port}\n`);

  // Last resort for an attached server whose owner forgets stop() or crashes: no orphan JVM.
  const killOnExit = (): void => {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  if (opts.detached) child.unref();
  else process.once('exit', killOnExit);

  try {
    await waitUntilReady({ uri, password, paths, timeoutMs, logFrom, exited: () => exitReason, ownPort: port, signal: opts.signal });
  } catch (err) {
    stopRequested = true;
    process.removeListener('exit', killOnExit);
    await terminate(pid, 5_000);
    await clearRunFiles(paths, pid);
    throw err;
  }
  log(`Neo4j ready at ${uri} after ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${pid}, log ${paths.logFile}).`);

  let stopping: Promise<void> | undefined;
  return handle(paths, uri, password, pid, {
    startedHere: true,
    died,
    stop: () =>
      (stopping ??= (async () => {
        stopRequested = true;
        process.removeListener('exit', killOnExit);
        await terminate(pid);
        await clearRunFiles(paths, pid);
      })()),
  });
}

/** Stops the server recorded in <home>/run/neo4j.pid; true if one was running. */
export async function stopLocalNeo4j(home: string): Promise<boolean> {
  const paths = homePaths(home);
  const pid = await runningPid(paths);
  if (pid === undefined) return false;
  await terminate(pid);
  await clearRunFiles(paths, pid);
  return true;
}

/** Whether a server runs for this home (by pid file and process), and where. */
export async function localNeo4jStatus(home: string): Promise<{ running: boolean; pid?: number; uri?: string; logFile: string }> {
  const paths = homePaths(home);
  const pid = await runningPid(paths);
  if (pid === undefined) return { running: false, logFile: paths.logFile };
  const port = await readIntFile(paths.portFile);
  return { running: true, pid, uri: port === undefined ? undefined : boltUri(port), logFile: paths.logFile };
}
