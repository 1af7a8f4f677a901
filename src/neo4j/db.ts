import neo4j, { type Driver, type ManagedTransaction, type RecordShape, type Session } from 'neo4j-driver';
import { databaseTimeout, databaseUnavailable, isTransientDbError, isUnavailableDbError, toAppError } from '../errors';
import { Breaker, type PingResult } from './breaker';
import { disableNagle } from './nodelay';

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** Counts Cypher round trips; one per request in the server, read by tests. */
export class QueryCounter {
  count = 0;
  readonly statements: string[] = [];
  /** The parameters of each recorded statement (tests check what a read asks for). */
  readonly params: Record<string, unknown>[] = [];
  record(cypher: string, params: Record<string, unknown> = {}): void {
    this.count += 1;
    if (this.statements.length < 200) {
      this.statements.push(cypher);
      this.params.push(params);
    }
  }
}

/** What capability code gets inside a transaction: `run` is counted and maps driver values. */
export interface Tx {
  run<T extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
}

export interface Logger {
  debug(obj: object, msg?: string): void;
  warn?(obj: object, msg?: string): void;
  info?(obj: object, msg?: string): void;
}

export interface DbOptions {
  /**
   * Limit per request: each transaction gets what is left of it as its server-side timeout,
   * and the client stops waiting half a second after it, whatever the database does
   * (a frozen server never sends its own timeout). Default 30 s.
   */
  txTimeoutMs?: number;
  /** Fail fast while the database is known to be down (default true). */
  breaker?: boolean;
}

/** Pool use and breaker state, for /metrics. */
export interface DbStats {
  sessionsInUse: number;
  maxPoolSize: number;
  breakerOpen: boolean;
  retries: number;
}

/** The client waits this long after the server-side timeout before it gives up on an answer. */
const CLIENT_GRACE_MS = 500;
const MAX_POOL_SIZE = 100;

/** State shared by a Db and its per-request views. */
class Shared {
  inUse = 0;
  retries = 0;
  /** Called after each committed write transaction (src/answer-cache.ts forgets the graph version it knew). */
  readonly committed = new Set<() => void>();
  constructor(
    readonly breaker: Breaker | undefined,
    readonly probe: Driver,
  ) {}
}

class ClientTimeout extends Error {}

/** A ping found the database gone while this attempt waited on it. */
class DatabaseGone extends Error {}

/**
 * Carries an error out of a transaction function past the driver's own retry: even with
 * `maxTransactionRetryTime: 0` the driver retries a retriable error (a lost connection, a
 * deadlock) once, about a second later, because it measures the retry time from the failure
 * itself. Retries are ours (`session`), and a dead server must be reported at once.
 */
