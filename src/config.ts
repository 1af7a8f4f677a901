import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder (holds neo4j/pom.xml, seed/, schema/). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Config {
  host: string;
  port: number;
  env: 'development' | 'production' | 'test';
  logLevel: string;
  /** Set when an existing Neo4j is to be used; otherwise a local server is started. */
  neo4j: { uri?: string; username: string; password?: string; database: string };
  local: { home: string; boltPort: number; heap: string; pageCache: string; restartAttempts: number };
  seedDir: string;
  apiKeys: string;
  requireApiKey: boolean;
  introspection: boolean;
  /** Memory for answers kept per graph version (src/answer-cache.ts), MiB; 0 turns that cache off. */
  answerCacheMb: number;
  /** How long a graph version read may be used again (ms) before writes by other processes must show; 0: read it for every request. */
  answerCacheLagMs: number;
  /** How far V8's old generation may grow past its last full collection, % (src/heap.ts); 0: V8's default. */
  heapGrowingPercent: number;
  limits: { maxDepth: number; maxComplexity: number; maxAliases: number; bodyLimit: string; txTimeoutMs: number };
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; it is "${raw}".`);
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false; it is "${env[name]}".`);
}

/** Reads the environment into a typed config; a bad value stops start-up with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const uri = env.NEO4J_URI || undefined;
  if (uri && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/.test(uri)) {
    throw new ConfigError(`NEO4J_URI must look like bolt://host:7687 or neo4j+s://xxxx.databases.neo4j.io; it is "${uri}".`);
  }
  return {
    host: env.HOST || '127.0.0.1',
    port: int(env, 'PORT', 4000, 0, 65535),
    env: nodeEnv,
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info'),
    neo4j: {
      uri,
      username: env.NEO4J_USERNAME || 'neo4j',
      password: env.NEO4J_PASSWORD || undefined,
      database: env.NEO4J_DATABASE || 'neo4j',
    },
    local: {
      home: path.resolve(PROJECT_ROOT, env.NEO4J_HOME || '.neo4j/home'),
      boltPort: int(env, 'NEO4J_BOLT_PORT', 7687, 1, 65535),
      heap: env.NEO4J_HEAP || '1g',
      pageCache: env.NEO4J_PAGECACHE || '512m',
      // serve restarts a local Neo4j that dies, this many times in a row before it gives up (0: never).
      restartAttempts: int(env, 'NEO4J_RESTART_ATTEMPTS', 5, 0, 100),
    },
    seedDir: path.resolve(PROJECT_ROOT, env.SEED_DIR || 'seed'),
    apiKeys: env.API_KEYS || '',
    requireApiKey: bool(env, 'REQUIRE_API_KEY', false),
    // Off in production unless asked for (Apollo's own default): the schema is no secret, but
    // introspection is what abusive clients use to find expensive fields.
    introspection: bool(env, 'INTROSPECTION', nodeEnv !== 'production'),
    answerCacheMb: int(env, 'ANSWER_CACHE_MB', 16, 0, 4096),
    answerCacheLagMs: int(env, 'ANSWER_CACHE_LAG_MS', 1000, 0, 60_000),
    heapGrowingPercent: int(env, 'HEAP_GROWING_PERCENT', 20, 0, 1000),
    limits: {
      maxDepth: int(env, 'MAX_QUERY_DEPTH', 12, 2, 100),
      // In records read (src/limits/complexity.ts): the app's heaviest operations (an area page of
      // 100 cities, influence reach with 100 paths) cost ~11 000 and ~8 400; a catalogue page of
      // 100 cities with 20 adoptions and 20 events each ~12 600; lists of unbounded lists, 20 000 up.
      maxComplexity: int(env, 'MAX_QUERY_COMPLEXITY', 15_000, 10, 1_000_000),
      // Each alias is resolved on its own; the app's own operations use at most two.
      maxAliases: int(env, 'MAX_QUERY_ALIASES', 30, 0, 10_000),
      bodyLimit: env.BODY_LIMIT || '2mb',
      txTimeoutMs: int(env, 'NEO4J_TX_TIMEOUT_MS', 30_000, 100, 3_600_000),
    },
  };
}
