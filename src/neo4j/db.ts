import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { toAppError } from '../errors';

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
}

export interface DbOptions {
  /** Server-side limit per transaction (Neo4j stops it and the caller gets DATABASE_TIMEOUT). */
  txTimeoutMs?: number;
}

/**
 * The one database boundary: reads go through `executeRead`, writes through `executeWrite`
 * (so that a cluster routes them to followers/leader), sessions are closed in `finally`,
 * every statement is counted and driver errors are mapped to coded AppErrors.
 */
export class Db {
  private constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly counter?: QueryCounter,
    private readonly logger?: Logger,
    private readonly options: DbOptions = {},
  ) {}

  static connect(conn: Neo4jConnection, logger?: Logger, options: DbOptions = {}): Db {
    const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.username, conn.password), {
      // Fail fast when the server is gone instead of the driver's 60 s / 30 s defaults:
      // a dashboard prefers a coded error in seconds to a hung request.
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      disableLosslessIntegers: true,
      userAgent: 'prevention-graph/0.1',
    });
    return new Db(driver, conn.database, undefined, logger, options);
  }

  /** A view of this Db that counts its statements into `counter` (per request). */
  withCounter(counter: QueryCounter): Db {
    return new Db(this.driver, this.database, counter, this.logger, this.options);
  }

  async read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.session('READ', work);
  }

  async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.session('WRITE', work);
  }

  /** One read statement in its own transaction. */
  query<T extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.read((tx) => tx.run<T>(cypher, params));
  }

  /** True while the server answers, within `timeoutMs`. */
  async ping(timeoutMs = 2_000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.driver.verifyConnectivity({ database: this.database }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
        }),
      ]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const fn = (mtx: ManagedTransaction) => work(this.wrap(mtx));
      const config = this.options.txTimeoutMs ? { timeout: this.options.txTimeoutMs } : undefined;
      return mode === 'READ' ? await session.executeRead(fn, config) : await session.executeWrite(fn, config);
    } catch (err) {
      throw toAppError(err) ?? err;
    } finally {
      await session.close();
    }
  }

  private wrap(mtx: ManagedTransaction): Tx {
    return {
      run: async <T extends RecordShape>(cypher: string, params: Record<string, unknown> = {}) => {
        this.counter?.record(cypher, params);
        this.logger?.debug({ cypher, params }, 'cypher');
        const result: QueryResult<T> = await mtx.run<T>(cypher, params);
        return result.records.map((r) => toPlain(r.toObject()) as T);
      },
    };
  }
}

/** Converts driver values (nodes, relationships, temporal values) into plain JSON-like objects. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    // Node or Relationship: keep labels/type and properties.
    if ('properties' in v && ('labels' in v || 'type' in v)) {
      const props = toPlain(v.properties) as Record<string, unknown>;
      return 'labels' in v ? { ...props, __labels: v.labels } : { ...props, __type: v.type };
    }
    if (neo4j.isDateTime(value as never) || neo4j.isDate(value as never)) return String(value);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toPlain(x);
    return out;
  }
  return value;
}