class Unretried extends Error {
  constructor(readonly original: unknown) {
    super('transaction function failed');
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Jittered exponential back-off between attempts of a transaction that hit a transient error. */
const backoff = (attempt: number): number => Math.min(1_000, 20 * 2 ** attempt) * (0.5 + Math.random());

/**
 * The one database boundary: reads go through `executeRead`, writes through `executeWrite`
 * (so that a cluster routes them to followers/leader), sessions are closed in `finally`,
 * every statement is counted and driver errors are mapped to coded AppErrors.
 *
 * Reliability (issue 11): transient errors (deadlocks, lock waits) re-run the transaction
 * function with back-off until the request's time is up; every call is bounded by the
 * request's deadline on the client side too; a lost connection is retried once when a ping
 * shows the database is back (a restarted server leaves stale pooled connections), and
 * otherwise opens the circuit breaker so that later requests fail fast.
 */
export class Db {
  private constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly shared: Shared,
    private readonly counter: QueryCounter | undefined,
    private readonly logger: Logger | undefined,
    private readonly options: DbOptions,
    private readonly deadline: number | undefined,
  ) {}

  static connect(conn: Neo4jConnection, logger?: Logger, options: DbOptions = {}): Db {
    disableNagle();
    const txTimeoutMs = options.txTimeoutMs ?? 30_000;
    const auth = neo4j.auth.basic(conn.username, conn.password);
    // Pings go through their own small pool, so that a frozen server can hold at most two of
    // its connections, and a ping never waits behind the requests it is meant to judge.
    const probe = neo4j.driver(conn.uri, auth, {
      connectionAcquisitionTimeout: 2_000,
      connectionTimeout: 2_000,
      maxConnectionPoolSize: 2,
      maxTransactionRetryTime: 0,
      userAgent: 'prevention-graph/0.1 (ping)',
    });
    const pingWith = (timeoutMs: number) => pingDriver(probe, conn.database, timeoutMs);
    const breaker =
      options.breaker === false
        ? undefined
        : new Breaker(pingWith, {
            onOpen: (reason) => logger?.warn?.({ reason }, 'database unreachable: answering DATABASE_UNAVAILABLE until it is back'),
            onClose: (downMs) => logger?.info?.({ downMs }, 'database reachable again'),
          });
    const driver = neo4j.driver(conn.uri, auth, {
      // The driver warns when a connection fails (refused at BEGIN, lost mid-statement), then
      // retries that transaction function by itself a second later, out of our sight, even
      // with `maxTransactionRetryTime: 0` (it measures the window from the failure, and refuses
      // a negative one). Its warning is our first sign: a ping then tells a dead server from a
      // stale connection, and a dead one releases every waiting attempt at once (`onGone`).
      logging: {
        level: 'warn',
        logger: (_level, message) => {
          logger?.debug?.({ message }, 'neo4j driver warning');
          breaker?.suspect();
        },
      },
      // Bounded waits: nothing the driver does may outlast a request's time. The client-side
      // race in `attempt` is the real bound; these keep the driver from queueing work beyond it.
      connectionAcquisitionTimeout: Math.min(txTimeoutMs + CLIENT_GRACE_MS, 10_000),
      // A slow handshake on an overloaded server is not a dead one: the request's deadline bounds it.
      connectionTimeout: txTimeoutMs,
      maxConnectionPoolSize: MAX_POOL_SIZE,
      // Retries are ours (below): the driver's would spend 5 s on a database that is gone.
      maxTransactionRetryTime: 0,
      disableLosslessIntegers: true,
      userAgent: 'prevention-graph/0.1',
    });
    return new Db(driver, conn.database, new Shared(breaker, probe), undefined, logger, options, undefined);
  }

  /**
   * A view of this Db for one request: counts its statements into `counter`, and bounds all
   * of its transactions together by the transaction timeout from now.
   */
  withCounter(counter: QueryCounter): Db {
    return new Db(this.driver, this.database, this.shared, counter, this.logger, this.options, Date.now() + this.txTimeoutMs);
  }

  /** A view with another time limit, for batch work that is not a request (loading the seed). */
  withTimeout(txTimeoutMs: number): Db {
    return new Db(this.driver, this.database, this.shared, this.counter, this.logger, { ...this.options, txTimeoutMs }, undefined);
  }

  private get txTimeoutMs(): number {
    return this.options.txTimeoutMs ?? 30_000;
  }

  async read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.session('READ', work);
  }

