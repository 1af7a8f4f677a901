import type { Config } from '../config';
import { PROJECT_ROOT, ConfigError } from '../config';
import { Db, type Logger as DbLogger } from './db';
import { startLocalNeo4j, type LocalNeo4jHandle } from './local-server';
import { migrate } from './migrations';
import { Neo4jSupervisor, type SupervisorOptions } from './supervisor';

export interface Connected {
  db: Db;
  /** The local server when this process started one (or reused one). */
  local?: LocalNeo4jHandle;
  /** Restarts the local server when it dies (`supervise`); its `failed` rejects when it gives up. */
  supervisor?: Neo4jSupervisor;
  /** Closes the driver and stops the local server if this process started it. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Leave the local server running after this process exits (`db start`, CLI commands). */
  detached?: boolean;
  /** Restart the local server when it dies (serve); the supervisor's settings besides restart/log. */
  supervise?: Omit<SupervisorOptions, 'restart' | 'log'>;
}

/**
 * Reaches the database the config names: NEO4J_URI when set (nothing downloaded or
 * started), otherwise the project's local Neo4j (fetched and started on demand).
 * Migrations run every time; they are idempotent.
 */
export async function connect(
  config: Config,
  progress: (line: string) => void,
  logger?: DbLogger,
  opts: ConnectOptions = {},
): Promise<Connected> {
  let local: LocalNeo4jHandle | undefined;
  let conn;
  if (config.neo4j.uri) {
    if (!config.neo4j.password) throw new ConfigError('NEO4J_PASSWORD is required when NEO4J_URI is set.');
    conn = { uri: config.neo4j.uri, username: config.neo4j.username, password: config.neo4j.password, database: config.neo4j.database };
  } else {
    const options = {
      projectRoot: PROJECT_ROOT,
      home: config.local.home,
      boltPort: config.local.boltPort,
      heap: config.local.heap,
      pageCache: config.local.pageCache,
      log: progress,
      detached: opts.detached,
    };
    local = await startLocalNeo4j(options);
    conn = { uri: local.uri, username: local.username, password: local.password, database: local.database };
  }
  const db = Db.connect(conn, logger, { txTimeoutMs: config.limits.txTimeoutMs });
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    await local?.stop();
    throw err;
  }
  const started = local;
  const supervisor =
    started?.startedHere && opts.supervise && !opts.detached
      ? new Neo4jSupervisor(started, {
          ...opts.supervise,
          log: progress,
          // Same home, same port: the driver's address stays right, and the password file is reused.
          restart: (signal) =>
            startLocalNeo4j({
              projectRoot: PROJECT_ROOT,
              home: config.local.home,
              boltPort: Number(new URL(started.uri).port),
              heap: config.local.heap,
              pageCache: config.local.pageCache,
              log: progress,
              strictPort: true,
              signal,
            }),
        })
      : undefined;
  return {
    db,
    local,
    supervisor,
    async close() {
      await db.close();
      if (supervisor) await supervisor.stop();
      else await local?.stop();
    },
  };
}