  async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const result = await this.session('WRITE', work);
    for (const listener of this.shared.committed) listener();
    return result;
  }

  /** Calls `listener` after every write transaction this Db (or a view of it) commits; returns the unsubscribe. */
  onCommitted(listener: () => void): () => void {
    this.shared.committed.add(listener);
    return () => this.shared.committed.delete(listener);
  }

  /** One read statement in its own transaction. */
  query<T extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.read((tx) => tx.run<T>(cypher, params));
  }

  /**
   * True while the server runs a statement within `timeoutMs` (a real round trip, not a
   * pooled connection's memory of one). An answer or an error updates the circuit breaker;
   * silence within this (short) time only makes it check with its own, longer pings, so
   * that a probe polling /readyz on a busy machine cannot open it.
   */
  async ping(timeoutMs = 1_000): Promise<boolean> {
    const result = await pingDriver(this.shared.probe, this.database, timeoutMs);
    if (result === 'timeout') this.shared.breaker?.suspect();
    else this.shared.breaker?.record(result);
    return result === 'ok';
  }

  /** Pool use and breaker state, for /metrics. */
  stats(): DbStats {
    return {
      sessionsInUse: this.shared.inUse,
      maxPoolSize: MAX_POOL_SIZE,
      breakerOpen: this.shared.breaker?.isOpen ?? false,
      retries: this.shared.retries,
    };
  }

  async close(): Promise<void> {
    this.shared.breaker?.dispose();
    await Promise.all([this.driver.close(), this.shared.probe.close()]);
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    this.shared.breaker?.check();
    const deadline = this.deadline ?? Date.now() + this.txTimeoutMs;
    let reconnected = false;
    for (let attempt = 1; ; attempt += 1) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw databaseTimeout();
      try {
        return await this.attempt(mode, work, remaining);
      } catch (err) {
        if (err instanceof DatabaseGone) throw databaseUnavailable();
        if (err instanceof ClientTimeout) {
          // The server sent nothing, not even its own timeout: it may be frozen or cut off.
          this.shared.breaker?.suspect();
          throw databaseTimeout();
        }
        if (isTransientDbError(err)) {
          const wait = backoff(attempt);
          if (deadline - Date.now() > wait) {
            this.shared.retries += 1;
            this.logger?.debug(
              { code: (err as { code?: string }).code, attempt, mode },
              'transient database error: retrying the transaction',
            );
            await sleep(wait);
            continue;
          }
        }
        if (isUnavailableDbError(err)) {
          // A restarted server leaves dead connections in the pool: try once more if it answers now.
          if (!reconnected && this.shared.breaker && (await this.shared.breaker.confirm())) {
            reconnected = true;
            continue;
          }
          throw databaseUnavailable();
        }
        throw toAppError(err) ?? err;
      }
    }
  }

  /** One run of the transaction function, bounded on the client side by `remainingMs` + grace. */
  private attempt<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, remainingMs: number): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    pipelineBegin(session);
    this.shared.inUse += 1;
    const fn = async (mtx: ManagedTransaction) => {
      try {
        return await work(this.wrap(mtx));
      } catch (err) {
        throw new Unretried(err);
      }
    };
    const config = { timeout: Math.max(1, Math.min(this.txTimeoutMs, remainingMs)) };
    const run = (async () => {
      try {
        return mode === 'READ' ? await session.executeRead(fn, config) : await session.executeWrite(fn, config);
      } catch (err) {
        throw err instanceof Unretried ? err.original : err;
      } finally {
        this.shared.inUse -= 1;
        await session.close().catch(() => undefined);
      }
    })();
    let timer: NodeJS.Timeout | undefined;
    let unlisten: (() => void) | undefined;
    const bound = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ClientTimeout()), remainingMs + CLIENT_GRACE_MS);
      // The driver retries a failed BEGIN or COMMIT once, a second later: a dead server must not cost that.
      unlisten = this.shared.breaker?.onGone(() => reject(new DatabaseGone()));
    });
    // A late answer (or error) after the bound fired is dropped here, not left unhandled.
    run.catch(() => undefined);
    return Promise.race([run, bound]).finally(() => {
      clearTimeout(timer);
      unlisten?.();
    });
  }

  private wrap(mtx: ManagedTransaction): Tx {
    return {
      run: async <T extends RecordShape>(cypher: string, params: Record<string, unknown> = {}) => {
        this.counter?.record(cypher, params);
        this.logger?.debug({ cypher, params }, 'cypher');
        const result = await mtx.run<T>(cypher, params);
        return result.records.map((r) => toPlain(r.toObject()) as T);
      },
    };
  }
}

/**
 * BEGIN sent together with the transaction's first statement, not answered first. The driver's
 * executeRead / executeWrite wait for BEGIN's reply before calling the transaction function: a
 * round trip per transaction for nothing (0.1–0.2 ms on loopback here; a network round trip to a
 * cluster). Its own `executeQuery` — also a managed transaction, with the same routing and
 * retries — turns that wait off through this method of the session, which the driver has no
 * public option for.
 * A BEGIN that fails then fails the statement with the same error. Without the method (another
 * driver version) transactions keep the wait; test/integration/round-trips.test.ts notices.
 */
function pipelineBegin(session: Session): void {
  const configure = (session as unknown as { _configureTransactionExecutor?: (pipelined: boolean, telemetryApi: number) => void })
    ._configureTransactionExecutor;
  // 0: the driver's TELEMETRY_APIS.MANAGED_TRANSACTION, what executeRead / executeWrite report.
  configure?.call(session, true, 0);
}

/**
 * Runs `f` with no stack trace captured. The driver captures one for the result of every
 * statement, COMMIT and ROLLBACK, and formats it at once, to attach to a server error should one
 * come. Under tsx (source maps on) that costs ~0.2 ms each — about a tenth of a city card's
 * whole time in Node, ~5 % of the API's CPU under computed reads — and our errors are mapped to
 * coded ones anyway (toAppError).
 */
function withoutStack<T>(f: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return f();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/*
 * A transaction's statements, COMMIT and ROLLBACK, wrapped once here: the driver calls the last
 * two itself (executeRead / executeWrite commit after the transaction function), and a managed
 * transaction's `run` is its transaction's.
 */
const STACKLESS = Symbol.for('prevention-graph.stackless');
for (const name of ['run', 'commit', 'rollback'] as const) {
  const proto = neo4j.Transaction.prototype as unknown as Record<string, ((...args: unknown[]) => unknown) & { [STACKLESS]?: true }>;
  const original = proto[name];
  if (!original || original[STACKLESS]) continue;
  const wrapped = Object.assign(
    function (this: unknown, ...args: unknown[]) {
      return withoutStack(() => original.apply(this, args));
    },
    { [STACKLESS]: true as const },
  );
  proto[name] = wrapped;
}

class PingTimeout extends Error {}

/** `RETURN 1` on `database` within `timeoutMs`. */
async function pingDriver(driver: Driver, database: string, timeoutMs: number): Promise<PingResult> {
  let timer: NodeJS.Timeout | undefined;
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  // An auto-commit statement, not executeRead: the driver retries a transaction function once,
  // a second later, when its first attempt fails within the same millisecond (a refused
  // connection does), and a ping must report a dead server at once.
  const run = session.run('RETURN 1', {}, { timeout: timeoutMs });
  run.catch(() => undefined);
  try {
    await Promise.race([
      run,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new PingTimeout()), timeoutMs);
      }),
    ]);
    return 'ok';
  } catch (err) {
    // The ping pool had no connection to lend in time: its two connections hang on a silent server.
    const starved = /acquisition timed out/i.test(String((err as Error).message));
    return err instanceof PingTimeout || starved ? 'timeout' : 'error';
  } finally {
    clearTimeout(timer);
    void session.close().catch(() => undefined);
  }
}

/** Converts driver values (nodes, relationships, temporal values) into plain JSON-like objects. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  // Lists and maps are copied only from their first value that changes: the rows of projected
  // strings and numbers that most reads return come back as the driver decoded them.
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i += 1) {
      const x: unknown = value[i];
      const p = toPlain(x);
      if (out) out.push(p);
      else if (p !== x) out = [...value.slice(0, i), p];
    }
    return out ?? value;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  const v = value as Record<string, unknown>;
  // Node or Relationship: keep labels/type and properties.
  if ('properties' in v && ('labels' in v || 'type' in v)) {
    const props = toPlain(v.properties) as Record<string, unknown>;
    return 'labels' in v ? { ...props, __labels: v.labels } : { ...props, __type: v.type };
  }
  if (neo4j.isDateTime(value as never) || neo4j.isDate(value as never)) return String(value);
  let out: Record<string, unknown> | undefined;
  for (const k of Object.keys(v)) {
    const x = v[k];
    const p = toPlain(x);
    if (!out && p !== x) out = { ...v };
    if (out) out[k] = p;
  }
  return out ?? v;
}
